/** The attacker's scenario (hostile-scenario.ts) in real headless Firefox ESR. */
import { describe } from 'vitest';
import type { Page } from 'puppeteer-core';
import { centreOfText } from '../../src/cli/browser/page-text.ts';
import { extensionPage, markedTexts, newPage, poll, tooltipProbe } from './firefox-harness.ts';
import { hostileScenario, optOutScenario, type Driver } from './hostile-scenario.ts';
import { firefoxSuite } from './suite.ts';

const suite = firefoxSuite();
let page: Page;

const driver: Driver = {
  async open(path, marks = true) {
    page = await newPage(suite.browser);
    await page.goto(`${suite.server.url}${path}`);
    if (marks)
      await poll(
        () => markedTexts(page),
        (t) => t.length > 0,
        `marks on ${path}`,
      );
    else await new Promise((r) => setTimeout(r, 1000));
  },
  inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg),
  inExtension: async (fn, arg) =>
    (await extensionPage(suite.browser, page)).evaluate(fn as (a: unknown) => unknown, arg),
  mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
  click: (x, y) => page.mouse.click(x, y),
  async textCentre(text) {
    const c = await page.evaluate(centreOfText, [text, text] as const);
    if (!c) throw new Error(`text not on the page: ${text}`);
    return c;
  },
  tooltip: () => tooltipProbe(suite.browser, page),
  url: () => page.url(),
  deepLevels: 5_000,
  profileTabs: async () => {
    // page.url() of a moz-extension tab opened by the extension can lag behind: ask the page itself.
    const urls = await Promise.all(
      (await suite.browser.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => p.url())),
    );
    return urls.filter((u) => u.includes('/src/options/index.html')).length;
  },
};

describe('Firefox ESR: a page that attacks Vendor Lens', () => hostileScenario(() => driver));
describe('Firefox ESR: pages that opt out', () => optOutScenario(() => driver));
