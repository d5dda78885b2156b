/**
 * The built extension in real headless Chromium: marks, an untouched page
 * DOM, corrupted settings, the toolbar badge, and no request leaving the
 * machine. The tooltip and the keyboard path: chromium-tooltip.test.ts; the
 * popup: chromium-popup.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, externalRequests, inContentWorld, PAGE_DOM, waitForScan } from './harness.ts';
import { hoverText, mentionTexts, tooltipText } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();
let page: Page;
let demo: string;

beforeAll(async () => {
  demo = suite.url('/demo.html');
  page = await suite.browser.context.newPage();
  await page.goto(demo);
  await waitForScan(page);
});

describe('Chromium: the built extension', () => {
  it('marks vendor names and leaves look-alikes, persons, inputs, editors and opted-out regions alone', async () => {
    const counts = await waitForScan(page);
    const ids = counts.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'kaspersky',
        'huawei',
        'hikvision',
        'dahua',
        'zte',
        'palo-alto-networks',
        'f5',
        'ivanti',
        'solarwinds',
      ]),
    );
    const texts = await mentionTexts(page);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Kaspersky Lab',
        '华为',
        'Лаборатория Касперского',
        'Palo Alto Networks',
        'BIG-IP',
        'Huawei',
      ]),
    );
    // Look-alikes in the note paragraph and the person's name are not marked.
    const marked = await inContentWorld<string[]>(
      page,
      `[...globalThis.__vendorLens.scanner.mentions].map((m) => m.range.startContainer.parentElement.closest('p, div, label')?.textContent ?? '')`,
    );
    expect(marked.some((t) => t.startsWith('Look-alikes'))).toBe(false);
    expect(marked.some((t) => t.startsWith('Eugene Kaspersky'))).toBe(false);
    expect(marked.some((t) => t.includes('editable note') || t.includes('opts out'))).toBe(false);
    // The marks are CSS highlights, visible to the page's registry.
    expect(
      await page.evaluate(() =>
        ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
          (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
          0,
        ),
      ),
    ).toBe(texts.length);
  });

  it('leaves the page DOM outside its host byte-identical', async () => {
    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const ref = await plain.newPage();
      await ref.goto(demo);
      const expected = await ref.evaluate(PAGE_DOM);
      await hoverText(page, 'Huawei');
      expect(await tooltipText(page)).toContain('Huawei');
      expect(await page.evaluate(PAGE_DOM)).toBe(expected);
      expect(await page.evaluate(() => document.querySelectorAll('[data-vendor-lens-ui]').length)).toBe(1);
    } finally {
      await plain.close();
    }
  });

  it('falls back to defaults when stored settings are corrupted', async () => {
    const sw = suite.browser.context.serviceWorkers()[0]!;
    // Both areas: settings are read from sync, and from local when sync has none.
    const bad = { enabled: 'yes', disabledSites: [42, null], siteRules: 'x', markMode: 7, format: 'x' };
    await sw.evaluate((b) => chrome.storage.sync.set({ settings: b }), bad);
    await sw.evaluate((b) => chrome.storage.local.set({ settings: b }), bad);
    await page.reload();
    const counts = await waitForScan(page);
    expect(counts.length).toBeGreaterThan(5);
    await sw.evaluate(() => chrome.storage.sync.set({ settings: 'not an object' }));
    await sw.evaluate(() => chrome.storage.local.set({ settings: 'not an object' }));
    await page.reload();
    expect((await waitForScan(page)).length).toBeGreaterThan(5);
  });

  it('shows the number of vendors on the page as the toolbar badge', async () => {
    const sw = suite.browser.context.serviceWorkers()[0]!;
    const badge = () =>
      sw.evaluate(async () => {
        const api = globalThis as unknown as {
          vendorLens: { tabIds(): number[] };
          chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        };
        const tabId = api.vendorLens.tabIds()[0];
        return tabId === undefined ? '' : api.chrome.action.getBadgeText({ tabId });
      });
    const vendors = (await waitForScan(page)).length;
    await expect.poll(badge).toBe(String(vendors)); // counts are reported shortly after the scan
  });

  it('sends no request off the machine', () => {
    expect(suite.browser.requests.length).toBeGreaterThan(0);
    expect(externalRequests(suite.browser.requests)).toEqual([]);
  });
});
