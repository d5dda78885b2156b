/**
 * The profile's answer first: every restriction in force as of the dataset's
 * date (jurisdiction, what, scope, since, binding or advisory, authority,
 * source), then those that ended and how. Computed at build time
 * (src/data/in-force.ts); this only renders it.
 */
import type { DatasetVendor } from '../shared/dataset.ts';
import { h } from '../shared/dom.ts';
import {
  BINDING_LABEL,
  COVERS_NOTE,
  displayDate,
  jurisdictionName,
  RESTRICT_LABEL,
  safeHttpsUrl,
} from '../shared/format.ts';

type Line = DatasetVendor['inForce'][number] & { ended?: { value: string; date?: string } };

function line(doc: Document, v: DatasetVendor, r: Line): HTMLElement {
  const e = v.events.find((x) => x.id === r.event);
  const src = e?.sources[0];
  const url = src && safeHttpsUrl(src.url);
  const covers = COVERS_NOTE[r.covers];
  return h(
    doc,
    'li',
    { class: `restriction ${r.binding}`, 'data-jurisdiction': r.jurisdiction },
    h(doc, 'strong', {}, `${jurisdictionName(r.jurisdiction)}: `),
    r.restricts.map((x, i) => (i ? RESTRICT_LABEL[x].toLowerCase() : RESTRICT_LABEL[x])).join(', '),
    r.scope ? ` — ${r.scope}` : '',
    h(
      doc,
      'div',
      { class: 'muted' },
      `since ${displayDate(r.since)} · ${BINDING_LABEL[r.binding]}${covers ? ` · ${covers}` : ''}` +
        (r.ended ? ` · ended: ${r.ended.value}${r.ended.date ? ` ${displayDate(r.ended.date)}` : ''}` : '') +
        ` · ${r.authority}`,
      url ? ' · ' : '',
      url ? h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, src.publisher) : '',
    ),
  );
}

export function renderInForce(doc: Document, v: DatasetVendor, asOf: string): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'in-force', 'aria-labelledby': 'in-force-title' },
    h(doc, 'h3', { id: 'in-force-title' }, `In force on ${displayDate(asOf)} (${v.inForce.length})`),
    v.inForce.length
      ? h(doc, 'ul', {}, ...v.inForce.map((r) => line(doc, v, r)))
      : h(doc, 'p', {}, 'No restriction in force in the dataset.'),
    v.history.length ? h(doc, 'h3', {}, `No longer in force (${v.history.length})`) : null,
    v.history.length ? h(doc, 'ul', { class: 'ended' }, ...v.history.map((r) => line(doc, v, r))) : null,
  );
}

/** Jurisdictions where some restriction of a vendor binds now (for the browser's filter). */
export const inForceJurisdictions = (v: DatasetVendor) => new Set(v.inForce.map((r) => r.jurisdiction));
