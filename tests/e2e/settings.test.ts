/**
 * Settings in real headless Chromium: the welcome page once on install,
 * migration of today's stored format, site rules with wildcards and the
 * only-listed mode switching marks on an open tab, marking modes and muted
 * vendors, badge modes, storage.sync with its per-item quota, 20 malformed
 * settings files rejected with nothing changed, the interface switching
 * language, and the context menu's look-up through the matcher.
 */
import { compileDataset } from '../../src/data/compile.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { waitForScan } from './harness.ts';
import { MALFORMED } from '../unit/malformed-settings.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite({ launch: { keepWelcome: true } });
let page: Page;
let sw: Worker;
let options: Page;

type Api = {
  chrome: typeof chrome;
  vendorLens: { tabIds(): number[]; lookupUrl(t: string): string };
};
const marks = () =>
  page.evaluate(() =>
    ['vendor-lens', 'vendor-lens-strong'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
  );
const stored = () =>
  sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as Api;
    return JSON.stringify([
      await chrome.storage.sync.get('settings'),
      await chrome.storage.local.get('settings'),
    ]);
  });

beforeAll(async () => {
  sw = suite.browser.context.serviceWorkers()[0]!;
  page = await suite.browser.context.newPage();
});

describe('Chromium: settings', () => {
  it('opens the welcome page once, on install', async () => {
    await expect
      .poll(
        () =>
          suite.browser.context.pages().filter((p) => p.url().endsWith('/src/options/welcome.html')).length,
      )
      .toBe(1);
    const welcome = suite.browser.context.pages().find((p) => p.url().endsWith('welcome.html'))!;
    await expect.poll(() => welcome.textContent('#shortcut')).toMatch(/Alt\+Shift\+V/);
    expect(await welcome.textContent('main')).toMatch(/no network requests/);
    await welcome.close();
  });

  it("migrates today's stored settings: a switched-off host becomes a site rule", async () => {
    await sw.evaluate(() =>
      (globalThis as unknown as Api).chrome.storage.local.set({
        settings: { format: 1, enabled: true, disabledSites: ['127.0.0.1'] },
      }),
    );
    await page.goto(`${suite.server.url}/demo.html`);
    await expect.poll(marks).toBe(0);
    options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/src/options/index.html#settings`);
    await options.waitForSelector('#site-rules li[data-rule="127.0.0.1"]');
  });

  it('site rules from the settings page switch marking on the open tab, in both modes', async () => {
    await options.click('#site-rules li[data-rule="127.0.0.1"] button:has-text("Remove")');
    await expect.poll(marks).toBeGreaterThan(10);
    await options.fill('#site-input', 'not a host!');
    await options.click('#site-add');
    expect(await options.textContent('#site-status')).toMatch(/is not a site/);
    await options.fill('#site-input', 'http://127.0.0.1:8080/demo.html');
    await options.click('#site-add');
    await options.waitForSelector('#site-rules li[data-rule="127.0.0.1"]');
    await expect.poll(marks).toBe(0);
    await options.check('input[name="siteMode"][value="only-listed"]');
    await expect.poll(marks).toBeGreaterThan(10);
    await options.click('#site-rules li[data-rule="127.0.0.1"] button:has-text("Remove")');
    await expect.poll(marks).toBe(0);
    await options.check('input[name="siteMode"][value="except-listed"]');
    await expect.poll(marks).toBeGreaterThan(10);
  });

  it('marks the first mention of each vendor only, or none; a muted vendor is never marked', async () => {
    await options.check('input[name="markMode"][value="first"]');
    // One mark per vendor found (the demo page adds content as it goes: compare at the same moment).
    const onePerVendor = async () => (await marks()) === (await waitForScan(page)).length;
    await expect.poll(onePerVendor, { timeout: 10_000 }).toBe(true);
    const vendors = (await waitForScan(page)).length;
    await options.check('input[name="markMode"][value="none"]');
    await expect.poll(marks).toBe(0);
    await options.check('input[name="markMode"][value="all"]');
    await expect.poll(marks).toBeGreaterThan(vendors);
    const all = await marks();
    const kaspersky = (await waitForScan(page)).find((v) => v.id === 'kaspersky')!.count;
    // The demo page's tab, found by its address (host access allows it; the worker's own per-tab counts are
    // not asked: a service worker stopped while idle starts again without them).
    const tabId = await sw.evaluate(async () => {
      const api = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      };
      const tabs = await api.chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return tabs.find((t) => t.url?.endsWith('/demo.html'))?.id;
    });
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await expect.poll(() => popup.textContent('#site-label')).toBe('Mark names on 127.0.0.1');
    // The keyboard shortcut, as the browser's commands API has it now.
    const shortcut = await sw.evaluate(async () => {
      const api = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } };
      };
      return (await api.chrome.commands.getAll()).find((c) => c.name === 'next-mention')?.shortcut ?? '';
    });
    expect(shortcut).not.toBe('');
    expect(await popup.textContent('#shortcut')).toBe(
      `Keyboard: ${shortcut} goes to the next mention on the page and opens its card.`,
    );
    await popup.click('button[data-mute="kaspersky"]');
    await expect.poll(marks, { timeout: 5000 }).toBe(all - kaspersky);
    await options.waitForSelector('#muted-list li[data-muted="kaspersky"]');
    await popup.waitForSelector('button[data-mute="kaspersky"][aria-pressed="true"]');
    await popup.click('button[data-mute="kaspersky"]'); // undo
    await expect.poll(marks).toBe(all);
    // Look-up box: a name typed in part finds the vendor through the vocabulary.
    await popup.fill('#search', 'hikvi');
    await popup.waitForSelector('#results button[data-result="hikvision"]');
    // Global switch off: the site switch is not offered, the note says why.
    await popup.uncheck('#global');
    await expect.poll(() => popup.isHidden('#site-row')).toBe(true);
    expect(await popup.textContent('#site-note')).toMatch(/off on all sites/);
    await popup.check('#global');
    await popup.close();
  });

  it('shows vendors, mentions or nothing on the badge', async () => {
    const counts = await waitForScan(page);
    const badge = () =>
      sw.evaluate(async () => {
        const api = globalThis as unknown as Api;
        const tabId = api.vendorLens.tabIds()[0]!;
        return api.chrome.action.getBadgeText({ tabId });
      });
    await expect.poll(badge).toBe(String(counts.length));
    await options.check('input[name="badge"][value="mentions"]');
    await expect.poll(badge).toBe(String(counts.reduce((n, v) => n + v.count, 0)));
    await options.check('input[name="badge"][value="off"]');
    await expect.poll(badge).toBe('');
    await options.check('input[name="badge"][value="vendors"]');
  });

  it('keeps settings in storage.sync, and in local with a marker when they outgrow the sync item quota', async () => {
    const [sync] = JSON.parse(await stored());
    expect(sync.settings).toMatchObject({ format: 2, badge: 'vendors', siteMode: 'except-listed' });
    const big = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.org`);
    const file = JSON.stringify({ kind: 'vendor-lens-settings', format: 2, siteRules: big });
    await options.setInputFiles('#import', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => options.textContent('#transfer-status')).toMatch(/imported from big\.json/);
    const [s2, l2] = JSON.parse(await stored());
    expect(s2.settings).toEqual({ format: 2, inLocal: true });
    expect(l2.settings.siteRules).toHaveLength(400);
    await options.reload();
    await expect.poll(() => options.locator('#site-rules li').count()).toBe(400);
    await expect.poll(marks).toBeGreaterThan(10); // none of them covers this page
  });

  it('rejects 20 malformed settings files, each with a clear message, changing nothing', async () => {
    const before = await stored();
    for (const [what, text, message] of MALFORMED) {
      await options.setInputFiles('#import', {
        name: `${what}.json`,
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await expect
        .poll(() => options.textContent('#transfer-status'), { message: what })
        .toContain(`${what}.json was not imported`);
      expect(await options.textContent('#transfer-status'), what).toMatch(message);
    }
    expect(await stored()).toBe(before);
  });

  it('resets to defaults', async () => {
    options.once('dialog', (d) => void d.accept());
    await options.click('#reset');
    await expect.poll(() => options.locator('#site-rules li').count()).toBe(0);
    const [sync] = JSON.parse(await stored());
    expect(sync.settings.siteRules).toEqual([]);
  });

  it('switches the interface language at once', async () => {
    await options.selectOption('#ui-language', 'de');
    await expect.poll(() => options.textContent('#nav-settings')).toBe('Einstellungen');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await options.textContent('#data')).toMatch(/Stand/);
    await options.selectOption('#ui-language', 'fr');
    await expect.poll(() => options.textContent('#nav-settings')).toBe('Paramètres');
    await options.selectOption('#ui-language', 'auto');
    await expect.poll(() => options.textContent('#nav-settings')).toBe('Settings');
  });

  it('dataset browser: filters in the URL, counts and lines that follow them, CVE ids found and linked, the way back', async () => {
    await options.goto(`chrome-extension://${suite.browser.extensionId}/src/options/index.html#`);
    await options.selectOption('#jurisdiction', 'CA');
    await expect.poll(() => options.evaluate(() => location.hash)).toBe('#j=CA');
    const cp = options.locator('li.card[data-vendor="check-point"]');
    // Counts follow the filter (one Canadian action, not the vendor's total), in the singular.
    expect(await cp.textContent()).toMatch(/1 government action ·/);
    const canadian = compileDataset().vendors.filter((v) =>
      v.events.some((e) => e.jurisdiction === 'CA'),
    ).length;
    expect(await options.locator('li.card').count()).toBe(canadian);
    await options.fill('#q', 'CVE-2023-2868');
    await options.selectOption('#jurisdiction', '');
    await expect.poll(() => options.locator('li.card').count()).toBe(1);
    expect(await options.evaluate(() => location.hash)).toBe('#q=CVE-2023-2868');
    await options.click('li.card[data-vendor="barracuda"] a');
    await options.waitForSelector('#vendor-title');
    expect(await options.getAttribute('tr[data-cve="CVE-2023-2868"] a', 'href')).toBe(
      'https://www.cve.org/CVERecord?id=CVE-2023-2868',
    );
    expect(await options.getAttribute('.timeline li p[lang="en"]', 'lang')).toBe('en');
    await options.click('#back');
    await options.waitForSelector('#q');
    expect(await options.inputValue('#q')).toBe('CVE-2023-2868');
    await options.goBack(); // back to the profile, forward again to the list
    await options.waitForSelector('#vendor-title');
    await options.goForward();
    await expect.poll(() => options.locator('#q').inputValue()).toBe('CVE-2023-2868');
  });

  it('looks up a selection through the matcher: a profile, or a search', async () => {
    const url = (text: string) =>
      sw.evaluate((t) => (globalThis as unknown as Api).vendorLens.lookupUrl(t), text);
    expect(await url('the ban on Kaspersky Lab software')).toMatch(/options\/index\.html#vendor=kaspersky$/);
    expect(await url('nothing known here')).toMatch(/options\/index\.html#q=nothing%20known%20here$/);
  });
});
