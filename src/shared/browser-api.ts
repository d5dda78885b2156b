/**
 * The one seam to the WebExtension API. Every other module imports the
 * browser from here, so the polyfill can be dropped (or swapped in tests) by
 * changing this file only. Also holds the storage helpers for settings.
 */
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [] };
  }
}

export async function writeSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: s });
}

export function onSettingsChanged(cb: (s: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[SETTINGS_KEY]) cb(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}

export const profileUrl = (id?: string) => browser.runtime.getURL('src/options/index.html') + (id ? `#vendor=${encodeURIComponent(id)}` : '');
