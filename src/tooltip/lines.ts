/**
 * One line of the card (render.ts): a restriction in force or a notable
 * item, with its jurisdiction (shown short, read in full), its chips
 * (binding, coverage, kind, caveats) and its source link. Strings from data
 * go in as text; a source link is rendered only for an https URL.
 */
import { h } from '../shared/dom.ts';
import { hostOf, safeHttpsUrl } from '../shared/format.ts';
import { kindLabel, restrictsList, valueKey, type Translate } from '../shared/i18n.ts';
import type { CardCaveat, CardItem, CardRestriction, CardSource } from '../shared/vendor-card.ts';

type Doc = Document;
const SHOWN_COVERS = new Set(['named-entities', 'executives', 'products']);

/** At most 24 characters, cut after a whole word: what is shown is also what is read out and spoken to pick it. */
function shortName(s: string): string {
  if (s.length <= 24) return s;
  const cut = s.lastIndexOf(' ', 24);
  return `${s.slice(0, cut > 0 ? cut : 23).replace(/[\s,;:(]+$/, '')}…`;
}

/** A link to the source, labelled `label` (default: its publisher, shortened); its name starts with that label. */
export function sourceLink(doc: Doc, t: Translate, src: CardSource | undefined, label?: string): Node | null {
  const url = src && safeHttpsUrl(src.url);
  if (!src || !url) return label ? h(doc, 'span', { lang: 'en' }, label) : null;
  const vars = { label: label ?? '', publisher: src.publisher, title: src.title, host: hostOf(url) };
  const name = label && label !== src.publisher ? t('tipSourceOf', vars) : t('tipSource', vars);
  return h(
    doc,
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', lang: 'en', 'aria-label': name },
    label ?? shortName(src.publisher),
    h(doc, 'span', { 'aria-hidden': 'true' }, ' ↗'),
  );
}

/** A jurisdiction code shown short, read in full. */
function place(doc: Doc, t: Translate, code: string): Node[] {
  return [
    h(doc, 'span', { class: 'jur', 'aria-hidden': 'true' }, code),
    h(doc, 'span', { class: 'sr' }, `${t.region(code)}: `),
  ];
}

const chip = (doc: Doc, text: string, cls = '') => h(doc, 'span', { class: `chip ${cls}`.trim() }, text);

function caveatText(t: Translate, c: CardCaveat): string {
  switch (c.type) {
    case 'reported':
      return t('binding_reported');
    case 'advisory':
      return t('binding_advisory');
    case 'executives':
      return t('covers_executives');
    case 'ended':
      return c.date
        ? t('caveatEnded', { status: t(valueKey('status', c.status)), date: t.date(c.date) })
        : t(valueKey('status', c.status));
    case 'open':
      return t(valueKey('status', c.status));
  }
}

export function restrictionLine(doc: Doc, t: Translate, r: CardRestriction): HTMLElement {
  const link = sourceLink(doc, t, r.source, r.authority);
  return h(
    doc,
    'li',
    { class: `r ${r.binding}` },
    ...place(doc, t, r.jurisdiction),
    h(doc, 'span', { class: 'what' }, restrictsList(t, r.restricts)),
    r.scope ? h(doc, 'span', { class: 'scope', lang: 'en' }, ` — ${r.scope}`) : null,
    h(
      doc,
      'div',
      { class: 'meta' },
      t('tipSince', { date: t.date(r.since) }),
      ' · ',
      chip(doc, t(valueKey('binding', r.binding)), r.binding),
      SHOWN_COVERS.has(r.covers) ? chip(doc, t(valueKey('covers', r.covers))) : null,
      link ? ' · ' : null,
      link,
    ),
  );
}

export function itemLine(doc: Doc, t: Translate, e: CardItem): HTMLElement {
  const link = sourceLink(doc, t, e.source);
  return h(
    doc,
    'li',
    {},
    h(
      doc,
      'div',
      { class: 'meta' },
      t.date(e.date),
      ' · ',
      ...place(doc, t, e.jurisdiction),
      ' · ',
      chip(doc, kindLabel(t, e.kind), 'kind'),
      ...e.caveats.map((c) => chip(doc, caveatText(t, c), 'caveat')),
    ),
    h(doc, 'span', { lang: 'en' }, e.summary),
    link ? ' ' : null,
    link,
  );
}
