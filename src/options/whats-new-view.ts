/**
 * The welcome page's "what's new" section (welcome.html#whats-new, linked
 * from the popup's notice): what changed in the bundled data since the user
 * last saw it — the as-of date, vendors added (linked to their profiles) or
 * removed, and counts before → after. Opening it counts as seen.
 */
import { meta } from '../shared/bundled-meta.ts';
import { profileUrl } from '../shared/browser-api.ts';
import { readWhatsNew, writeWhatsNew } from '../shared/settings-store.ts';
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import { changesToList, seenState, summaryOf, type Change, type DataChanges } from '../shared/whats-new.ts';

function items(doc: Document, t: Translate, c: DataChanges): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (c.asOf[0] !== c.asOf[1])
    out.push(h(doc, 'li', {}, t('whatsNewAsOf', { before: t.date(c.asOf[0]), after: t.date(c.asOf[1]) })));
  const names = (list: DataChanges['added'], link: boolean) =>
    h(
      doc,
      'ul',
      { lang: 'en' },
      ...list.map((v) => h(doc, 'li', {}, link ? h(doc, 'a', { href: profileUrl(v.id) }, v.name) : v.name)),
    );
  if (c.added.length)
    out.push(h(doc, 'li', {}, t.plural('whatsNewAdded', c.added.length), names(c.added, true)));
  if (c.removed.length)
    out.push(h(doc, 'li', {}, t.plural('whatsNewRemoved', c.removed.length), names(c.removed, false)));
  const count = (key: string, [before, after]: Change) => {
    if (before !== after)
      out.push(h(doc, 'li', {}, t(key, { before: t.number(before), after: t.number(after) })));
  };
  count('whatsNewVendors', c.vendors);
  count('whatsNewInForce', c.inForce);
  count('whatsNewRestricted', c.restricted);
  count('whatsNewEvents', c.events);
  return out;
}

export async function renderWhatsNew(doc: Document, t: Translate): Promise<void> {
  const now = summaryOf(meta);
  const state = seenState(await readWhatsNew(), now);
  await writeWhatsNew(state);
  const changes = changesToList(state, now);
  const list = doc.getElementById('whats-new-list')!;
  list.replaceChildren(...(changes ? items(doc, t, changes) : [h(doc, 'li', {}, t('whatsNewNothing'))]));
  doc.getElementById('whats-new')!.hidden = false;
}
