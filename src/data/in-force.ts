/**
 * What binds today: from a vendor's government actions, the restrictions in
 * force on a given date (the dataset's as-of date) and the history of those
 * that ended. Pure: used at build time, by `data:export` and by the tests.
 *
 * Rules (conservative: never claim more than the record supports):
 * - Only government actions that restrict something (`restricts` not empty).
 * - Executives-only actions (`covers: executives`) are never a restriction of
 *   the company: they stay in the history of notable actions, not here.
 * - Effective from `effectiveDate` (else `date`); a month-only date counts as
 *   reached only once that month is over.
 * - Not in force when its status is `proposed`, or one of the ended statuses
 *   (lifted, revoked, overturned, superseded, dismissed, retired, expired)
 *   dated on or before the as-of date (an undated one has ended); a
 *   month-only status date counts from the first of its month.
 * - Binding first, then advisory, then reported; newest first within each.
 */
import {
  ENDED_STATUSES,
  isGovernmentAction,
  type Binding,
  type Covers,
  type Restricts,
} from '../shared/kinds.ts';
import type { VendorEvent } from './schema.ts';

export interface Restriction {
  /** The event's id (stable within the vendor). */
  event: string;
  jurisdiction: string;
  restricts: Restricts[];
  covers: Covers;
  scope?: string;
  /** When it took effect (the effective date, else the date of the act). */
  since: string;
  binding: Binding;
  authority: string;
}

export interface EndedRestriction extends Restriction {
  /** The status that ended it and when. */
  ended: { value: string; date?: string };
}

const lastDayOfMonth = (ym: string) => {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
/** Reached on `asOf`? A month-only date is reached after its last day. */
const reached = (date: string, asOf: string) =>
  date.length === 7 ? lastDayOfMonth(date) < asOf : date <= asOf;
/** Passed by `asOf`? A month-only date has passed from its first day. */
const passed = (date: string, asOf: string) => (date.length === 7 ? `${date}-01` <= asOf : date <= asOf);

const ORDER: Record<Binding, number> = { binding: 0, advisory: 1, reported: 2 };

function toRestriction(e: VendorEvent): Restriction {
  return {
    event: e.id,
    jurisdiction: e.jurisdiction,
    restricts: e.restricts ?? [],
    covers: e.covers ?? 'company',
    ...(e.scope ? { scope: e.scope } : {}),
    since: e.effectiveDate ?? e.date,
    binding: e.binding ?? 'binding',
    authority: e.authority,
  };
}

function isRestriction(e: VendorEvent): boolean {
  return isGovernmentAction(e) && (e.restricts?.length ?? 0) > 0 && e.covers !== 'executives';
}

export function restrictionsOn(
  events: readonly VendorEvent[],
  asOf: string,
): { inForce: Restriction[]; history: EndedRestriction[] } {
  const inForce: Restriction[] = [];
  const history: EndedRestriction[] = [];
  for (const e of events) {
    if (!isRestriction(e)) continue;
    const r = toRestriction(e);
    const status = e.status;
    if (status && ENDED_STATUSES.includes(status.value) && (!status.date || passed(status.date, asOf))) {
      history.push({ ...r, ended: { value: status.value, ...(status.date ? { date: status.date } : {}) } });
    } else if (status?.value !== 'proposed' && reached(r.since, asOf)) {
      inForce.push(r);
    }
  }
  inForce.sort(
    (a, b) => ORDER[a.binding] - ORDER[b.binding] || (a.since < b.since ? 1 : a.since > b.since ? -1 : 0),
  );
  history.sort((a, b) => ((a.ended.date ?? a.since) < (b.ended.date ?? b.since) ? 1 : -1));
  return { inForce, history };
}
