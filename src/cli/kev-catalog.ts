/**
 * CISA's Known Exploited Vulnerabilities catalog as `npm run data:kev`
 * (kev.ts) reads it: its shape, and the check that refuses anything else
 * before kev.json is touched, naming the first problem.
 */

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
