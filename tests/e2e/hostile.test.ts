/** The attacker's scenario (hostile-scenario.ts) in real headless Chromium. */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScan } from './harness.ts';
import { textPoint } from './page-helpers.ts';
import { hostileScenario, optOutScenario, type Driver } from './hostile-scenario.ts';
import type { TooltipProbe } from '../../src/content/test-hook.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();
let page: Page;

const worker = () => suite.browser.context.serviceWorkers()[0]!;

const driver: Driver = {
  async open(path, marks = true) {
    page = await suite.browser.context.newPage();
    await page.goto(`${suite.server.url}${path}`);
    if (marks) await waitForScan(page);
    else await page.waitForTimeout(1000);
  },
  inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg),
  inExtension: (fn, arg) => worker().evaluate(fn as (a: unknown) => unknown, arg),
  mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
  click: (x, y) => page.mouse.click(x, y),
  textCentre: (text) => textPoint(page, text),
  tooltip: () =>
    worker().evaluate(async (href) => {
      for (const t of await chrome.tabs.query({})) {
        const r = await chrome.tabs.sendMessage(t.id!, { test: 'tooltip', href }).catch(() => null);
        if (r) return r as TooltipProbe;
      }
      return null;
    }, page.url()),
  url: () => page.url(),
  deepLevels: 20_000,
  profileTabs: async () =>
    suite.browser.context.pages().filter((p) => p.url().includes('/src/options/index.html')).length,
};

describe('Chromium: a page that attacks Vendor Lens', () => hostileScenario(() => driver));
describe('Chromium: pages that opt out', () => optOutScenario(() => driver));
