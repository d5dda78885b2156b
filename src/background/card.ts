/** The record a tooltip shows: one vendor, trimmed to what the tooltip needs. */
import type { Dataset, DatasetVendor } from '../shared/dataset.ts';
import type { VendorCard } from '../shared/vendor-card.ts';

export function cardOf(v: DatasetVendor, dataset: Dataset): VendorCard {
  return {
    id: v.id,
    name: v.name,
    headline: v.headline,
    noGovernmentAction: v.noGovernmentAction ?? false,
    events: v.events,
    responses: v.responses,
    kev: v.kev
      ? { count: v.kev.count, ransomware: v.kev.ransomware, catalog: dataset.kevCatalog?.version ?? '' }
      : undefined,
    asOf: dataset.asOf,
    lastReviewed: v.lastReviewed,
  };
}
