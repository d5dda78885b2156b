/** Display helpers shared by the tooltip, the popup and the profile pages (pure). */
import type { Binding, Covers, EventKind, Restricts } from './kinds.ts';

/** Newest first; ties keep their order. */
export const compareEventsDesc = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0;

export const KIND_LABEL: Record<EventKind, string> = {
  ban: 'Ban',
  'sales-ban': 'Sales ban',
  list: 'Listed',
  sanction: 'Sanction',
  directive: 'Directive',
  'network-removal': 'Network removal',
  'export-control': 'Export control',
  warning: 'Warning',
  fine: 'Fine',
  court: 'Court ruling',
  charges: 'Charges',
  investigation: 'Investigation',
  breach: 'Breach',
  allegation: 'Allegation',
  outage: 'Outage',
  other: 'Other',
};

const REGION = new Map<string, string>([
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  ['INT', 'International'],
]);

/** "US" → "United States" (via Intl where available), EU/UN/INT by name. */
export function jurisdictionName(code: string): string {
  const known = REGION.get(code);
  if (known) return known;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-09-13" → "13 Sep 2017"; "2017-07" → "Jul 2017". */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  const mon = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${mon} ${y}` : `${mon} ${y}`;
}

/** Only https links to public host names are ever rendered (the rule: source-url.ts). */
export { safeSourceUrl as safeHttpsUrl } from './source-url.ts';

export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What a restriction bars, as a noun phrase ("Government use"). */
export const RESTRICT_LABEL: Record<Restricts, string> = {
  'government-use': 'Government use',
  'government-procurement': 'Government procurement',
  'defense-procurement': 'Defense procurement',
  sale: 'Sales',
  'import-authorization': 'New equipment authorizations',
  'network-removal': 'Removal from networks',
  subsidies: 'Public subsidies',
  'exports-to-vendor': 'Exports to it (licence needed)',
  investment: 'Investment',
  transactions: 'Transactions (sanctions)',
  'data-processing': 'Data processing',
  operations: 'Operations',
  other: 'Other restriction',
};

export const BINDING_LABEL: Record<Binding, string> = {
  binding: 'binding',
  advisory: 'advisory',
  reported: 'press report',
};

/** Whom it covers, where it is not simply the company. */
export const COVERS_NOTE: Partial<Record<Covers, string>> = {
  'named-entities': 'named entities',
  executives: 'executives, not the company',
  products: 'named products',
};
