/**
 * Renders the compact card (src/shared/vendor-card.ts) into the tooltip:
 * in force now, then notable items, then the vendor's own words, then the
 * KEV figure. Every string from data goes in as text, never as HTML; a source
 * link is rendered only for an https URL.
 */
import { h } from '../shared/dom.ts';
import {
  BINDING_LABEL,
  COVERS_NOTE,
  displayDate,
  hostOf,
  jurisdictionName,
  KIND_LABEL,
  RESTRICT_LABEL,
  safeHttpsUrl,
} from '../shared/format.ts';
import type { CardCaveat, CardItem, CardRestriction, CardSource, VendorCard } from '../shared/vendor-card.ts';

type Doc = Document;

/** A link to the source, labelled `label` (default: its publisher, shortened). */
function sourceLink(doc: Doc, src: CardSource | undefined, label?: string): Node | null {
  const url = src && safeHttpsUrl(src.url);
  if (!src || !url) return label ? doc.createTextNode(label) : null;
  const short = label ?? (src.publisher.length > 24 ? `${src.publisher.slice(0, 23)}…` : src.publisher);
  return h(
    doc,
    'a',
    {
      href: url,
      target: '_blank',
      rel: 'noopener noreferrer',
      'aria-label': `Source: ${src.publisher}, ${src.title} (${hostOf(url)})`,
    },
    `${short} ↗`,
  );
}

/** A jurisdiction code shown short, read in full. */
function place(doc: Doc, code: string): Node[] {
  return [
    h(doc, 'span', { class: 'jur', 'aria-hidden': 'true' }, code),
    h(doc, 'span', { class: 'sr' }, `${jurisdictionName(code)}: `),
  ];
}

const chip = (doc: Doc, text: string, cls = '') => h(doc, 'span', { class: `chip ${cls}`.trim() }, text);

function caveatText(c: CardCaveat): string {
  switch (c.type) {
    case 'reported':
      return 'press report';
    case 'advisory':
      return 'advisory';
    case 'executives':
      return 'executives, not the company';
    case 'ended':
      return `${c.status}${c.date ? ` ${displayDate(c.date)}` : ''}`;
    case 'open':
      return c.status === 'appealed' ? 'under appeal' : c.status;
  }
}

function restrictionLine(doc: Doc, r: CardRestriction): HTMLElement {
  const what = r.restricts
    .map((x, i) => (i ? RESTRICT_LABEL[x].toLowerCase() : RESTRICT_LABEL[x]))
    .join(', ');
  const covers = COVERS_NOTE[r.covers];
  const link = sourceLink(doc, r.source, r.authority);
  return h(
    doc,
    'li',
    { class: `r ${r.binding}` },
    ...place(doc, r.jurisdiction),
    h(doc, 'span', { class: 'what' }, what),
    r.scope ? h(doc, 'span', { class: 'scope', lang: 'en' }, ` — ${r.scope}`) : null,
    h(
      doc,
      'div',
      { class: 'meta' },
      `since ${displayDate(r.since)} · `,
      chip(doc, BINDING_LABEL[r.binding], r.binding),
      covers ? chip(doc, covers) : null,
      link ? ' · ' : null,
      link,
    ),
  );
}

function itemLine(doc: Doc, e: CardItem): HTMLElement {
  const link = sourceLink(doc, e.source);
  return h(
    doc,
    'li',
    {},
    h(
      doc,
      'div',
      { class: 'meta' },
      `${displayDate(e.date)} · `,
      ...place(doc, e.jurisdiction),
      ' · ',
      chip(doc, KIND_LABEL[e.kind], 'kind'),
      ...e.caveats.map((c) => chip(doc, caveatText(c), 'caveat')),
    ),
    h(doc, 'span', { lang: 'en' }, e.summary),
    link ? ' ' : null,
    link,
  );
}

export function renderCard(doc: Doc, d: VendorCard, uid: string): Node[] {
  const out: (Node | null)[] = [];
  if (d.inForce.length) {
    const more = d.moreInForce.count
      ? h(
          doc,
          'p',
          { class: 'more' },
          `+ ${d.moreInForce.count} more in force (${d.moreInForce.jurisdictions.join(', ')}) in the full profile`,
        )
      : null;
    out.push(
      h(
        doc,
        'section',
        { class: 'now', 'aria-labelledby': `${uid}-now` },
        h(doc, 'h3', { id: `${uid}-now` }, 'In force now'),
        h(doc, 'ul', {}, ...d.inForce.map((r) => restrictionLine(doc, r))),
        more,
      ),
    );
  } else {
    out.push(
      h(
        doc,
        'p',
        { class: 'none' },
        d.noGovernmentAction
          ? 'No government action found in the dataset.'
          : 'No restriction in force in the dataset.',
      ),
    );
  }
  if (d.notable.length) {
    out.push(
      h(
        doc,
        'section',
        { class: 'notable', 'aria-labelledby': `${uid}-notable` },
        h(doc, 'h3', { id: `${uid}-notable` }, 'Notable'),
        h(doc, 'ul', {}, ...d.notable.map((e) => itemLine(doc, e))),
      ),
    );
  }
  if (d.response) {
    const link = sourceLink(doc, d.response.source);
    out.push(
      h(
        doc,
        'p',
        { class: 'says' },
        h(doc, 'strong', {}, `${d.name} says `),
        h(doc, 'span', { class: 'meta' }, `(${displayDate(d.response.date)}): `),
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
        `${d.kev.count} ${d.kev.count === 1 ? 'vulnerability' : 'vulnerabilities'} in CISA's Known Exploited catalog` +
          (d.kev.ransomware ? ` (${d.kev.ransomware} used in ransomware)` : '') +
          (d.kev.catalog ? ` · catalog of ${displayDate(d.kev.catalog)}` : ''),
      ),
    );
  }
  return out.filter((n): n is Node => !!n);
}

/** The short announcement for screen readers when the card fills in. */
export function announcement(d: VendorCard): string {
  const n = d.inForce.length + d.moreInForce.count;
  if (n) return `${d.name}: ${n} ${n === 1 ? 'restriction' : 'restrictions'} in force.`;
  return `${d.name}: no restriction in force.`;
}
