/** What the background sends a tooltip for one vendor. */
import type { Vendor, VendorEvent } from '../data/schema.ts';

export interface VendorCard {
  id: string;
  name: string;
  headline: string;
  noGovernmentAction: boolean;
  events: VendorEvent[];
  responses: Vendor['responses'];
  kev?: { count: number; ransomware: number; catalog: string };
  asOf: string;
  lastReviewed: string;
  /** Jurisdiction codes the user (or organisation) wants shown first, in order. */
  jurisdictionsFirst: string[];
  /** The organisation's own note on this vendor (managed policy), and who wrote it; not the dataset's. */
  orgNote?: { text: string; organisation: string };
}
