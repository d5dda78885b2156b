/**
 * Real pages written by others (../shared/corpus/dev/html), in Firefox ESR
 * with the extension: no page error beyond the page's own, the DOM exactly as
 * the same Firefox without the extension builds it, no layout shift, and the
 * same marks as the CLI (`npm run scan`) finds. Images are off in both
 * browsers (see launchFirefox). Skips with a message when ../shared is absent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { externalRequests, PAGE_DOM, serve, type Served } from './harness.ts';
import { launchFirefox, markedTexts, newPage, type Firefox } from './firefox-harness.ts';
import { scanFile } from '../../src/cli/scan-file.ts';
import {
  corpusFiles as files,
  corpusPresent as present,
  corpusRoutes,
  corpusSource,
  LAYOUT,
} from './corpus-pages.ts';

let server: Served;
let ext: Firefox;
let plain: Firefox;

beforeAll(async () => {
  if (!present) return;
  server = await serve({}, corpusRoutes());
  // Images off and the network cut in both: the pages' own requests would otherwise fail or load at moments that shift the layout.
  ext = await launchFirefox({ images: false, offline: true });
  plain = await launchFirefox({ extension: false, images: false, offline: true });
});
afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

/** Fonts loaded and two frames painted, so both browsers measure the same state. */
const settle = (p: Page) =>
  p.evaluate(() =>
    document.fonts.ready.then(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    ),
  );

/**
 * The marks once the scan is over: the same list read three times 150 ms apart. No marks yet counts as
 * settled only after 5 s: a frame first asks the background for the vocabulary, slow on a busy machine.
 */
async function settledMarks(p: Page): Promise<string[]> {
  let last = '',
    same = 0;
  const started = Date.now();
  const deadline = started + 15_000;
  for (;;) {
    const now = (await markedTexts(p)).sort();
    const key = JSON.stringify(now);
    same = key === last ? same + 1 : 0;
    last = key;
    const settled = same >= 2 && (now.length > 0 || Date.now() - started > 5_000);
    if (settled || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function load(ff: Firefox, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(ff);
  const errors: string[] = [];
  // A frame whose address fails here shows Firefox's own network-error page, whose internal script
  // (RPM… functions) sometimes reports an error as the page's: neither the page's nor ours.
  page.on('pageerror', (e) => {
    if (!/\bRPM\w+ is not defined/.test(String(e))) errors.push(String(e));
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

describe.skipIf(!present)('Firefox ESR: real pages from the corpus', () => {
  it.each(files)('%s survives and agrees with the CLI', async (file) => {
    const url = `${server.url}/${file}`;
    const ref = await load(plain, url);
    await settle(ref.page);
    const expectedDom = await ref.page.evaluate(PAGE_DOM);
    const expectedLayout = await ref.page.evaluate(LAYOUT);
    await ref.page.close();

    const { page, errors } = await load(ext, url);
    const marks = await settledMarks(page);
    await settle(page);
    expect([...new Set(errors)].sort()).toEqual([...new Set(ref.errors)].sort()); // the page's own inline handlers' errors (in any order), none of ours
    expect(await page.evaluate(PAGE_DOM)).toBe(expectedDom);
    expect(await page.evaluate(LAYOUT)).toBe(expectedLayout);
    const inCli = scanFile(file, corpusSource(file))
      .mentions.map((m) => m.text)
      .sort();
    expect(marks).toEqual(inCli);
    await page.close();
  });

  it('sent no request off the machine beyond what the pages themselves ask for', () => {
    const pages = new Set(plain.requests);
    expect(externalRequests(ext.requests).filter((u) => !pages.has(u))).toEqual([]);
  });
});
