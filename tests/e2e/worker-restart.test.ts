/**
 * A stopped service worker (Chrome stops an idle one after ~30 s) starts again
 * with the per-tab counts it had: they are kept in the browser's session
 * storage, so the badge of a page with vendors in several frames does not
 * shrink to the first frame that reports after the restart.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import {
  inContentWorld,
  launchChromium,
  ROOT,
  serve,
  waitForScan,
  type Chromium,
  type Served,
} from './harness.ts';

let server: Served;
let browser: Chromium;
beforeAll(async () => {
  server = await serve({ '/': join(ROOT, 'tests/pages') });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Hook = { vendorLens: { tabIds(): number[]; frameCount(tab: number): number } };
const frames = (sw: Worker) =>
  sw.evaluate(() => {
    const api = (globalThis as unknown as Hook).vendorLens;
    return api.tabIds().map((t) => api.frameCount(t));
  });

const marker = (sw: Worker) => sw.evaluate(() => (globalThis as unknown as { marker?: number }).marker);

it("keeps every frame's counts across a restart of the service worker", async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/dynamic.html`);
  await waitForScan(page);
  const sw = browser.context.serviceWorkers()[0]!;
  await expect.poll(() => frames(sw)).toEqual([2]); // the page and its frame both found vendors
  await page.waitForTimeout(500); // the snapshot is written 200 ms after the last change
  await sw.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));

  // Stopped as Chrome stops an idle worker: through the DevTools protocol, from a page of the extension.
  const own = await browser.context.newPage();
  await own.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
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
