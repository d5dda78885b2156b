/**
 * The card of every vendor in real Chromium: the budget (card-scenario.ts,
 * also run in Firefox) at 1280×800, and at 200% zoom (the same layout as a
 * 640×400 viewport at device scale 2) the answer and "Full profile" visible
 * without scrolling. The card scenario keeps its own two-call adapter: the
 * demo page must be laid out at 1280×800 from its first paint (the shared
 * driver opens tabs at the browser's window size) and the zoom is emulated
 * over CDP.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScan } from './harness.ts';
import { chromiumSuite } from './suite.ts';
import { cardBudgetScenario, measure, vendors, type CardDriver } from './card-scenario.ts';

const suite = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await suite.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(suite.url('/demo.html'));
  await waitForScan(page);
});

const driver: CardDriver = {
  inExtension: (fn, arg) =>
    suite.browser.context.serviceWorkers()[0]!.evaluate(fn as (a: unknown) => unknown, arg),
  url: () => page.url(),
};

describe('the card of every vendor in Chromium', () => {
  cardBudgetScenario(() => driver);

  it('shows the answer and "Full profile" without scrolling at 200% zoom', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 640,
      height: 400,
      deviceScaleFactor: 2,
      mobile: false,
    });
    try {
      for (const id of ['kaspersky', 'huawei', 'hikvision', 'microsoft', 'nso-group']) {
        const v = vendors.find((x) => x.id === id)!;
        const m = await measure(driver, { id, name: v.name, pointer: true });
        expect({ id, hint: !!m.hint, answer: m.answerVisible, profile: m.profileVisible }).toEqual({
          id,
          hint: true,
          answer: true,
          profile: true,
        });
      }
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
    }
  });
});
