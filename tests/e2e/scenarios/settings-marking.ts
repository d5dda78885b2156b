/**
 * Settings, marking (see settings.ts): the first mention of each vendor only,
 * or none; a vendor muted from the popup is never marked (and the settings
 * page lists it); the popup's look-up box, shortcut line and global switch,
 * and what it says of a page whose gate loaded no scanner; vendors, mentions
 * or nothing on the toolbar badge.
 */
import { expect, it } from 'vitest';
import type { Driver } from '../drivers/driver.ts';
import { badgeOf, markCount, tabIdOf, type SettingsState } from './settings-state.ts';

type Api = typeof chrome;

export function markingScenario(d: Driver, s: SettingsState): void {
  const marks = () => markCount(s.demo);
  /** What the content script found, once its scan is over. */
  const found = async () => {
    await s.demo.scanned();
    return (await s.demo.tooltip())!;
  };

  it('marks the first mention of each vendor only, or none; a muted vendor is never marked', async () => {
    const options = s.options;
    await options.check('input[name="markMode"][value="first"]');
    // One mark per vendor found (the demo page adds content as it goes: compare at the same moment).
    const onePerVendor = async () => (await marks()) === (await s.demo.tooltip())!.vendors;
    await expect.poll(onePerVendor, { timeout: 10_000 }).toBe(true);
    const vendors = (await found()).vendors;
    await options.check('input[name="markMode"][value="none"]');
    await expect.poll(marks).toBe(0);
    await options.check('input[name="markMode"][value="all"]');
    await expect.poll(marks).toBeGreaterThan(vendors);
    const all = await marks();
    const kaspersky = (await found()).counts.kaspersky!;
    const popup = await d.openExtension(`src/popup/index.html?tab=${await tabIdOf(d, s.demo)}`);
    await expect.poll(() => popup.text('#site-label')).toBe('Mark names on 127.0.0.1');
    // The keyboard shortcut, as the browser's commands API has it now.
    const shortcut = await d.inExtension(async () => {
      const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
      return (await api.commands.getAll()).find((c) => c.name === 'next-mention')?.shortcut ?? '';
    });
    expect(shortcut).not.toBe('');
    await expect
      .poll(() => popup.text('#shortcut'))
      .toBe(`Keyboard: ${shortcut} goes to the next mention on the page and opens its card.`);
    await popup.click('button[data-mute="kaspersky"]');
    await expect.poll(marks, { timeout: 5000 }).toBe(all - kaspersky);
    await options.waitFor('#muted-list li[data-muted="kaspersky"]');
    await popup.waitFor('button[data-mute="kaspersky"][aria-pressed="true"]');
    await popup.click('button[data-mute="kaspersky"]'); // undo
    await expect.poll(marks).toBe(all);
    // Look-up box: a name typed in part finds the vendor through the vocabulary.
    await popup.fill('#search', 'hikvi');
    await popup.waitFor('#results button[data-result="hikvision"]');
    // Global switch off: the site switch is not offered, the note says why.
    await popup.check('#global', false);
    const hidden = () =>
      popup.inPage(() => {
        const e = document.querySelector('#site-row');
        return !e || e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden';
      });
    await expect.poll(hidden).toBe(true);
    expect(await popup.text('#site-note')).toMatch(/off on all sites/);
    await popup.check('#global');
    await popup.close();
  });

  it('the popup on a page without names (no scanner there): none found, the site named', async () => {
    const prose = await d.open('/prose.html', 'none');
    const tabId = await d.inExtension(async (href) => {
      const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
      return (await api.tabs.query({})).find((t) => t.url === href)?.id ?? null;
    }, prose.url());
    expect(tabId).toBeTypeOf('number');
    const popup = await d.openExtension(`src/popup/index.html?tab=${tabId}`);
    await expect
      .poll(() => popup.text('#empty'), { timeout: 10_000 })
      .toBe('No vendor names found on this page.');
    expect(await popup.text('#site-label')).toBe('Mark names on 127.0.0.1');
    await popup.close();
    await prose.close();
  });

  it('shows vendors, mentions or nothing on the badge', async () => {
    const now = await found();
    const tabId = await tabIdOf(d, s.demo);
    const badge = () => badgeOf(d, tabId);
    await expect.poll(badge).toBe(String(now.vendors));
    await s.options.check('input[name="badge"][value="mentions"]');
    await expect.poll(badge).toBe(String(Object.values(now.counts).reduce((n, c) => n + c, 0)));
    await s.options.check('input[name="badge"][value="off"]');
    await expect.poll(badge).toBe('');
    await s.options.check('input[name="badge"][value="vendors"]');
  });
}
