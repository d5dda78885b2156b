/**
 * The restrictions in force a vendor's card shows: binding first, the
 * reader's jurisdictions (`first`) before the rest, then the jurisdiction
 * with most binding restrictions and the newest, the most consequential
 * restriction first within one; at most CARD.inForce lines, no more than
 * CARD.perJurisdiction per jurisdiction, one per jurisdiction and kind of
 * restriction. Those left out are counted on the card.
 */
import type { DatasetVendor } from '../shared/dataset.ts';
import type { Restricts } from '../shared/kinds.ts';
import type { CardRestriction } from '../shared/vendor-card.ts';
import { CARD, clip, sourceOf } from './card-budget.ts';
import { codeUnitOrder } from '../shared/order.ts';

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

export function pickInForce(
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
      codeUnitOrder(a.jurisdiction, b.jurisdiction) ||
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
