/**
 * A stopped service worker (Chrome stops an idle one after ~30 s) starts again
 * with the per-tab counts it had: they are kept in the browser's session
 * storage, so the badge of a page with vendors in several frames does not
 * shrink to the first frame that reports after the restart.
 */
import { expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { inContentWorld, waitForScan } from './harness.ts';
import { chromiumSuite } from './suite.ts';

const s = chromiumSuite();

type Hook = { vendorLens: { tabIds(): number[]; frameCount(tab: number): number } };
const frames = (sw: Worker) =>
  sw.evaluate(() => {
    const api = (globalThis as unknown as Hook).vendorLens;
    return api.tabIds().map((t) => api.frameCount(t));
  });

const marker = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { marker?: number }).marker);

it("keeps every frame's counts across a restart of the service worker", async () => {
  const page = await s.browser.context.newPage();
  await page.goto(s.url('/dynamic.html'));
  await waitForScan(page);
  const sw = s.browser.context.serviceWorkers()[0]!;
  await expect.poll(() => frames(sw)).toEqual([2]); // the page and its frame both found vendors
  await page.waitForTimeout(500); // the snapshot is written 200 ms after the last change
  await sw.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));

  // Stopped as Chrome stops an idle worker: through the DevTools protocol, from a page of the extension.
  const own = await s.browser.context.newPage();
  await own.goto(`chrome-extension://${s.browser.extensionId}/src/options/index.html`);
  const cdp = await own.context().newCDPSession(own);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await own.close();
  // The next message from the page wakes a new worker (the handle follows it: the marker is gone).
  await inContentWorld(page, `chrome.runtime.sendMessage({ type: 'vocabulary' }).then(() => true)`);
  expect(await marker(sw)).toBeUndefined();
  await expect.poll(() => frames(sw)).toEqual([2]);
  await page.close();
});
