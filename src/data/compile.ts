/**
 * Compiles the vendor files into what the extension bundles:
 * - the vocabulary (aliases, stop phrases, cues and the compiled automaton)
 *   for the matcher: the background sends it to a frame once it has text;
 * - the dataset (full records, KEV-derived data, version, as-of date) for
 *   the background, the tooltip, the popup and the profile pages.
 * Runs in Node at build time and in the CLI; the extension never parses
 * vendor files.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadVendors } from './load.ts';
import { compileVocabulary, type Vocabulary } from '../matcher/vocabulary.ts';
import type { Dataset, KevData } from '../shared/dataset.ts';
import { restrictionsOn } from './in-force.ts';
import { isGovernmentAction } from '../shared/kinds.ts';
import { VENDOR_FLAG } from '../shared/vendor-flags.ts';

export const KEV_FILE = fileURLToPath(new URL('./kev.json', import.meta.url));

function loadKev(): KevData | undefined {
  if (!existsSync(KEV_FILE)) return undefined;
  return JSON.parse(readFileSync(KEV_FILE, 'utf8')) as KevData;
}

export function compileDataset(): Dataset {
  const vendors = loadVendors();
  const kev = loadKev();
  const asOf = vendors.reduce((max, v) => (v.lastReviewed > max ? v.lastReviewed : max), '0000-00-00');
  const body = JSON.stringify({ vendors, kev });
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
  return {
    version: `${asOf.replaceAll('-', '.')}-${hash}`,
    asOf,
    kevCatalog: kev ? { version: kev.catalogVersion, released: kev.dateReleased } : undefined,
    vendors: vendors.map((v) => ({ ...v, ...restrictionsOn(v.events, asOf), kev: kev?.vendors[v.id] })),
  };
}

/** Per-vendor flags for the content script (which vendors to mark), in vocabulary order; bits in shared/bundled-flags.ts. */
export function vendorFlagsOf(dataset: Dataset): number[] {
  return dataset.vendors.map(
    (v) =>
      (v.events.some(isGovernmentAction) ? VENDOR_FLAG.governmentAction : 0) |
      (v.inForce.length ? VENDOR_FLAG.inForce : 0) |
      (v.inForce.some((r) => r.binding === 'binding') ? VENDOR_FLAG.binding : 0),
  );
}

export function vocabularyOf(dataset: Dataset): Vocabulary {
  return compileVocabulary(dataset.vendors);
}
