/**
 * From a checked KEV catalog (kev-catalog.ts) to what src/data/kev.json holds,
 * through the reviewed table in src/data/kev-map.ts: per vendor id the entry
 * count, ransomware count, most recent entries and KEV names used; and what
 * was left unmapped often enough to review.
 */
import { KEV_MAP, kevVendorId, type KevMapRow } from '../data/kev-map.ts';
import type { KevData, KevEntry, KevVendor } from '../shared/dataset.ts';
import type { KevCatalog, KevItem } from './kev-catalog.ts';

export const RECENT = 5;
/** vendorProject values with at least this many unmapped entries are listed for review. */
export const REVIEW_MIN = 5;

export interface KevSummary {
  vendors: number;
  entries: number;
  unmapped: [project: string, entries: number][];
}

const isRansomware = (v: KevItem) => v.knownRansomwareCampaignUse?.trim() === 'Known';
/** Newest dateAdded first; same day: higher CVE id first (stable output). */
const newestFirst = (a: KevItem, b: KevItem) =>
  b.dateAdded.localeCompare(a.dateAdded) || b.cveID.localeCompare(a.cveID, 'en', { numeric: true });
const toEntry = (v: KevItem): KevEntry => ({
  cve: v.cveID,
  product: v.product.trim(),
  dateAdded: v.dateAdded,
  ransomware: isRansomware(v),
  name: v.vulnerabilityName.trim(),
});

/** Groups the catalog by vendor id; vendors with no entry are absent. */
export function buildKev(
  cat: KevCatalog,
  source: string,
  map: readonly KevMapRow[] = KEV_MAP,
): { data: KevData; summary: KevSummary } {
  const groups = new Map<string, KevItem[]>();
  const unmapped = new Map<string, number>();
  for (const v of cat.vulnerabilities) {
    const id = kevVendorId(v.vendorProject, v.product, map);
    if (id) (groups.get(id) ?? groups.set(id, []).get(id)!).push(v);
    else unmapped.set(v.vendorProject.trim(), (unmapped.get(v.vendorProject.trim()) ?? 0) + 1);
  }
  const vendors: Record<string, KevVendor> = {};
  let entries = 0;
  for (const id of [...groups.keys()].sort()) {
    const items = groups.get(id)!.sort(newestFirst);
    entries += items.length;
    vendors[id] = {
      count: items.length,
      ransomware: items.filter(isRansomware).length,
      recent: items.slice(0, RECENT).map(toEntry),
      projects: [...new Set(items.map((v) => v.vendorProject.trim()))].sort(),
    };
  }
  const data: KevData = {
    catalogVersion: cat.catalogVersion,
    dateReleased: cat.dateReleased,
    source,
    catalogCount: cat.vulnerabilities.length,
    vendors,
  };
  const review = [...unmapped]
    .filter(([, n]) => n >= REVIEW_MIN)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { data, summary: { vendors: groups.size, entries, unmapped: review } };
}

/** Mapping rows whose id has no vendor file. */
export function unknownMapIds(ids: Iterable<string>, map: readonly KevMapRow[] = KEV_MAP): string[] {
  const known = new Set(ids);
  return [...new Set(map.map((r) => r.id))].filter((id) => !known.has(id));
}
