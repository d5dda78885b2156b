/**
 * `npm run -s data:export` — prints the compiled dataset as JSON:
 * {"version", "asOf", "kevCatalog", "vendors": [{"id", "name", "aliases": [..strings..],
 * "aliasDetails", "events": [{"id", "date", "kind", "jurisdiction", "authority", "binding"?, "restricts"?,
 * "covers"?, "scope"?, "summary", "status"?, "sources": [{"url", "title", "publisher", "tier", ...}], ...}],
 * "inForce": [{"event", "jurisdiction", "restricts", "covers", "scope"?, "since", "binding", "authority"}],
 * "history": [... as inForce, with "ended": {"value", "date"?}], ...}]}.
 * `aliases` is a list of strings (the stable interface); the alias flags are in `aliasDetails`.
 */
import { compileDataset } from '../data/compile.ts';
import { DataError } from '../data/load.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
try {
  const ds = compileDataset();
  const vendors = ds.vendors.map((v) => ({
    ...v,
    aliases: v.aliases.map((a) => a.text),
    aliasDetails: v.aliases,
  }));
  process.stdout.write(JSON.stringify({ ...ds, vendors }, null, 2) + '\n');
} catch (e) {
  console.error(e instanceof DataError ? e.message : e);
  process.exit(1);
}
