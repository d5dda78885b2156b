/**
 * "What's new" in the background. On install the bundled data counts as
 * seen; on update, when it changed in a way the user can see since they last
 * saw it, the toolbar badge says so (the global badge text, which a tab shows
 * when it has no count of its own) until the popup has shown its notice. No
 * tab is opened.
 */
import { meta } from '../shared/bundled-meta.ts';
import { browser } from '../shared/browser-api.ts';
import { onWhatsNewChanged, readWhatsNew, writeWhatsNew } from '../shared/settings-store.ts';
import type { Translate } from '../shared/i18n.ts';
import type { Settings } from '../shared/settings.ts';
import { installedState, noticeDue, summaryOf, updatedState } from '../shared/whats-new.ts';

const now = summaryOf(meta);
type Context = () => Promise<[{ settings: Pick<Settings, 'badge'> }, Translate]>;
let context: Context | null = null;

/** The global badge: "new" while a notice is due (not when the badge is switched off), else nothing. */
export async function refreshNotice(): Promise<void> {
  if (!context) return;
  const [{ settings }, t] = await context();
  const due = settings.badge !== 'off' && noticeDue(await readWhatsNew(), now);
  await browser.action.setBadgeBackgroundColor({ color: '#7a4b00' }).catch(() => {});
  await browser.action.setBadgeText({ text: due ? t('badgeWhatsNew') : '' }).catch(() => {});
}

export async function dataInstalled(): Promise<void> {
  await writeWhatsNew(installedState(now));
  await refreshNotice();
}

/** What `runtime.onInstalled` runs on update; true when a notice is now due. */
export async function dataUpdated(): Promise<boolean> {
  const { state, notice } = updatedState(await readWhatsNew(), now);
  await writeWhatsNew(state);
  await refreshNotice();
  return notice;
}

/** `ctx`: the settings in effect and the translator (the background's latest). */
export function wireWhatsNew(ctx: Context): void {
  context = ctx;
  onWhatsNewChanged(() => void refreshNotice());
  void refreshNotice();
}
