/** The popup's lists: vendors found on the page (with mute and undo) and look-up results. */
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { meta } from '../shared/bundled-meta.ts';
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import type { StatusReply } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';

const nameOf = new Map(vocabulary.ids.map((id, i) => [id, vocabulary.names[i]!]));

interface RowActions {
  reveal(id: string): void;
  /** Mutes the vendor, or unmutes it when muted (decided on the current settings, not the row's). */
  toggleMute(id: string): void;
}

/** Each row: the vendor, its mentions, and one line on what binds it (jurisdictions with a binding restriction in force). */
export function renderFound(
  doc: Document,
  t: Translate,
  reply: StatusReply | null,
  s: Pick<Settings, 'muted'>,
  act: RowActions,
): void {
  const list = doc.getElementById('found')!;
  const empty = doc.getElementById('empty')!;
  list.replaceChildren();
  const note = !reply
    ? t('popupNotRunning')
    : !reply.active
      ? t('popupOffHere')
      : !reply.vendors.length
        ? t('popupNoneFound')
        : '';
  empty.hidden = !note;
  empty.textContent = note;
  if (note || !reply) return;
  const muted = new Set(s.muted);
  for (const v of reply.vendors) {
    const isMuted = muted.has(v.id);
    const go = h(
      doc,
      'button',
      { type: 'button', class: 'row', 'data-vendor': v.id },
      h(doc, 'span', { class: 'name' }, v.name),
      h(doc, 'span', { class: 'count' }, t.plural('mentionCount', v.count)),
      h(
        doc,
        'span',
        { class: 'in-force' },
        meta.bindingIn[v.id]
          ? t('popupInForce', { places: meta.bindingIn[v.id]!.join(', ') })
          : t('popupNoInForce'),
      ),
    );
    go.title = t('popupRevealTitle', { vendor: v.name });
    go.addEventListener('click', () => act.reveal(v.id));
    const mute = h(
      doc,
      'button',
      { type: 'button', class: 'link small', 'data-mute': v.id, 'aria-pressed': String(isMuted) },
      isMuted ? t('popupUnmute') : t('popupMute'),
    );
    mute.setAttribute('aria-label', t(isMuted ? 'popupUnmuteLabel' : 'popupMuteLabel', { vendor: v.name }));
    mute.addEventListener('click', () => act.toggleMute(v.id));
    list.append(h(doc, 'li', { class: isMuted ? 'muted' : '' }, go, mute));
  }
}

export function renderResults(
  doc: Document,
  t: Translate,
  ids: string[],
  open: (id: string) => unknown,
): void {
  const list = doc.getElementById('results')!;
  const q = (doc.getElementById('search') as HTMLInputElement).value.trim();
  list.replaceChildren(
    ...ids.map((id) => {
      const b = h(doc, 'button', { type: 'button', class: 'row', 'data-result': id }, nameOf.get(id) ?? id);
      b.addEventListener('click', () => void open(id));
      return h(doc, 'li', {}, b);
    }),
  );
  if (q && !ids.length) list.append(h(doc, 'li', { class: 'note' }, t('popupNoResult', { query: q })));
}
