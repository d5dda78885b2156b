/**
 * What the settings scenarios (settings.ts) share: the demo tab and the
 * settings page they keep open from test to test, the marks on the tab, the
 * stored settings, the tab's id and badge in the extension's eyes.
 */
import type { Driver, ExtensionTab, Tab } from '../drivers/driver.ts';

/** Opened by the migration test, used by the ones after it (the tests run in order). */
export interface SettingsState {
  demo: Tab;
  options: ExtensionTab;
}

/** The extension API where the functions below run (they are sent there as text: nothing from here is in reach). */
type Api = typeof chrome;

/** How many of our highlights the tab holds. */
export const markCount = (tab: Tab) => tab.marks().then((m) => m.length);

/** Both storage areas' settings, as one string to compare. */
export const stored = (d: Driver) =>
  d.inExtension(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    return JSON.stringify([await api.storage.sync.get('settings'), await api.storage.local.get('settings')]);
  });

/** Writes `settings` to storage.local, as an older version left them. */
export const storeLocal = (d: Driver, settings: object) =>
  d.inExtension(async (s) => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    await api.storage.local.set({ settings: s });
  }, settings);

/** The id of `tab` in the extension's eyes: the tab whose content script answers for its address. */
export async function tabIdOf(d: Driver, tab: Tab): Promise<number> {
  const id = await d.inExtension(async (href) => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    for (const t of await api.tabs.query({})) {
      const r = await api.tabs
        .sendMessage(t.id!, { test: 'tooltip', href }, { frameId: 0 })
        .catch(() => null);
      if (r) return t.id!;
    }
    return null;
  }, tab.url());
  if (id === null) throw new Error(`no tab answers for ${tab.url()}`);
  return id;
}

/** The toolbar badge's text on the tab `tabId`. */
export const badgeOf = (d: Driver, tabId: number) =>
  d.inExtension((id) => {
    const api = ((globalThis as { browser?: Api }).browser ?? chrome) as Api;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
