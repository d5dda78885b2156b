/** `npm run data:check [-- ID...]` — validates vendor files (all, or the ids given); exits 1 with the problems listed. */
import { loadVendors, DataError } from '../data/load.ts';

try {
  const vendors = loadVendors({ checkFormat: true, only: process.argv.slice(2) });
  const events = vendors.reduce((n, v) => n + v.events.length, 0);
  console.log(`ok: ${vendors.length} vendors, ${events} events`);
} catch (e) {
  console.error(e instanceof DataError ? e.message : e);
  process.exit(1);
}
