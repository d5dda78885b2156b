/** The in-force rules (src/data/in-force.ts) on small hand-made records. */
import { describe, expect, it } from 'vitest';
import { restrictionsOn } from '../../src/data/in-force.ts';
import type { VendorEvent } from '../../src/shared/dataset.ts';

const src = [
  { url: 'https://example.gov/a', title: 'Order', publisher: 'Agency', tier: 'official' as const },
];
let n = 0;
function gov(p: Partial<VendorEvent>): VendorEvent {
  return {
    id: `e${++n}`,
    date: '2020-01-01',
    kind: 'ban',
    jurisdiction: 'US',
    authority: 'Agency',
    binding: 'binding',
    restricts: ['government-use'],
    covers: 'company',
    summary: 'x',
    sources: src,
    ...p,
  };
}
const ids = (r: { event: string }[]) => r.map((x) => x.event);

describe('restrictions in force', () => {
  it('counts an action once its effective date is reached, not before', () => {
    const e = gov({ date: '2017-12-12', effectiveDate: '2018-10-01' });
    expect(ids(restrictionsOn([e], '2018-09-30').inForce)).toEqual([]);
    expect(ids(restrictionsOn([e], '2018-10-01').inForce)).toEqual([e.id]);
    expect(restrictionsOn([e], '2019-01-01').inForce[0]!.since).toBe('2018-10-01');
  });

  it('treats a month-only effective date as reached only after that month', () => {
    const e = gov({ date: '2024-06', effectiveDate: '2024-09' });
    expect(ids(restrictionsOn([e], '2024-09-30').inForce)).toEqual([]);
    expect(ids(restrictionsOn([e], '2024-10-01').inForce)).toEqual([e.id]);
  });

  it('moves lifted, superseded, retired, expired and overturned actions to the history from their status date', () => {
    for (const value of ['lifted', 'superseded', 'retired', 'expired', 'overturned', 'revoked'] as const) {
      const e = gov({ kind: 'directive', status: { value, date: '2026-01-08', note: 'n' } });
      expect(ids(restrictionsOn([e], '2026-01-07').inForce)).toEqual([e.id]);
      const after = restrictionsOn([e], '2026-01-08');
      expect(after.inForce).toEqual([]);
      expect(after.history[0]).toMatchObject({ event: e.id, ended: { value, date: '2026-01-08' } });
    }
  });

  it('counts a month-only end date from the first of the month', () => {
    const e = gov({ status: { value: 'lifted', date: '2021-05', note: 'n' } });
    expect(restrictionsOn([e], '2021-05-01').inForce).toEqual([]);
  });

  it('keeps a restriction that was lifted and then imposed again', () => {
    const first = gov({ date: '2019-01-01', status: { value: 'lifted', date: '2020-01-01', note: 'n' } });
    const again = gov({ date: '2021-01-01' });
    const r = restrictionsOn([first, again], '2022-01-01');
    expect(ids(r.inForce)).toEqual([again.id]);
    expect(ids(r.history)).toEqual([first.id]);
  });

  it('never counts proposals, appeals in progress aside', () => {
    const proposed = gov({ status: { value: 'proposed', note: 'n' } });
    const appealed = gov({ status: { value: 'appealed', date: '2020-06-01', note: 'n' } });
    expect(ids(restrictionsOn([proposed, appealed], '2021-01-01').inForce)).toEqual([appealed.id]);
  });

  it('never counts executives-only sanctions as a restriction of the company', () => {
    const e = gov({ kind: 'sanction', covers: 'executives', restricts: ['transactions'] });
    const r = restrictionsOn([e], '2025-01-01');
    expect(r.inForce).toEqual([]);
    expect(r.history).toEqual([]);
  });

  it('ignores acts that restrict nothing and controversies', () => {
    const fine = gov({ kind: 'fine', restricts: [] });
    const breach: VendorEvent = {
      id: 'b',
      date: '2020-01-01',
      kind: 'breach',
      jurisdiction: 'INT',
      authority: 'Lab',
      summary: 'x',
      sources: src,
    };
    expect(restrictionsOn([fine, breach], '2025-01-01').inForce).toEqual([]);
  });

  it('lists binding before advisory before reported, newest first within each', () => {
    const old = gov({ date: '2018-01-01' });
    const recent = gov({ date: '2024-01-01' });
    const advice = gov({ kind: 'warning', binding: 'advisory', date: '2025-01-01' });
    const press = gov({ binding: 'reported', date: '2025-06-01' });
    expect(ids(restrictionsOn([press, advice, old, recent], '2026-01-01').inForce)).toEqual([
      recent.id,
      old.id,
      advice.id,
      press.id,
    ]);
  });
});
