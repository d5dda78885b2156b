/**
 * The profile's answer first: every restriction in force as of the dataset's
 * date (jurisdiction, what, scope, since, binding or advisory, whom it
 * covers, authority, source), then those that ended and how. Computed at
 * build time (src/data/in-force.ts); this only renders it, in the interface
 * language, with the dataset's English marked as such.
 */
import type { DatasetVendor } from '../shared/dataset.ts';
import { h } from '../shared/dom.ts';
import { safeHttpsUrl } from '../shared/format.ts';
import { restrictsList, valueKey, type Translate } from '../shared/i18n.ts';
import { englishText } from '../shared/localise.ts';

type Line = DatasetVendor['inForce'][number] & { ended?: { value: string; date?: string } };
const SHOWN_COVERS = new Set(['named-entities', 'executives', 'products', 'company-and-affiliates']);

function line(doc: Document, t: Translate, v: DatasetVendor, r: Line): HTMLElement {
  const e = v.events.find((x) => x.id === r.event);
  const src = e?.sources[0];
  const url = src && safeHttpsUrl(src.url);
  return h(
    doc,
    'li',
    { class: `restriction ${r.binding}`, 'data-jurisdiction': r.jurisdiction },
    h(doc, 'strong', {}, t.region(r.jurisdiction), ': '),
    restrictsList(t, r.restricts),
    r.scope ? ' — ' : null,
    r.scope ? englishText(doc, r.scope) : null,
    h(
      doc,
      'div',
      { class: 'muted' },
      t('tipSince', { date: t.date(r.since) }),
      ' · ',
      t(valueKey('binding', r.binding)),
      SHOWN_COVERS.has(r.covers) ? ' · ' : null,
      SHOWN_COVERS.has(r.covers) ? t(valueKey('covers', r.covers)) : null,
      r.ended ? ' · ' : null,
      r.ended
        ? t('profileEnded', {
            status: t(valueKey('status', r.ended.value)),
            date: r.ended.date ? t.date(r.ended.date) : '',
          })
        : null,
      ' · ',
      englishText(doc, r.authority),
      url ? ' · ' : null,
      url
        ? h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer', lang: 'en' }, src.publisher)
        : null,
    ),
  );
}

export function renderInForce(doc: Document, t: Translate, v: DatasetVendor, asOf: string): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'in-force', 'aria-labelledby': 'in-force-title' },
    h(
      doc,
      'h2',
      { id: 'in-force-title' },
      t('profileInForce', { date: t.date(asOf), count: t.number(v.inForce.length) }),
    ),
    v.inForce.length
      ? h(doc, 'ul', {}, ...v.inForce.map((r) => line(doc, t, v, r)))
      : h(doc, 'p', {}, t('tipNoRestriction')),
    v.history.length ? h(doc, 'h2', {}, t('profileEndedTitle', { count: t.number(v.history.length) })) : null,
    v.history.length ? h(doc, 'ul', { class: 'ended' }, ...v.history.map((r) => line(doc, t, v, r))) : null,
  );
}

/** Jurisdictions where some restriction of a vendor binds now (for the browser's filter). */
export const inForceJurisdictions = (v: DatasetVendor) => new Set(v.inForce.map((r) => r.jurisdiction));
