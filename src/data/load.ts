/**
 * Reads and validates every vendor file (Node only: used by the build, the
 * CLI and the tests). Errors name the file and the field, e.g.
 * `src/data/vendors/kaspersky.json: events[2].sources[0].url: must be an https:// URL`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vendorSchema, type Vendor } from './schema.ts';
import { formatVendor } from './format.ts';

/** The vendor folder; `VENDOR_LENS_DATA_DIR` points elsewhere (tests of bad input use it). */
export const VENDOR_DIR =
  process.env.VENDOR_LENS_DATA_DIR || fileURLToPath(new URL('./vendors/', import.meta.url));

export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid vendor data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'DataError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') ||
    '(root)'
  );
}

function describe(issue: { code: string; message: string; input?: unknown }): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

export interface LoadOptions {
  dir?: string;
  checkFormat?: boolean;
  /** Only these ids (cross-file checks still see every valid file). */ only?: string[];
}

export function loadVendors(opts: LoadOptions = {}): Vendor[] {
  const dir = opts.dir ?? VENDOR_DIR;
  const shown = (f: string) => relative(process.cwd(), join(dir, f)) || f;
  const problems: string[] = [];
  const vendors: Vendor[] = [];
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();
  for (const file of files) {
    if (!file.endsWith('.json')) {
      problems.push(`${shown(file)}: not a .json vendor file`);
      continue;
    }
    const raw = readFileSync(join(dir, file), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      problems.push(`${shown(file)}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = vendorSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${shown(file)}: ${fieldPath(issue.path)}: ${describe(issue)}`);
      continue;
    }
    const v = parsed.data;
    if (`${v.id}.json` !== file)
      problems.push(`${shown(file)}: id: "${v.id}" must equal the file name without .json`);
    const ids = new Set<string>();
    v.events.forEach((e, i) => {
      if (e.effectiveDate && e.effectiveDate < e.date)
        problems.push(`${shown(file)}: events[${i}].effectiveDate: is before date`);
      if (ids.has(e.id))
        problems.push(`${shown(file)}: events[${i}].id: "${e.id}" is used by another event of this vendor`);
      ids.add(e.id);
    });
    if (opts.checkFormat && formatVendor(json as Vendor) !== raw) {
      problems.push(`${shown(file)}: (root): not in canonical format (run \`npm run data:format\`)`);
    }
    vendors.push(v);
  }
  problems.push(...crossChecks(vendors));
  const wanted = opts.only?.length
    ? problems.filter((p) => opts.only!.some((id) => p.includes(`/${id}.json:`)))
    : problems;
  if (wanted.length) throw new DataError(wanted);
  return opts.only?.length ? vendors.filter((v) => opts.only!.includes(v.id)) : vendors;
}

/** Checks that span files: unique aliases, known related ids. */
function crossChecks(vendors: Vendor[]): string[] {
  const problems: string[] = [];
  const ids = new Set(vendors.map((v) => v.id));
  const owner = new Map<string, string>();
  for (const v of vendors) {
    v.aliases.forEach((a, i) => {
      const key = a.text.normalize('NFKC').toLowerCase();
      const prev = owner.get(key);
      if (prev && prev !== v.id)
        problems.push(
          `src/data/vendors/${v.id}.json: aliases[${i}].text: "${a.text}" is also an alias of ${prev}`,
        );
      owner.set(key, v.id);
    });
    v.related.forEach((r, i) => {
      if (!ids.has(r.id))
        problems.push(`src/data/vendors/${v.id}.json: related[${i}].id: unknown vendor "${r.id}"`);
    });
  }
  return problems;
}
