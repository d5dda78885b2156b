/**
 * The scenario driver (driver.ts) for Firefox ESR through puppeteer-core over
 * WebDriver BiDi, which cannot evaluate in the content script's world: the
 * test hook's probe is asked from an extension page (tooltipProbe), and the
 * end of a scan is read from the marks holding still.
 */
import type { Frame, Page } from 'puppeteer-core';
import {
  extensionPage,
  newPage,
  openExtensionPage,
  poll,
  tooltipProbe,
  type Firefox,
} from '../firefox-harness.ts';
import { highlightTexts, painted, type Driver, type Tab } from './driver.ts';
import { extensionTab } from './firefox-pages.ts';

/** What the driver needs: a Firefox (with or without the extension) and the test server's addresses. */
export interface FirefoxSource {
  readonly browser: Firefox;
  url(path: string): string;
}

/**
 * Firefox's own pages report errors as the page's: its favicon request refused by a strict CSP, and the
 * network-error page a failing frame shows (RPM… functions). Neither is the page's nor ours.
 */
const NOISE = [/favicon\.ico/, /\bRPM\w+ is not defined/];

function frameOf(page: Page, url: string): Frame {
  const f = page.frames().find((x) => x.url().endsWith(url));
  if (!f) throw new Error(`no frame at ${url}`);
  return f;
}

/**
 * The marks once the scan is over: the same list read three times 150 ms apart. No marks yet counts as
 * settled only after 5 s: a frame first asks the background for the vocabulary, slow on a busy machine.
 */
async function settledMarks(page: Page): Promise<string[]> {
  let last = '',
    same = 0;
  const started = Date.now();
  const deadline = started + 15_000;
  for (;;) {
    const now = (await page.evaluate(highlightTexts)).sort();
    const key = JSON.stringify(now);
    same = key === last ? same + 1 : 0;
    last = key;
    const settled = same >= 2 && (now.length > 0 || Date.now() - started > 5_000);
    if (settled || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

const firstMarks = (page: Page) =>
  poll(
    () => page.evaluate(highlightTexts),
    (t) => t.length > 0,
    `marks on ${page.url()}`,
  );

function tab(ff: Firefox, page: Page, errors: string[]): Tab {
  return {
    errors,
    url: () => page.url(),
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    inFrame: (url, fn, arg) => frameOf(page, url).evaluate(fn as (a: unknown) => never, arg),
    evaluate: async <T>(expr: string) => (await page.evaluate(expr)) as T,
    async corner(selector) {
      const box = await (await page.$(selector))?.boundingBox();
      if (!box) throw new Error(`no box for ${selector}`);
      return { x: box.x, y: box.y };
    },
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    click: (selector) => page.click(selector),
    type: (text, delay) => page.keyboard.type(text, { delay }),
    waitFor: async (selector, ms) => void (await page.waitForSelector(selector, { timeout: ms })),
    tooltip: (frame) => tooltipProbe(ff, page, frame ? frameOf(page, frame).url() : page.url()),
    mentions: async () => (await tooltipProbe(ff, page))?.mentions ?? [],
    marks: () => page.evaluate(highlightTexts),
    scanned: async () => void (await settledMarks(page)),
    found: () => settledMarks(page),
    settle: async () => void (await page.evaluate(painted)),
    async reload() {
      await page.reload();
      await firstMarks(page);
      await settledMarks(page);
    },
    close: () => page.close(),
  };
}

/** The address a tab reports itself: page.url() of a tab the extension opened can lag behind. */
const hrefOf = (p: Page) => p.evaluate(() => location.href).catch(() => p.url());

export function firefoxDriver(src: FirefoxSource): Driver {
  let front: Page | undefined; // the test page opened last: in front again after the probe page opens
  return {
    name: 'Firefox ESR',
    async open(path, scan = 'settled') {
      const page = await newPage(src.browser);
      const errors: string[] = [];
      page.on('pageerror', (e) => {
        if (!NOISE.some((n) => n.test(String(e)))) errors.push(String(e));
      });
      await page.goto(src.url(path), { waitUntil: 'load' });
      front = page;
      if (scan !== 'none') await firstMarks(page);
      return tab(src.browser, page, errors);
    },
    requests: () => src.browser.requests,
    openExtension: async (path) => extensionTab(await openExtensionPage(src.browser, path)),
    async findExtension(suffix) {
      for (const p of await src.browser.browser.pages())
        if ((await hrefOf(p)).endsWith(suffix)) return extensionTab(p);
      return null;
    },
    tabUrls: async () => Promise.all((await src.browser.browser.pages()).map(hrefOf)),
    inExtension: async (fn, arg) =>
      (await extensionPage(src.browser, front)).evaluate(fn as (a: unknown) => never, arg),
  };
}
