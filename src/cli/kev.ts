/**
 * `npm run data:kev -- PATH_OR_URL` — derives src/data/kev.json from CISA's
 * Known Exploited Vulnerabilities catalog (JSON feed, CC0): per vendor id the
 * entry count, ransomware count, 5 most recent entries and KEV names used,
 * through the reviewed table in src/data/kev-map.ts. Input is validated
 * first; on any error kev.json is left untouched and the exit code is 1.
 * Prints what was mapped and the frequent vendorProject values left unmapped.
 */
import { readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEV_FILE } from '../data/compile.ts';
import { VENDOR_DIR } from '../data/load.ts';
import { KEV_MAP, kevVendorId, type KevMapRow } from '../data/kev-map.ts';
import type { KevData, KevEntry, KevVendor } from '../shared/dataset.ts';

export const RECENT = 5;
/** vendorProject values with at least this many unmapped entries are listed for review. */
export const REVIEW_MIN = 5;

export class KevError extends Error {
  override name = 'KevError';
}

export interface KevItem {
  cveID: string;
  vendorProject: string;
  product: string;
  vulnerabilityName: string;
  dateAdded: string;
  knownRansomwareCampaignUse?: string;
}
export interface KevCatalog {
  catalogVersion: string;
  dateReleased: string;
  count?: number;
  vulnerabilities: KevItem[];
}
export interface KevSummary {
  vendors: number;
  entries: number;
  unmapped: [project: string, entries: number][];
}

const REQUIRED = ['cveID', 'vendorProject', 'product', 'vulnerabilityName', 'dateAdded'] as const;
const bad = (what: string) => new KevError(`not a KEV catalog: ${what}`);

/** Parses and checks the catalog; throws KevError naming the first problem. */
export function parseCatalog(text: string): KevCatalog {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new KevError(`malformed JSON: ${(e as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('top level is not an object');
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.vulnerabilities)) throw bad('missing vulnerabilities[]');
  for (const k of ['catalogVersion', 'dateReleased'])
    if (typeof d[k] !== 'string' || !d[k]) throw bad(`missing ${k}`);
  if (d.vulnerabilities.length === 0) throw bad('vulnerabilities[] is empty');
  d.vulnerabilities.forEach((v: unknown, i) => {
    if (!v || typeof v !== 'object') throw bad(`vulnerabilities[${i}] is not an object`);
    const r = v as Record<string, unknown>;
    for (const f of REQUIRED)
      if (typeof r[f] !== 'string') throw bad(`vulnerabilities[${i}].${f} is missing or not a string`);
    if (!/^CVE-\d{4}-\d{4,}$/.test(r.cveID as string))
      throw bad(`vulnerabilities[${i}].cveID: "${r.cveID}" is not a CVE id`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.dateAdded as string))
      throw bad(`vulnerabilities[${i}].dateAdded: "${r.dateAdded}" is not YYYY-MM-DD`);
    const ru = r.knownRansomwareCampaignUse;
    if (ru !== undefined && typeof ru !== 'string')
      throw bad(`vulnerabilities[${i}].knownRansomwareCampaignUse is not a string`);
  });
  return d as unknown as KevCatalog;
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

const isUrl = (arg: string) => /^https?:\/\//i.test(arg);

/** What kev.json records as its source: the URL (without credentials) or the file's base name. */
export function sourceLabel(arg: string): string {
  if (!isUrl(arg)) return basename(arg);
  const u = new URL(arg);
  u.username = '';
  u.password = '';
  u.hash = '';
  return u.href;
}

/** Mapping rows whose id has no vendor file. */
export function unknownMapIds(ids: Iterable<string>, map: readonly KevMapRow[] = KEV_MAP): string[] {
  const known = new Set(ids);
  return [...new Set(map.map((r) => r.id))].filter((id) => !known.has(id));
}

async function readInput(arg: string): Promise<string> {
  if (isUrl(arg)) {
    const res = await fetch(arg).catch((e: Error) => {
      throw new KevError(`cannot fetch ${sourceLabel(arg)}: ${e.message}`);
    });
    if (!res.ok) throw new KevError(`cannot fetch ${sourceLabel(arg)}: HTTP ${res.status}`);
    return res.text();
  }
  try {
    return readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), arg), 'utf8');
  } catch (e) {
    throw new KevError(`cannot read ${arg}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Reads, validates, maps and writes `out` (atomically, only when everything succeeded). */
export async function run(
  arg: string,
  out = KEV_FILE,
  log: (s: string) => void = console.log,
): Promise<KevSummary> {
  const ids = readdirSync(VENDOR_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
  const unknown = unknownMapIds(ids);
  if (unknown.length) throw new KevError(`kev-map.ts names unknown vendor ids: ${unknown.join(', ')}`);
  const cat = parseCatalog(await readInput(arg));
  const { data, summary } = buildKev(cat, sourceLabel(arg));
  if (summary.entries === 0) throw new KevError('no entry maps to a vendor id; kev.json left unchanged');
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  renameSync(tmp, out);
  log(
    `catalog ${data.catalogVersion} (${cat.vulnerabilities.length} entries) -> ${relative(process.cwd(), out)}`,
  );
  log(`mapped: ${summary.vendors} vendors, ${summary.entries} entries`);
  for (const [id, v] of Object.entries(data.vendors))
    log(
      `  ${id.padEnd(20)} ${String(v.count).padStart(4)}  ransomware ${v.ransomware}  [${v.projects.join(', ')}]`,
    );
  log(`unmapped vendorProject values with >= ${REVIEW_MIN} entries (review src/data/kev-map.ts):`);
  log(summary.unmapped.length ? '  ' + summary.unmapped.map(([p, n]) => `${p} ${n}`).join(', ') : '  (none)');
  return summary;
}

function isMain(): boolean {
  try {
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}
if (isMain()) {
  const args = process.argv.slice(2);
  if (args.length !== 1 || !args[0]) {
    console.error('usage: npm run data:kev -- PATH_OR_URL   (CISA known_exploited_vulnerabilities.json)');
    process.exit(2);
  }
  run(args[0]).catch((e: unknown) => {
    console.error(e instanceof KevError ? `data:kev: ${e.message}` : e);
    process.exit(1);
  });
}
