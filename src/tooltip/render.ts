/**
 * Renders the compact card (src/shared/vendor-card.ts) into the tooltip:
 * in force now, then notable items, then the vendor's own words, then the
 * KEV figure, in the interface language (`t`); the dataset's English text
 * is marked `lang="en"`. Every string from data goes in as text, never as
 * HTML. Its lines (a restriction, an item, a source link) are in lines.ts.
 */
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import type { VendorCard } from '../shared/vendor-card.ts';
import { itemLine, restrictionLine, sourceLink } from './lines.ts';

type Doc = Document;

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
