/**
 * Builds the compact card for one vendor (pure): what binds now, the few
 * most notable other items, the vendor's standing response, the KEV figure.
 * Budgets (checked for every vendor by tests): about 1,200 characters and at
 * most 10 tab stops, with the shortcut hint the first cards carry in their
 * footer — so at most CARD.inForce restriction lines (most consequential
 * first, no more than two per jurisdiction), CARD.notable items, one
 * response, with long texts cut at a word boundary.
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
import { ENDED_STATUSES, isGovernmentAction, type Restricts } from '../shared/kinds.ts';
import type { CardCaveat, CardItem, CardRestriction, CardSource, VendorCard } from '../shared/vendor-card.ts';

const CARD = {
  inForce: 3,
  perJurisdiction: 2,
  notable: 3,
  summaryChars: 74,
  scopeChars: 50,
  responseChars: 100,
  authorityChars: 46,
} as const;

/** Most consequential first. */
const RESTRICT_RANK: Restricts[] = [
  'sale',
  'import-authorization',
  'government-use',
  'government-procurement',
  'network-removal',
  'defense-procurement',
  'investment',
  'transactions',
  'exports-to-vendor',
  'subsidies',
  'data-processing',
  'operations',
  'other',
];
const rank = (r: Restricts[]) => Math.min(...r.map((x) => RESTRICT_RANK.indexOf(x)));
const BINDING_RANK = { binding: 0, advisory: 1, reported: 2 } as const;

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

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

function sourceOf(e: { sources: VendorEvent['sources'] }): CardSource | undefined {
  const s = e.sources[0];
  return s ? { url: s.url, publisher: s.publisher, title: s.title } : undefined;
}

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

function pickInForce(
  v: DatasetVendor,
  first: readonly string[],
): { shown: CardRestriction[]; rest: CardRestriction[] } {
  const byEvent = new Map(v.events.map((e) => [e.id, e]));
  const all: CardRestriction[] = v.inForce.map((r) => {
    const e = byEvent.get(r.event);
    return {
      jurisdiction: r.jurisdiction,
      restricts: r.restricts,
      covers: r.covers,
      since: r.since,
      binding: r.binding,
      authority: clip(r.authority, CARD.authorityChars),
      ...(r.scope ? { scope: clip(r.scope, CARD.scopeChars) } : {}),
      ...(e && sourceOf(e) ? { source: sourceOf(e) } : {}),
    };
  });
  // The jurisdiction with most binding restrictions first (ties: the newest), then within one
  // jurisdiction binding before advisory before reported, the most consequential, the newest.
  const weight = new Map<string, number>();
  for (const r of all)
    if (r.binding === 'binding') weight.set(r.jurisdiction, (weight.get(r.jurisdiction) ?? 0) + 1);
  const newest = new Map<string, string>();
  for (const r of all) if (r.since > (newest.get(r.jurisdiction) ?? '')) newest.set(r.jurisdiction, r.since);
  const interest = (j: string) => (first.includes(j) ? first.indexOf(j) : first.length);
  all.sort(
    (a, b) =>
      BINDING_RANK[a.binding] - BINDING_RANK[b.binding] ||
      interest(a.jurisdiction) - interest(b.jurisdiction) ||
      (weight.get(b.jurisdiction) ?? 0) - (weight.get(a.jurisdiction) ?? 0) ||
      (newest.get(b.jurisdiction)! > newest.get(a.jurisdiction)!
        ? 1
        : newest.get(b.jurisdiction)! < newest.get(a.jurisdiction)!
          ? -1
          : 0) ||
      a.jurisdiction.localeCompare(b.jurisdiction) ||
      rank(a.restricts) - rank(b.restricts) ||
      (a.since < b.since ? 1 : -1),
  );
  const shown: CardRestriction[] = [];
  const rest: CardRestriction[] = [];
  const per = new Map<string, number>();
  const said = new Set<string>(); // one line per jurisdiction and kind of restriction (e.g. §889's two parts)
  for (const r of all) {
    const n = per.get(r.jurisdiction) ?? 0;
    const key = `${r.jurisdiction} ${r.restricts.join()}`;
    if (shown.length < CARD.inForce && n < CARD.perJurisdiction && !said.has(key)) {
      said.add(key);
      shown.push(r);
      per.set(r.jurisdiction, n + 1);
    } else rest.push(r);
  }
  return { shown, rest };
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
