/**
 * Opens the dataset browser (a vendor's profile, or the list) in one tab of
 * its own, reused while it is open. Requests from a page's tooltip are limited
 * to one per PROFILE_INTERVAL_MS per tab: the tooltip acts only on a
 * trusted click, and this bounds whatever gets through anyway.
 */
import { browser, profileUrl } from '../shared/browser-api.ts';
import { PROFILE_INTERVAL_MS } from '../shared/limits.ts';

let profileTab: number | null = null;
const lastOpened = new Map<number, number>(); // requesting tab → time of its last request honoured

export async function openProfile(id: string | undefined, fromTab: number | undefined): Promise<boolean> {
  if (fromTab !== undefined) {
    const now = Date.now();
    if (now - (lastOpened.get(fromTab) ?? -Infinity) < PROFILE_INTERVAL_MS) return false;
    lastOpened.set(fromTab, now);
  }
  const url = profileUrl(id);
  if (profileTab !== null) {
    try {
      const tab = await browser.tabs.update(profileTab, { url, active: true });
      // Firefox for Android has no windows.
      if (tab.windowId !== undefined && browser.windows)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => {});
      return true;
    } catch {
      profileTab = null; // closed: open a new one
    }
  }
  const tab = await browser.tabs.create({ url });
  profileTab = tab.id ?? null;
  return true;
}

export function tabClosed(tabId: number): void {
  lastOpened.delete(tabId);
  if (tabId === profileTab) profileTab = null;
}
