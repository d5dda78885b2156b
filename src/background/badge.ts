/**
 * The toolbar badge per tab, as the `badge` setting asks: nothing, the number
 * of vendors found, or the number of mentions (muted vendors not counted).
 * A tab with nothing to count shows the global badge ("new" after the data
 * changed, whats-new.ts).
 */
import { browser } from '../shared/browser-api.ts';
import type { VendorCount } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import type { Translate } from '../shared/i18n.ts';

export function updateBadge(
  tabId: number,
  frames: Iterable<VendorCount[]>,
  s: Pick<Settings, 'badge' | 'muted'>,
  t: Translate,
): void {
  const muted = new Set(s.muted);
  const ids = new Set<string>();
  let mentions = 0;
  for (const list of frames)
    for (const v of list)
      if (v.count > 0 && !muted.has(v.id)) {
        ids.add(v.id);
        mentions += v.count;
      }
  const n = s.badge === 'mentions' ? mentions : ids.size;
  // null: the tab's own text is cleared and the global one shows.
  const text = s.badge === 'off' || !n ? null : n > 999 ? '999+' : String(n);
  browser.action.setBadgeText({ tabId, text }).catch(() => {});
  browser.action.setBadgeBackgroundColor({ tabId, color: '#7a4b00' }).catch(() => {});
  const title = ids.size ? t.plural('badgeTitle', ids.size) : t('extensionName');
  browser.action.setTitle({ tabId, title }).catch(() => {});
}
