/**
 * A headline never claims more than the vendor's records back: every year
 * it names is the year of one of its events (date, effective date or status
 * date) or responses, and every jurisdiction it names (a code such as "US",
 * "LT", or a country's name) is the jurisdiction of one of its events.
 */
import { describe, expect, it } from 'vitest';
import { loadVendors } from '../../src/data/load.ts';

const NAMES: Record<string, string> = {
  US: 'US',
  UK: 'GB',
  EU: 'EU',
  Canada: 'CA',
  Québec: 'CA',
  Australia: 'AU',
  Italy: 'IT',
  Germany: 'DE',
  Greece: 'GR',
  Greek: 'GR',
  Netherlands: 'NL',
  Dutch: 'NL',
  Lithuania: 'LT',
  Japan: 'JP',
  Taiwan: 'TW',
  India: 'IN',
  Czech: 'CZ',
  China: 'CN',
  Russia: 'RU',
  France: 'FR',
  Spain: 'ES',
  Sweden: 'SE',
  Denmark: 'DK',
  Poland: 'PL',
  Austria: 'AT',
  Israel: 'IL',
  Switzerland: 'CH',
  Swiss: 'CH',
  Ukraine: 'UA',
  Korea: 'KR',
};
const CODE = /\b([A-Z]{2})\b/g;
const ISO_LIKE = new Set([
  'LT',
  'NL',
  'CA',
  'AU',
  'SE',
  'DE',
  'IT',
  'GR',
  'JP',
  'TW',
  'IN',
  'CZ',
  'CN',
  'RU',
  'FR',
  'ES',
  'DK',
  'PL',
  'AT',
  'IL',
  'CH',
  'UA',
  'KR',
  'BE',
  'NZ',
  'GB',
]);

function claimedJurisdictions(headline: string): string[] {
  const out = new Set<string>();
  for (const [name, code] of Object.entries(NAMES))
    if (new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}-])`, 'u').test(headline)) out.add(code);
  for (const m of headline.matchAll(CODE)) if (ISO_LIKE.has(m[1]!)) out.add(m[1]!);
  return [...out];
}

const vendors = loadVendors();

describe('headlines are backed by the records', () => {
  it.each(vendors.map((v) => [v.id, v] as const))('%s', (_, v) => {
    const years = new Set<string>();
    for (const e of v.events)
      for (const d of [e.date, e.effectiveDate, e.status?.date]) if (d) years.add(d.slice(0, 4));
    for (const r of v.responses) years.add(r.date.slice(0, 4));
    const jurisdictions = new Set(v.events.map((e) => e.jurisdiction));
    const unbackedYears = [...v.headline.matchAll(/\b(19|20)\d\d\b/g)]
      .map((m) => m[0])
      .filter((y) => !years.has(y));
    // The vendor's own names ("China Mobile") are not claims about a jurisdiction.
    const own = [v.name, ...v.aliases.map((a) => a.text)].sort((a, b) => b.length - a.length);
    const claims = own.reduce((h, n) => h.split(n).join(' '), v.headline);
    const unbackedPlaces = claimedJurisdictions(claims).filter((j) => !jurisdictions.has(j));
    expect({ headline: v.headline, unbackedYears, unbackedPlaces }).toEqual({
      headline: v.headline,
      unbackedYears: [],
      unbackedPlaces: [],
    });
  });
});
