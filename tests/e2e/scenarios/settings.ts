/**
 * Settings, written once and run in Chromium (settings.test.ts) and Firefox
 * ESR (firefox-settings.test.ts) through a driver (../drivers/): the welcome
 * page once on install, migration of today's stored format, site rules
 * (settings-sites.ts), marking modes, muted vendors and the badge
 * (settings-marking.ts), storage.sync with its per-item quota and 20
 * malformed settings files (settings-files.ts), the interface language and
 * the dataset browser (settings-views.ts); and, where the background can be
 * reached (Chromium), the context menu's look-up through the matcher. The
 * tests run in order: each starts where the one before left the settings.
 */
import { expect, it } from 'vitest';
import type { Driver } from '../drivers/driver.ts';
import { markCount, storeLocal, type SettingsState } from './settings-state.ts';
import { sitesScenario } from './settings-sites.ts';
import { markingScenario } from './settings-marking.ts';
import { filesScenario } from './settings-files.ts';
import { viewsScenario } from './settings-views.ts';

const WELCOME = '/src/options/welcome.html';

/** `d`'s browser must keep the welcome page the extension opens on install. */
export function settingsScenario(d: Driver): void {
  const s = {} as SettingsState;

  it('opens the welcome page once, on install', async () => {
    await expect.poll(async () => (await d.tabUrls()).filter((u) => u.endsWith(WELCOME)).length).toBe(1);
    const welcome = (await d.findExtension(WELCOME))!;
    await expect.poll(() => welcome.text('#shortcut')).toMatch(/Alt\+Shift\+V/);
    expect(await welcome.text('main')).toMatch(/no network requests/);
    await welcome.close();
  });

  it("migrates today's stored settings: a switched-off host becomes a site rule", async () => {
    await storeLocal(d, { format: 1, enabled: true, disabledSites: ['127.0.0.1'] });
    s.demo = await d.open('/demo.html', 'none');
    await expect.poll(() => markCount(s.demo)).toBe(0);
    s.options = await d.openExtension('src/options/index.html#settings');
    await s.options.waitFor('#site-rules li[data-rule="127.0.0.1"]');
  });

  sitesScenario(s);
  markingScenario(d, s);
  filesScenario(d, s);
  viewsScenario(s);

  // Chromium only: the look-up is the background's own function (its test hook); Firefox's background
  // page cannot be reached over WebDriver BiDi, and the context menu cannot be driven there either.
  const inBackground = d.inBackground;
  it.skipIf(!inBackground)('looks up a selection through the matcher: a profile, or a search', async () => {
    const url = (text: string) =>
      inBackground!(
        (t) =>
          (globalThis as unknown as { vendorLens: { lookupUrl(t: string): string } }).vendorLens.lookupUrl(t),
        text,
      );
    expect(await url('the ban on Kaspersky Lab software')).toMatch(/options\/index\.html#vendor=kaspersky$/);
    expect(await url('nothing known here')).toMatch(/options\/index\.html#q=nothing%20known%20here$/);
  });
}
