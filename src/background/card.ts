/** The record a tooltip shows: one vendor, trimmed to what the tooltip needs. */
import type { Dataset, DatasetVendor } from '../shared/dataset.ts';
import type { VendorCard } from '../shared/vendor-card.ts';
import type { Policy } from '../shared/policy.ts';
import type { Settings } from '../shared/settings.ts';
import { isGovernmentAction } from '../shared/kinds.ts';

/**
 * The card settings apply here, so the tooltip renders what it is given:
 * `cardContent: 'government'` leaves out controversies, `showKev: false` the
 * KEV line; `jurisdictionsFirst` travels along for the card to order by.
 */
export function cardOf(
  v: DatasetVendor,
  dataset: Dataset,
  policy?: Policy,
  s?: Pick<Settings, 'cardContent' | 'showKev' | 'jurisdictionsFirst'>,
): VendorCard {
  const note = policy?.notes[v.id];
  const kev = s?.showKev === false ? undefined : v.kev;
  return {
    id: v.id,
    name: v.name,
    headline: v.headline,
    noGovernmentAction: v.noGovernmentAction ?? false,
    events: s?.cardContent === 'government' ? v.events.filter(isGovernmentAction) : v.events,
    responses: v.responses,
    kev: kev
      ? { count: kev.count, ransomware: kev.ransomware, catalog: dataset.kevCatalog?.version ?? '' }
      : undefined,
    asOf: dataset.asOf,
    lastReviewed: v.lastReviewed,
    jurisdictionsFirst: s?.jurisdictionsFirst ?? [],
    ...(note ? { orgNote: { text: note, organisation: policy!.organisation } } : {}),
  };
}
