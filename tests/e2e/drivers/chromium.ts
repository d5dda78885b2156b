/**
 * The scenario driver (driver.ts) for Debian's Chromium through playwright-core:
 * page code through page.evaluate, the content script's world over CDP
 * (inContentWorld), where the test hook's probe answers directly.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { inContentWorld, waitForScan } from '../harness.ts';
import { mentionTexts } from '../page-helpers.ts';
import { highlightTexts, painted, type Driver, type Tab } from './driver.ts';
import type { TooltipProbe } from '../../../src/content/test-hook.ts';
import { extensionTab, inWorker, openExtensionPage } from './chromium-pages.ts';

/** What the driver needs: a browser (with or without the extension) and the test server's addresses. */
export interface ChromiumSource {
  readonly browser: { context: BrowserContext; requests: string[]; extensionId?: string };
  url(path: string): string;
}

const pages = new WeakMap<Tab, Page>();

function frameOf(page: Page, url: string): Frame {
  const f = page.frames().find((x) => x.url().endsWith(url));
  if (!f) throw new Error(`no frame at ${url}`);
  return f;
}

function tab(page: Page, errors: string[]): Tab {
  const t: Tab = {
    errors,
    url: () => page.url(),
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    inFrame: (url, fn, arg) => frameOf(page, url).evaluate(fn as (a: unknown) => never, arg),
    evaluate: (expr) => page.evaluate(expr),
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
    tooltip: (frame) => inContentWorld<TooltipProbe | null>(page, 'globalThis.__vendorLensProbe()', frame),
    mentions: () => mentionTexts(page),
    marks: () => page.evaluate(highlightTexts),
    scanned: async () => void (await waitForScan(page)),
    async found() {
      await waitForScan(page);
      return (await mentionTexts(page)).sort();
    },
    async settle() {
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.evaluate(painted);
    },
    async reload() {
      await page.reload();
      await waitForScan(page);
    },
    close: () => page.close(),
  };
  pages.set(t, page);
  return t;
}

export function chromiumDriver(src: ChromiumSource): Driver {
  return {
    name: 'Chromium',
    async open(path, scan = 'settled') {
      const page = await src.browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(src.url(path), { waitUntil: 'load' });
      if (scan !== 'none') await waitForScan(page, { settled: scan === 'settled' });
      return tab(page, errors);
    },
    requests: () => src.browser.requests,
    openExtension: (path) => openExtensionPage(src.browser.context, src.browser.extensionId!, path),
    async findExtension(suffix) {
      const page = src.browser.context.pages().find((p) => p.url().endsWith(suffix));
      return page ? extensionTab(page) : null;
    },
    tabUrls: async () => src.browser.context.pages().map((p) => p.url()),
    inExtension: (fn, arg) => inWorker(src.browser.context, fn, arg),
    inBackground: (fn, arg) => inWorker(src.browser.context, fn, arg),
    contentWorld: (t, expr, frame) => inContentWorld(pages.get(t)!, expr, frame),
  };
}
