/**
 * The compact card a tooltip shows for one vendor, as the background builds
 * it (src/background/card.ts): the answer first (restrictions in force), a
 * few notable items, the vendor's own words, the KEV figure. Everything is
 * already chosen and trimmed; the tooltip only renders it.
 */
import type { Formatted } from './i18n.ts';
import type { Binding, Covers, EventKind, Restricts } from './kinds.ts';

export interface CardSource {
  url: string;
  publisher: string;
  title: string;
}

export interface CardRestriction {
  jurisdiction: string;
  restricts: Restricts[];
  covers: Covers;
  scope?: string;
  since: string;
  binding: Binding;
  authority: string;
  source?: CardSource;
}

export interface CardItem {
  date: string;
  jurisdiction: string;
  kind: EventKind;
  /** Caveats the badge must carry: "press report", "advisory", "executives, not the company", "retired 8 Jan 2026"… as codes. */
  caveats: CardCaveat[];
  summary: string;
  source?: CardSource;
}

export type CardCaveat =
  | { type: 'reported' }
  | { type: 'advisory' }
  | { type: 'executives' }
  | { type: 'ended'; status: string; date?: string }
  | { type: 'open'; status: string };

export interface VendorCard {
  id: string;
  name: string;
  /** Restrictions in force as of `asOf`, the most consequential first (at most a few). */
  inForce: CardRestriction[];
  /** How many more are in force, and where. */
  moreInForce: { count: number; jurisdictions: string[] };
  notable: CardItem[];
  response?: { date: string; summary: string; source?: CardSource };
  kev?: { count: number; ransomware: number; catalog: string };
  noGovernmentAction: boolean;
  asOf: string;
  /** The organisation's own note on this vendor (managed policy), and who wrote it; not the dataset's. */
  orgNote?: { text: string; organisation: string };
  /** The card's dates, region names and counts already formatted in the interface language (cardValues). */
  formatted?: Formatted;
}

/** What the tooltip formats of a card: its dates, the regions it names in full, its counts. */
export function cardValues(c: VendorCard): { dates: string[]; regions: string[]; counts: number[] } {
  const dates = [c.asOf, ...c.inForce.map((r) => r.since), ...c.notable.map((e) => e.date)];
  for (const e of c.notable)
    for (const cv of e.caveats) if (cv.type === 'ended' && cv.date) dates.push(cv.date);
  if (c.response) dates.push(c.response.date);
  if (c.kev?.catalog) dates.push(c.kev.catalog);
  const counts = [c.moreInForce.count, c.inForce.length + c.moreInForce.count];
  if (c.kev) counts.push(c.kev.count, c.kev.ransomware);
  return {
    dates,
    regions: [...c.inForce.map((r) => r.jurisdiction), ...c.notable.map((e) => e.jurisdiction)],
    counts,
  };
}
