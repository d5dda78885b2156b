/**
 * The popup's "what's new" notice: shown once, the first time the popup opens
 * after the bundled data changed in a way the user can see; showing it counts
 * as seen (the badge's "new" goes). Its link opens the list of changes on the
 * welcome page.
 */
import { meta } from '../shared/bundled-meta.ts';
import { welcomeUrl } from '../shared/browser-api.ts';
import { readWhatsNew, writeWhatsNew } from '../shared/settings-store.ts';
import type { Translate } from '../shared/i18n.ts';
import { noticeDue, seenState, summaryOf } from '../shared/whats-new.ts';

export async function showWhatsNew(doc: Document, t: Translate, open: (url: string) => void): Promise<void> {
  const now = summaryOf(meta);
  const state = await readWhatsNew();
  if (!noticeDue(state, now)) return;
  doc.getElementById('whats-new-text')!.textContent = t('popupWhatsNew', { date: t.date(now.asOf) });
  doc.getElementById('whats-new-link')!.addEventListener('click', () => open(welcomeUrl('#whats-new')));
  doc.getElementById('whats-new')!.hidden = false;
  await writeWhatsNew(seenState(state, now));
}
