/** Types of the compiled dataset as bundled in the extension (see src/data/compile.ts). */
import type { Vendor, VendorEvent } from '../data/schema.ts';

export type { Vendor, VendorEvent };

export interface KevEntry { cve: string; product: string; dateAdded: string; ransomware: boolean; name: string }
export interface KevVendor { count: number; ransomware: number; recent: KevEntry[]; projects: string[] }
/** `catalogCount`: entries in the whole catalog (for "n of N"). */
export interface KevData { catalogVersion: string; dateReleased: string; source: string; catalogCount?: number; vendors: Record<string, KevVendor> }

export interface DatasetVendor extends Vendor { kev?: KevVendor }

export interface Dataset {
  version: string;
  asOf: string;
  kevCatalog?: { version: string; released: string };
  vendors: DatasetVendor[];
}

export { isGovernmentAction } from './kinds.ts';
