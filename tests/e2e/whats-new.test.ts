/**
 * "What's new" after an update, in real headless Chromium: the install
 * records the bundled data as seen and announces nothing; the update path
 * (what `runtime.onInstalled` runs on update, reached through the test
 * build's worker hook, over an older "last seen" written to storage.local)
 * puts "new" on the badge; the popup shows its notice once and links to the
 * welcome page's list of changes; afterwards neither notice nor badge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { compileDataset } from '../../src/data/compile.ts';
import { metaOf } from '../../src/shared/dataset.ts';
import { formatDate } from '../../src/shared/i18n.ts';
import { summaryOf, type DataSummary } from '../../src/shared/whats-new.ts';
import { launchChromium, type Chromium } from './harness.ts';

type Api = {
  chrome: {
    storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(o: object): Promise<void> } };
    action: { getBadgeText(d: { tabId?: number }): Promise<string> };
  };
  vendorLens: { dataUpdated(): Promise<boolean> };
};

const now = summaryOf(metaOf(compileDataset()));
const asOf = formatDate(now.asOf, 'en');
let browser: Chromium;
let sw: Worker;

const stored = () =>
  sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as Api;
    return (await chrome.storage.local.get('whatsNew')).whatsNew as { seen: DataSummary } | undefined;
  });
const globalBadge = () => sw.evaluate(() => (globalThis as unknown as Api).chrome.action.getBadgeText({}));

async function openPopup(): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
  // The site label is written once the page's state is known, after the notice was decided.
  await popup.waitForFunction(() => document.getElementById('site-label')!.textContent !== '');
  return popup;
}

beforeAll(async () => {
  browser = await launchChromium();
  sw = browser.context.serviceWorkers()[0]!;
});
afterAll(async () => {
  await browser?.close();
});

describe('Chromium: what’s new in the data', () => {
  it('records the data on install and announces nothing', async () => {
    await expect.poll(async () => (await stored())?.seen).toEqual(now);
    expect(await globalBadge()).toBe('');
    const popup = await openPopup();
    expect(await popup.isHidden('#whats-new')).toBe(true);
    await popup.close();
  });

  it('after an update that changed the data, shows the notice once and lists what changed', async () => {
    const [gone1, gone2] = ['zte', 'ymtc'];
    const older: DataSummary = {
      ...now,
      asOf: '2025-01-31',
      vendors: Object.fromEntries(Object.entries(now.vendors).filter(([id]) => id !== gone1 && id !== gone2)),
      inForce: now.inForce - 3,
      restricted: now.restricted - 1,
    };
    await sw.evaluate(
      async (seen) => (globalThis as unknown as Api).chrome.storage.local.set({ whatsNew: { seen } }),
      older,
    );
    expect(await sw.evaluate(() => (globalThis as unknown as Api).vendorLens.dataUpdated())).toBe(true);
    expect(await globalBadge()).toBe('new');
    expect(browser.context.pages().some((p) => p.url().includes('welcome.html'))).toBe(false);

    const popup = await openPopup();
    expect(await popup.isVisible('#whats-new')).toBe(true);
    expect(await popup.textContent('#whats-new')).toContain(
      `data has changed since you last looked (now as of ${asOf})`,
    );
    await expect.poll(async () => (await stored())?.seen.asOf).toBe(now.asOf);
    await expect.poll(globalBadge).toBe('');

    const [welcome] = await Promise.all([
      browser.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('welcome.html#whats-new') }),
      popup.click('#whats-new-link'),
    ]);
    await welcome.waitForSelector('#whats-new:not([hidden]) #whats-new-list li');
    const items = await welcome.$$eval('#whats-new-list > li', (lis) => lis.map((li) => li.textContent!));
    expect(items).toEqual([
      `Data as of ${asOf} (was 31 Jan 2025)`,
      `2 vendors new to the dataset:${[now.vendors[gone2], now.vendors[gone1]].sort().join('')}`,
      `Vendors: ${Object.keys(older.vendors).length} → ${Object.keys(now.vendors).length}`,
      `Restrictions in force: ${older.inForce} → ${now.inForce}`,
      `Vendors with a binding restriction in force: ${older.restricted} → ${now.restricted}`,
    ]);
    const links = await welcome.$$eval('#whats-new-list a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.map((h) => h!.replace(/^.*#/, '#')).sort()).toEqual(
      [`#vendor=${gone1}`, `#vendor=${gone2}`].sort(),
    );
    await welcome.close();
    if (!popup.isClosed()) await popup.close();

    const again = await openPopup();
    expect(await again.isHidden('#whats-new')).toBe(true);
    await again.close();
    expect(await globalBadge()).toBe('');
  });

  it('announces nothing when an update leaves the data as the user saw it', async () => {
    expect(await sw.evaluate(() => (globalThis as unknown as Api).vendorLens.dataUpdated())).toBe(false);
    expect(await globalBadge()).toBe('');
  });
});
