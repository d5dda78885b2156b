/**
 * Renders the compact card (src/shared/vendor-card.ts) into the tooltip:
 * in force now, then notable items, then the vendor's own words, then the
 * KEV figure, in the interface language (`t`); the dataset's English text
 * is marked `lang="en"`. Every string from data goes in as text, never as
 * HTML; a source link is rendered only for an https URL.
 */
import { h } from '../shared/dom.ts';
import { hostOf, safeHttpsUrl } from '../shared/format.ts';
import { kindLabel, restrictsList, valueKey, type Translate } from '../shared/i18n.ts';
import type { CardCaveat, CardItem, CardRestriction, CardSource, VendorCard } from '../shared/vendor-card.ts';

type Doc = Document;
const SHOWN_COVERS = new Set(['named-entities', 'executives', 'products']);

/** At most 24 characters, cut after a whole word: what is shown is also what is read out and spoken to pick it. */
function shortName(s: string): string {
  if (s.length <= 24) return s;
  const cut = s.lastIndexOf(' ', 24);
  return `${s.slice(0, cut > 0 ? cut : 23).replace(/[\s,;:(]+$/, '')}…`;
}

/** A link to the source, labelled `label` (default: its publisher, shortened); its name starts with that label. */
function sourceLink(doc: Doc, t: Translate, src: CardSource | undefined, label?: string): Node | null {
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

function restrictionLine(doc: Doc, t: Translate, r: CardRestriction): HTMLElement {
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

function itemLine(doc: Doc, t: Translate, e: CardItem): HTMLElement {
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

export function renderCard(doc: Doc, d: VendorCard, uid: string, t: Translate): Node[] {
  const out: (Node | null)[] = [];
  if (d.orgNote) {
    out.push(
      h(
        doc,
        'p',
        { class: 'org' },
        h(doc, 'strong', {}, t('tipOrgNote', { organisation: d.orgNote.organisation })),
        ' ',
        h(doc, 'span', {}, d.orgNote.text),
      ),
    );
  }
  if (d.inForce.length) {
    const more = d.moreInForce.count
      ? h(
          doc,
          'p',
          { class: 'more' },
          t.plural('tipMoreInForce', d.moreInForce.count, { places: d.moreInForce.jurisdictions.join(', ') }),
        )
      : null;
    out.push(
      h(
        doc,
        'section',
        { class: 'now', 'aria-labelledby': `${uid}-now` },
        h(doc, 'h3', { id: `${uid}-now` }, t('tipInForce')),
        h(doc, 'ul', {}, ...d.inForce.map((r) => restrictionLine(doc, t, r))),
        more,
      ),
    );
  } else {
    out.push(
      h(doc, 'p', { class: 'none' }, t(d.noGovernmentAction ? 'tipNoGovernmentAction' : 'tipNoRestriction')),
    );
  }
  if (d.notable.length) {
    out.push(
      h(
        doc,
        'section',
        { class: 'notable', 'aria-labelledby': `${uid}-notable` },
        h(doc, 'h3', { id: `${uid}-notable` }, t('tipNotable')),
        h(doc, 'ul', {}, ...d.notable.map((e) => itemLine(doc, t, e))),
      ),
    );
  }
  if (d.response) {
    const link = sourceLink(doc, t, d.response.source);
    out.push(
      h(
        doc,
        'p',
        { class: 'says' },
        h(doc, 'strong', {}, t('tipSays', { name: d.name, date: t.date(d.response.date) })),
        ' ',
        h(doc, 'span', { lang: 'en' }, d.response.summary),
        link ? ' ' : null,
        link,
      ),
    );
  }
  if (d.kev) {
    out.push(
      h(
        doc,
        'p',
        { class: 'kev' },
        t.plural('tipKev', d.kev.count),
        d.kev.ransomware ? ' ' : null,
        d.kev.ransomware ? t('tipKevRansomware', { count: t.number(d.kev.ransomware) }) : null,
        d.kev.catalog ? ' · ' : null,
        d.kev.catalog ? t('tipKevCatalog', { date: t.date(d.kev.catalog) }) : null,
      ),
    );
  }
  return out.filter((n): n is Node => !!n);
}

/** The short announcement for screen readers when the card fills in. */
export function announcement(d: VendorCard, t: Translate): string {
  const n = d.inForce.length + d.moreInForce.count;
  return n ? t.plural('tipAnnounce', n, { name: d.name }) : t('tipAnnounceNone', { name: d.name });
}
