/**
 * The popup in real headless Chromium: the vendors found on the tab with their
 * counts and what binds them, the dataset's date, the site and global
 * switches turning marking off and on without a reload, and a vendor's
 * button taking the page to its first mention with its tooltip open.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContentWorld } from './harness.ts';
import { openScanned } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await openScanned(suite.browser.context, suite.url('/demo.html'));
});

describe('Chromium: the popup', () => {
  it('popup lists the vendors with counts; its toggles switch marking off and on without reload', async () => {
    const sw = suite.browser.context.serviceWorkers()[0]!;
    // The tab that reported counts (the extension has no "tabs" permission, so it cannot query by URL);
    // counts are reported shortly after the scan.
    const reported = () =>
      sw.evaluate(
        () => (globalThis as unknown as { vendorLens: { tabIds(): number[] } }).vendorLens.tabIds()[0],
      );
    await expect.poll(reported).toBeTypeOf('number');
    const tabId = await reported();
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup
      .waitForSelector('#found button[data-vendor="kaspersky"]', { timeout: 5000 })
      .catch(async (e) => {
        throw new Error(`popup shows: ${await popup.textContent('body')}`, { cause: e });
      });
    expect(await popup.textContent('#found button[data-vendor="kaspersky"]')).toMatch(
      /Kaspersky\s*\d+ mentions?\s*Restrictions in force: .*\bUS\b/,
    );
    // A vendor with nothing binding says so (SolarWinds: its emergency directive was retired).
    expect(await popup.textContent('#found button[data-vendor="solarwinds"]')).toMatch(
      /No restriction in force/,
    );
    expect(await popup.textContent('#dataset')).toMatch(/as of \d{1,2} [A-Z][a-z]{2} \d{4}/);
    const size = () =>
      page.evaluate(() =>
        ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
          (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
          0,
        ),
      );
    await popup.uncheck('#site');
    await expect.poll(size).toBe(0);
    await popup.check('#site');
    await expect.poll(size).toBeGreaterThan(10);
    await popup.uncheck('#global');
    await expect.poll(size).toBe(0);
    await popup.check('#global');
    await expect.poll(size).toBeGreaterThan(10);
    // Clicking a vendor scrolls the page to its first mention and opens its tooltip.
    await popup.click('#found button[data-vendor="solarwinds"]');
    await expect
      .poll(() =>
        inContentWorld<string | null>(page, 'globalThis.__vendorLens.tooltip.current?.vendorId ?? null'),
      )
      .toBe('solarwinds');
    await popup.close();
  });
});
