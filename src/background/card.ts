/**
 * Builds the compact card for one vendor (pure): what binds now, the few
 * most notable other items, the vendor's standing response, the KEV figure.
 * Budgets (checked for every vendor by tests): about 1,200 characters and at
 * most 10 tab stops, with the shortcut hint the first cards carry in their
 * footer — so at most CARD.inForce restriction lines (most consequential
 * first, no more than two per jurisdiction), CARD.notable items, one
 * response, with long texts cut at a word boundary (card-budget.ts); the
 * restrictions in force are picked in card-in-force.ts.
 * The reader's card settings apply here, so the tooltip renders what it is
 * given: `cardContent: 'government'` leaves controversies out of the notable
 * items, `showKev: false` the KEV line, and `jurisdictionsFirst` puts those
 * jurisdictions' restrictions first. An organisation's note (managed policy)
 * travels along, labelled as the organisation's.
 */

type CardSettings = Pick<Settings, 'cardContent' | 'showKev' | 'jurisdictionsFirst'>;
import type { Dataset, DatasetVendor, VendorEvent } from '../shared/dataset.ts';
import type { Policy } from '../shared/policy.ts';
import type { Settings } from '../shared/settings.ts';
import { ENDED_STATUSES, isGovernmentAction } from '../shared/kinds.ts';
import type { CardCaveat, CardItem, VendorCard } from '../shared/vendor-card.ts';
import { CARD, clip, sourceOf } from './card-budget.ts';
import { pickInForce } from './card-in-force.ts';

/** Weight of an item for "notable": acts with legal effect and proven incidents before advice and the rest. */
const WEIGHT: Partial<Record<VendorEvent['kind'], number>> = {
  ban: 3,
  'sales-ban': 3,
  list: 3,
  sanction: 3,
  directive: 3,
  'network-removal': 3,
  'export-control': 3,
  court: 3,
  fine: 3,
  charges: 2,
  breach: 2,
  allegation: 2,
  investigation: 1,
  warning: 1,
  outage: 1,
  other: 1,
};

function caveatsOf(e: VendorEvent): CardCaveat[] {
  const out: CardCaveat[] = [];
  if (e.binding === 'reported') out.push({ type: 'reported' });
  if (e.binding === 'advisory' && e.kind !== 'warning') out.push({ type: 'advisory' });
  if (e.covers === 'executives') out.push({ type: 'executives' });
  const st = e.status;
  if (st && ENDED_STATUSES.includes(st.value))
    out.push({ type: 'ended', status: st.value, ...(st.date ? { date: st.date } : {}) });
  else if (st && (st.value === 'appealed' || st.value === 'pending' || st.value === 'proposed'))
    out.push({ type: 'open', status: st.value });
  return out;
}

function pickNotable(v: DatasetVendor, governmentOnly: boolean): CardItem[] {
  const inForce = new Set(v.inForce.map((r) => r.event));
  const candidates = v.events.filter((e) => !inForce.has(e.id) && (!governmentOnly || isGovernmentAction(e)));
  const newest = candidates.slice().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  // The most recent items of weight, then fill with the most recent of the rest.
  const strong = newest.filter((e) => (WEIGHT[e.kind] ?? 1) >= 2);
  const chosen = [...strong, ...newest.filter((e) => !strong.includes(e))].slice(0, CARD.notable);
  return chosen
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((e) => ({
      date: e.date,
      jurisdiction: e.jurisdiction,
      kind: e.kind,
      caveats: isGovernmentAction(e) ? caveatsOf(e) : [],
      summary: clip(e.summary, CARD.summaryChars),
      ...(sourceOf(e) ? { source: sourceOf(e) } : {}),
    }));
}

export function cardOf(v: DatasetVendor, dataset: Dataset, policy?: Policy, s?: CardSettings): VendorCard {
  const { shown, rest } = pickInForce(v, s?.jurisdictionsFirst ?? []);
  const note = policy?.notes[v.id];
  const responses = v.responses.slice().sort((a, b) => (a.date < b.date ? 1 : -1));
  const r = responses.find((x) => x.key) ?? responses[0];
  return {
    id: v.id,
    name: v.name,
    inForce: shown,
    moreInForce: { count: rest.length, jurisdictions: [...new Set(rest.map((x) => x.jurisdiction))] },
    notable: pickNotable(v, s?.cardContent === 'government'),
    ...(r
      ? {
          response: {
            date: r.date,
            summary: clip(r.summary, CARD.responseChars),
            ...(sourceOf(r) ? { source: sourceOf(r) } : {}),
          },
        }
      : {}),
    ...(v.kev && v.kev.count > 0 && s?.showKev !== false
      ? {
          kev: {
            count: v.kev.count,
            ransomware: v.kev.ransomware,
            catalog: (dataset.kevCatalog?.released ?? '').slice(0, 10),
          },
        }
      : {}),
    noGovernmentAction: v.noGovernmentAction ?? false,
    asOf: dataset.asOf,
    ...(note ? { orgNote: { text: note, organisation: policy!.organisation } } : {}),
  };
}
