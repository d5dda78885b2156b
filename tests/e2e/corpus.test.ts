/**
 * Real pages written by others (../shared/corpus/dev/html), in Chromium with
 * the extension: no page error, the DOM exactly as a browser without the
 * extension builds it, no layout shift — and the content script finds the
 * same mentions as the CLI (`npm run scan`) on the same page.
 * Skips with a message when ../shared is absent. Page scripts are removed
 * when serving, so the reference DOM is deterministic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  externalRequests,
  launchChromium,
  launchPlainChromium,
  PAGE_DOM,
  serve,
  type Chromium,
  type Served,
} from './harness.ts';
import { mentionTexts } from './page-helpers.ts';
import { waitForScan } from './harness.ts';
import { scanFile } from '../../src/cli/scan-file.ts';
import {
  corpusFiles as files,
  corpusPresent as present,
  corpusRoutes,
  corpusSource,
  LAYOUT,
} from './corpus-pages.ts';

let server: Served;
let ext: Chromium;
let plain: Awaited<ReturnType<typeof launchPlainChromium>>;

beforeAll(async () => {
  if (!present) return;
  server = await serve({}, corpusRoutes());
  ext = await launchChromium();
  plain = await launchPlainChromium();
});
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

/** Lets failed image loads and fonts settle, so both browsers measure the same state. */
const settle = async (p: Page) => {
  await p.waitForLoadState('networkidle').catch(() => {});
  await p.evaluate(() =>
    document.fonts.ready.then(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    ),
  );
};

describe.skipIf(!present)('Chromium: real pages from the corpus', () => {
  it.each(files)('%s survives and agrees with the CLI', async (file) => {
    const url = `${server.url}/${file}`;
    const ref = await plain.context.newPage();
    const refErrors: string[] = [];
    ref.on('pageerror', (e) => refErrors.push(e.message));
    await ref.goto(url, { waitUntil: 'load' });
    await settle(ref);
    const expectedDom = await ref.evaluate(PAGE_DOM);
    const expectedLayout = await ref.evaluate(LAYOUT);
    await ref.close();

    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    await waitForScan(page);
    await settle(page);
    expect([...new Set(errors)].sort()).toEqual([...new Set(refErrors)].sort()); // the page's own inline handlers' errors, if any, and none of ours
    expect(await page.evaluate(PAGE_DOM)).toBe(expectedDom);
    expect(await page.evaluate(LAYOUT)).toBe(expectedLayout);

    const inBrowser = (await mentionTexts(page)).sort();
    const inCli = scanFile(file, corpusSource(file))
      .mentions.map((m) => m.text)
      .sort();
    expect(inBrowser).toEqual(inCli);
    await page.close();
  });

  it('sent no request off the machine beyond what the pages themselves ask for', () => {
    const pages = new Set(plain.requests);
    expect(externalRequests(ext.requests).filter((u) => !pages.has(u))).toEqual([]);
  });
});
