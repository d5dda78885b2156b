/**
 * "What's new" decisions (src/shared/whats-new.ts): what counts as a change a
 * user can see, the notice on update but never on install, seen once, the
 * list that stays for the welcome page, and state read back from storage.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../src/shared/dataset.ts';
import {
  changesBetween,
  changesToList,
  installedState,
  noticeDue,
  parseWhatsNew,
  seenState,
  summaryOf,
  updatedState,
  type DataSummary,
} from '../../src/shared/whats-new.ts';

const meta: DatasetMeta = {
  version: '2026.11.1',
  asOf: '2026-11-30',
  vendors: 3,
  events: 40,
  inForce: 9,
  bindingIn: { huawei: ['US'], kaspersky: ['US', 'DE'] },
  names: { huawei: 'Huawei', kaspersky: 'Kaspersky', cisco: 'Cisco' },
};
const v1 = summaryOf(meta);
const with_ = (over: Partial<DataSummary>): DataSummary => ({ ...v1, ...over });

describe('summaryOf', () => {
  it('keeps what a user can see of the meta module', () => {
    expect(v1).toEqual({
      version: '2026.11.1',
      asOf: '2026-11-30',
      vendors: { huawei: 'Huawei', kaspersky: 'Kaspersky', cisco: 'Cisco' },
      events: 40,
      inForce: 9,
      restricted: 2,
    });
  });
});

describe('changesBetween', () => {
  it('is null when nothing visible changed, a new data version included', () => {
    expect(changesBetween(v1, v1)).toBeNull();
    expect(changesBetween(v1, with_({ version: '2026.11.2' }))).toBeNull();
  });

  it('names vendors added and removed, sorted by name, with counts before and after', () => {
    const v2 = with_({
      asOf: '2027-01-15',
      vendors: { huawei: 'Huawei', kaspersky: 'Kaspersky', zte: 'ZTE', acme: 'Acme Spyware' },
      events: 52,
      inForce: 11,
      restricted: 3,
    });
    expect(changesBetween(v1, v2)).toEqual({
      asOf: ['2026-11-30', '2027-01-15'],
      added: [
        { id: 'acme', name: 'Acme Spyware' },
        { id: 'zte', name: 'ZTE' },
      ],
      removed: [{ id: 'cisco', name: 'Cisco' }],
      vendors: [3, 4],
      events: [40, 52],
      inForce: [9, 11],
      restricted: [2, 3],
    });
  });

  it('counts each visible change on its own', () => {
    for (const over of [
      { asOf: '2026-12-01' },
      { events: 41 },
      { inForce: 8 },
      { restricted: 1 },
      { vendors: { ...v1.vendors, zte: 'ZTE' } },
    ])
      expect(changesBetween(v1, with_(over)), JSON.stringify(over)).not.toBeNull();
  });

  it('treats vendor ids as data, not as object properties', () => {
    const odd = with_({ vendors: { ...v1.vendors, constructor: 'Constructor Inc' } });
    expect(changesBetween(v1, odd)?.added).toEqual([{ id: 'constructor', name: 'Constructor Inc' }]);
  });
});

describe('install, update, seen', () => {
  const v2 = with_({ asOf: '2027-01-15', inForce: 10 });

  it('announces nothing after an install', () => {
    const state = installedState(v1);
    expect(noticeDue(state, v1)).toBe(false);
    expect(changesToList(state, v1)).toBeNull();
  });

  it('on update, announces visible changes since the data last seen', () => {
    expect(updatedState(installedState(v1), v2)).toEqual({ state: { seen: v1 }, notice: true });
    expect(updatedState(installedState(v1), with_({ version: 'x' })).notice).toBe(false);
  });

  it('records the data silently on an update from a version that kept no state', () => {
    expect(updatedState(null, v2)).toEqual({ state: { seen: v2 }, notice: false });
    expect(noticeDue(null, v2)).toBe(false);
  });

  it('shows the notice once, and keeps the list of changes for the welcome page', () => {
    const seen = seenState(installedState(v1), v2);
    expect(seen).toEqual({ seen: v2, previous: v1 });
    expect(noticeDue(seen, v2)).toBe(false);
    expect(seenState(seen, v2)).toBe(seen);
    expect(changesToList(seen, v2)?.asOf).toEqual(['2026-11-30', '2027-01-15']);
    // Opening the list before the popup: the same changes, and then seen.
    expect(changesToList(installedState(v1), v2)?.inForce).toEqual([9, 10]);
  });

  it('covers every update skipped since the data was last seen', () => {
    const v3 = with_({ asOf: '2027-03-01', inForce: 12 });
    expect(updatedState(installedState(v1), v2).state).toEqual({ seen: v1 });
    expect(changesBetween(seenState({ seen: v1 }, v3).previous!, v3)?.inForce).toEqual([9, 12]);
  });
});

describe('parseWhatsNew', () => {
  it('reads back what was stored, and refuses damaged or foreign state', () => {
    const state = JSON.parse(JSON.stringify({ seen: v1, previous: v1 }));
    expect(parseWhatsNew(state)).toEqual({ seen: v1, previous: v1 });
    expect(parseWhatsNew({ seen: v1, previous: 'x' })).toEqual({ seen: v1 });
    for (const bad of [
      undefined,
      null,
      'x',
      [],
      { seen: null },
      { seen: { ...v1, events: -1 } },
      { seen: { ...v1, inForce: 1.5 } },
      { seen: { ...v1, asOf: 5 } },
      { seen: { ...v1, vendors: ['huawei'] } },
      { seen: { ...v1, vendors: { huawei: 1 } } },
    ])
      expect(parseWhatsNew(bad), JSON.stringify(bad)).toBeNull();
  });
});
