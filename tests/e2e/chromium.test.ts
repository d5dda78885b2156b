/**
 * The built extension in real headless Chromium: marks, hover tooltip with
 * the right facts, the keyboard path, popup list and toggles, an untouched
 * page DOM, corrupted settings, and no request leaving the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import {
  accessibleDialog,
  CHROMIUM,
  externalRequests,
  inContentWorld,
  PAGE_DOM,
  waitForScan,
} from './harness.ts';
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

  it('shows the right facts on hover, as a labelled dialog, and stays open over the tooltip', async () => {
    // The tooltip's code is not in the content script: it arrives with the first tooltip.
    expect(await inContentWorld<boolean>(page, `'__vendorLensUi' in globalThis`)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull();
    await hoverText(page, 'Kaspersky Endpoint', 'Kaspersky');
    expect(
      await inContentWorld<boolean>(
        page,
        `'__vendorLensUi' in globalThis && globalThis.__vendorLens.tooltip.loaded`,
      ),
    ).toBe(true);
    const text = await tooltipText(page);
    expect(text).toContain('Kaspersky');
    // The answer first: what binds in the US (the Commerce sales ban, NDAA §1634), then notable items,
    // then the vendor's own words, labelled as its own.
    expect(text.indexOf('In force now')).toBeGreaterThan(0);
    expect(text).toMatch(/Sales[^]*since 20 Jul 2024[^]*binding/);
    expect(text).toMatch(/Government use[^]*since 1 Oct 2018/);
    expect(text).toContain('executives, not the company');
    expect(text.indexOf('Kaspersky says')).toBeGreaterThan(text.indexOf('Notable'));
    expect(text).toMatch(/no ties to any government/);
    expect(text).toMatch(/Data as of \d+ [A-Z][a-z]{2} \d{4}/);
    const links = await inContentWorld<string[]>(
      page,
      `[...globalThis.__vendorLens.tooltip.element.querySelectorAll('a')].map((a) => a.href)`,
    );
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.every((u) => u.startsWith('https://'))).toBe(true);
    const a11y = await accessibleDialog(page);
    expect(a11y?.role).toBe('dialog');
    expect(a11y?.name).toBe('Kaspersky');
    expect(a11y?.text).toMatch(/In force now/i);
    // Move onto the tooltip itself: it stays (hoverable).
    const box = await inContentWorld<{ x: number; y: number }>(
      page,
      `(() => { const r = globalThis.__vendorLens.tooltip.element.getBoundingClientRect(); return { x: r.left + 20, y: r.top + 20 }; })()`,
    );
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(false);
  });

  it('keyboard: the command opens the next mention with focus inside; Esc closes and returns focus', async () => {
    await page.mouse.move(5, 5);
    const sw = suite.browser.context.serviceWorkers()[0]!;
    await page.bringToFront();
    await sw.evaluate(() =>
      (globalThis as unknown as { vendorLens: { nextMention(): Promise<void> } }).vendorLens.nextMention(),
    );
    await expect.poll(() => inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(true);
    const focused = await inContentWorld<boolean>(
      page,
      `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
    );
    expect(focused).toBe(true);
    const first = await inContentWorld<string>(page, 'globalThis.__vendorLens.tooltip.current.vendorId');
    await sw.evaluate(() =>
      (globalThis as unknown as { vendorLens: { nextMention(): Promise<void> } }).vendorLens.nextMention(),
    );
    await expect
      .poll(() =>
        inContentWorld<string>(
          page,
          'globalThis.__vendorLens.tooltip.current.range.startContainer.data + "@" + globalThis.__vendorLens.tooltip.current.range.startOffset',
        ),
      )
      .not.toBe('');
    expect(typeof first).toBe('string');
    await page.keyboard.press('Escape');
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(false);
    expect(
      await inContentWorld<boolean>(
        page,
        `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
      ),
    ).toBe(false);
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

  it('popup lists the vendors with counts; its toggles switch marking off and on without reload', async () => {
    const sw = suite.browser.context.serviceWorkers()[0]!;
    // The tab that reported counts (the extension has no "tabs" permission, so it cannot query by URL).
    const tabId = await sw.evaluate(
      () => (globalThis as unknown as { vendorLens: { tabIds(): number[] } }).vendorLens.tabIds()[0],
    );
    expect(tabId).toBeTypeOf('number');
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
