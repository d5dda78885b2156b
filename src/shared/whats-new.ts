/**
 * "What's new" in the bundled data: a summary of what a user can see of the
 * dataset (its date, its vendors, counts of events and of restrictions in
 * force), the changes between two summaries, and the decisions taken on
 * install, on update and when the user has seen the notice. Pure: the
 * background, popup and welcome page keep the state in storage.local
 * through browser-api.ts.
 */
import type { DatasetMeta } from './dataset.ts';
import { isRecord } from './settings.ts';

export interface DataSummary {
  version: string;
  asOf: string;
  /** Vendor id → name. */
  vendors: Record<string, string>;
  events: number;
  /** Restrictions in force on `asOf`. */
  inForce: number;
  /** Vendors with a binding restriction in force. */
  restricted: number;
}

/** `seen`: the data as the user last saw it; `previous`: what they had seen before that (the welcome page's list). */
export interface WhatsNewState {
  seen: DataSummary;
  previous?: DataSummary;
}

/** A count before and after; the same number twice when it did not change. */
export type Change = readonly [before: number, after: number];

interface VendorName {
  id: string;
  name: string;
}

export interface DataChanges {
  asOf: readonly [before: string, after: string];
  /** Vendors new to the dataset, and those no longer in it, by name. */
  added: VendorName[];
  removed: VendorName[];
  vendors: Change;
  events: Change;
  inForce: Change;
  restricted: Change;
}

export function summaryOf(meta: DatasetMeta): DataSummary {
  return {
    version: meta.version,
    asOf: meta.asOf,
    vendors: { ...meta.names },
    events: meta.events,
    inForce: meta.inForce,
    restricted: Object.keys(meta.bindingIn).length,
  };
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** A summary read back from storage, or null when it is not one (another version's shape, or damaged). */
function parseSummary(raw: unknown): DataSummary | null {
  if (!isRecord(raw) || !isRecord(raw.vendors)) return null;
  const { version, asOf, vendors, events, inForce, restricted } = raw;
  if (typeof version !== 'string' || typeof asOf !== 'string') return null;
  if (!isCount(events) || !isCount(inForce) || !isCount(restricted)) return null;
  if (!Object.values(vendors).every((n) => typeof n === 'string')) return null;
  return { version, asOf, vendors: { ...(vendors as Record<string, string>) }, events, inForce, restricted };
}

export function parseWhatsNew(raw: unknown): WhatsNewState | null {
  const seen = isRecord(raw) ? parseSummary(raw.seen) : null;
  if (!seen) return null;
  const previous = parseSummary((raw as Record<string, unknown>).previous);
  return previous ? { seen, previous } : { seen };
}

/** Vendors of `a` that `b` lacks, by name. */
const missing = (a: Record<string, string>, b: Record<string, string>): VendorName[] =>
  Object.entries(a)
    .filter(([id]) => !Object.hasOwn(b, id))
    .map(([id, name]) => ({ id, name }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en'));

/** What changed that a user can see, or null when nothing did (a new data version alone is not news). */
export function changesBetween(before: DataSummary, after: DataSummary): DataChanges | null {
  const added = missing(after.vendors, before.vendors);
  const removed = missing(before.vendors, after.vendors);
  const count = (k: 'events' | 'inForce' | 'restricted') => [before[k], after[k]] as const;
  const changes: DataChanges = {
    asOf: [before.asOf, after.asOf],
    added,
    removed,
    vendors: [Object.keys(before.vendors).length, Object.keys(after.vendors).length],
    events: count('events'),
    inForce: count('inForce'),
    restricted: count('restricted'),
  };
  const moved = (c: readonly [unknown, unknown]) => c[0] !== c[1];
  const visible =
    added.length > 0 ||
    removed.length > 0 ||
    [changes.asOf, changes.events, changes.inForce, changes.restricted].some(moved);
  return visible ? changes : null;
}

/** On install: the data as it is now counts as seen, so nothing is announced. */
export const installedState = (now: DataSummary): WhatsNewState => ({ seen: now });

/**
 * On update: the state to keep and whether a notice is due. An update from a
 * version that kept no state records today's data silently (what the user saw
 * before is unknown).
 */
export function updatedState(
  state: WhatsNewState | null,
  now: DataSummary,
): { state: WhatsNewState; notice: boolean } {
  if (!state) return { state: installedState(now), notice: false };
  return { state, notice: changesBetween(state.seen, now) !== null };
}

/** Is the notice due (the data changed visibly since the user last saw it)? */
export const noticeDue = (state: WhatsNewState | null, now: DataSummary) =>
  !!state && changesBetween(state.seen, now) !== null;

/**
 * The user has seen the notice (or opened the list): today's data becomes the
 * seen one, and the changes stay listable until the data changes again.
 */
export function seenState(state: WhatsNewState | null, now: DataSummary): WhatsNewState {
  if (!state) return installedState(now);
  if (!noticeDue(state, now)) return state;
  return { seen: now, previous: state.seen };
}

/** The changes the welcome page lists: since what was seen before, or null when there is nothing to list. */
export function changesToList(state: WhatsNewState | null, now: DataSummary): DataChanges | null {
  if (!state) return null;
  return changesBetween(state.previous ?? state.seen, now);
}
