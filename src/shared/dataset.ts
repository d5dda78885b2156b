/** Types of the compiled dataset as bundled in the extension (see src/data/compile.ts). */
import type { Vendor, VendorEvent } from '../data/schema.ts';
import type { EndedRestriction, Restriction } from '../data/in-force.ts';

export type { Vendor, VendorEvent };

export interface KevEntry { cve: string; product: string; dateAdded: string; ransomware: boolean; name: string }
export interface KevVendor { count: number; ransomware: number; recent: KevEntry[]; projects: string[] }
/** `catalogCount`: entries in the whole catalog (for "n of N"). */
export interface KevData { catalogVersion: string; dateReleased: string; source: string; catalogCount?: number; vendors: Record<string, KevVendor> }

/** `inForce`/`history`: computed at build time as of the dataset's `asOf` (src/data/in-force.ts). */
export interface DatasetVendor extends Vendor { kev?: KevVendor; inForce: Restriction[]; history: EndedRestriction[] }
export type { EndedRestriction, Restriction };

export interface Dataset {
  version: string;
  asOf: string;
  kevCatalog?: { version: string; released: string };
  vendors: DatasetVendor[];
}

export { isGovernmentAction } from './kinds.ts';
