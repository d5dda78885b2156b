/**
 * The one seam to the WebExtension API. Every other module imports the
 * browser from here, so the polyfill can be dropped (or swapped in tests) by
 * changing this file only. Also holds the storage helpers for settings.
 */
import browser from 'webextension-polyfill';
import type { Message, ReplyTo } from './messages.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, withMuted, type Settings } from './settings.ts';

export { browser };
export type { Runtime } from 'webextension-polyfill';

/** Sends a request to the background; the reply's type follows from the request's (messages.ts). */
export function sendToBackground<M extends Message>(msg: M): Promise<ReplyTo<M>> {
  return browser.runtime.sendMessage(msg) as Promise<ReplyTo<M>>;
}

/** Sends a request to a tab's content script (the top frame unless `frameId` says otherwise). */
export function sendToTab<M extends Message>(tabId: number, msg: M, frameId = 0): Promise<ReplyTo<M>> {
  return browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<ReplyTo<M>>;
}

export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseSettings(got[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS, disabledSites: [], muted: [] };
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

export const profileUrl = (id?: string) =>
  browser.runtime.getURL('src/options/index.html') + (id ? `#vendor=${encodeURIComponent(id)}` : '');

/** "Don't mark this vendor" (and its undo): every open tab follows through storage.onChanged. */
export async function setMuted(id: string, muted: boolean): Promise<void> {
  await writeSettings(withMuted(await readSettings(), id, muted));
}
