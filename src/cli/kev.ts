/**
 * `npm run data:kev -- PATH_OR_URL` — derives src/data/kev.json from CISA's
 * Known Exploited Vulnerabilities catalog (JSON feed, CC0): per vendor id the
 * entry count, ransomware count, 5 most recent entries and KEV names used,
 * through the reviewed table in src/data/kev-map.ts (kev-build.ts). Input is
 * validated first (kev-catalog.ts); on any error kev.json is left untouched
 * and the exit code is 1. Prints what was mapped and the frequent vendorProject values left unmapped.
 */
import { readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEV_FILE } from '../data/compile.ts';
import { VENDOR_DIR } from '../data/load.ts';
import { KevError, parseCatalog } from './kev-catalog.ts';
import { buildKev, REVIEW_MIN, unknownMapIds, type KevSummary } from './kev-build.ts';

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
