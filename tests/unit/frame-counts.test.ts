/** Per-tab counts kept across a service-worker restart: a snapshot round-trips, newer reports win, junk is ignored. */
import { describe, expect, it } from 'vitest';
import { FrameCounts } from '../../src/background/frames.ts';

const make = () => {
  const changed: number[] = [];
  const c = new FrameCounts(
    () => Promise.reject(new Error('no frames in this test')),
    (tab) => changed.push(tab),
  );
  return { c, changed };
};
const k = (count: number) => [{ id: 'kaspersky', name: 'Kaspersky', count }];

describe('FrameCounts snapshot', () => {
  it('round-trips every tab and frame', () => {
    const a = make();
    a.c.report(1, 0, k(2));
    a.c.report(1, 7, [{ id: 'huawei', name: 'Huawei', count: 1 }]);
    a.c.report(2, 0, k(5));
    const b = make();
    b.c.restore(JSON.parse(JSON.stringify(a.c.snapshot())));
    expect(b.c.snapshot()).toEqual(a.c.snapshot());
    expect([...b.c.vendorIds(1)].sort()).toEqual(['huawei', 'kaspersky']);
    expect(b.changed.sort()).toEqual([1, 2]); // the badges are redrawn
  });

  it('keeps counts reported after the restart over the restored ones', () => {
    const { c } = make();
    c.report(1, 0, k(9));
    c.restore([
      [
        1,
        [
          [0, k(2)],
          [3, k(4)],
        ],
      ],
    ]);
    expect(c.snapshot()).toEqual([
      [
        1,
        [
          [0, k(9)],
          [3, k(4)],
        ],
      ],
    ]);
  });

  it('ignores a malformed snapshot, entry by entry', () => {
    const { c } = make();
    for (const junk of [null, 'x', 42, {}, [[-1, []]], [['1', []]], [[1, 'x']]]) c.restore(junk);
    c.restore([
      [
        1,
        [
          [0, [{ id: 'kaspersky', name: 'Kaspersky', count: 'many' }]],
          [2, k(1)],
          ['x', k(1)],
        ],
      ],
    ]);
    expect(c.snapshot()).toEqual([[1, [[2, k(1)]]]]);
  });
});
