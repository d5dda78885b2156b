/** Types of the compiled dataset as bundled in the extension (see src/data/compile.ts). */
import type { Vendor, VendorEvent } from '../data/schema.ts';
import type { EndedRestriction, Restriction } from '../data/in-force.ts';

export type { VendorEvent };

export interface KevEntry {
  cve: string;
  product: string;
  dateAdded: string;
  ransomware: boolean;
  name: string;
}
export interface KevVendor {
  count: number;
  ransomware: number;
  recent: KevEntry[];
  projects: string[];
}
/** `catalogCount`: entries in the whole catalog (for "n of N"). */
export interface KevData {
  catalogVersion: string;
  dateReleased: string;
  source: string;
  catalogCount?: number;
  vendors: Record<string, KevVendor>;
}

/** `inForce`/`history`: computed at build time as of the dataset's `asOf` (src/data/in-force.ts). */
export interface DatasetVendor extends Vendor {
  kev?: KevVendor;
  inForce: Restriction[];
  history: EndedRestriction[];
}

export interface Dataset {
  version: string;
  asOf: string;
  kevCatalog?: { version: string; released: string };
  vendors: DatasetVendor[];
}

export { isGovernmentAction } from './kinds.ts';

/** What the popup shows of the dataset: no records. */
export interface DatasetMeta {
  version: string;
  asOf: string;
  kevCatalog?: { version: string; released: string };
  vendors: number;
  events: number;
  /** Per vendor id, the jurisdictions where a binding restriction is in force (the popup's one-line status). */
  bindingIn: Record<string, string[]>;
  /** Restrictions in force on `asOf`, all vendors (what's new: shared/whats-new.ts). */
  inForce: number;
  /** Vendor id → name (what's new names the vendors added or removed). */
  names: Record<string, string>;
}

export function metaOf(d: Dataset): DatasetMeta {
  return {
    version: d.version,
    asOf: d.asOf,
    ...(d.kevCatalog ? { kevCatalog: d.kevCatalog } : {}),
    bindingIn: Object.fromEntries(
      d.vendors.flatMap((v) => {
        const js = [...new Set(v.inForce.filter((r) => r.binding === 'binding').map((r) => r.jurisdiction))];
        return js.length ? [[v.id, js]] : [];
      }),
    ),
    vendors: d.vendors.length,
    events: d.vendors.reduce((n, v) => n + v.events.length, 0),
    inForce: d.vendors.reduce((n, v) => n + v.inForce.length, 0),
    names: Object.fromEntries(d.vendors.map((v) => [v.id, v.name])),
  };
}
