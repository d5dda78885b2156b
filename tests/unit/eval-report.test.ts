/** The eval totals: precision and recall with and without Microsoft, and a verdict that needs both. */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/cli/eval-report.ts';
import type { Counts, DocResult } from '../../src/cli/eval-score.ts';

const doc = (vendors: Record<string, Counts>): DocResult => ({
  file: 'a.txt',
  vendors: new Map(Object.entries(vendors)),
  falsePositives: [],
  misses: [],
  traps: [],
  excused: 0,
  unlocated: 0,
});

describe('eval summary', () => {
  it('reports the totals without Microsoft beside the totals with it', () => {
    const s = summarise(
      [doc({ microsoft: { tp: 900, fp: 0, fn: 0 }, cisco: { tp: 95, fp: 5, fn: 0 } })],
      [],
      1,
      0,
    );
    expect(s.precision).toBeCloseTo(995 / 1000);
    expect(s.withoutMicrosoft).toMatchObject({ tp: 95, fp: 5, fn: 0 });
    expect(s.withoutMicrosoft.precision).toBeCloseTo(0.95);
    // Microsoft's many easy mentions cannot hide the others' errors: the verdict fails.
    expect(s.pass).toBe(false);
    expect(s.verdict).toContain('precision without microsoft 0.9500 < 0.99');
  });

  it('passes when both sets meet the targets', () => {
    const s = summarise(
      [doc({ microsoft: { tp: 10, fp: 0, fn: 0 }, kaspersky: { tp: 200, fp: 1, fn: 2 } })],
      [],
      1,
      0,
    );
    expect(s.pass).toBe(true);
    expect(s.vendors.kaspersky).toEqual({ tp: 200, fp: 1, fn: 2 });
  });
});
