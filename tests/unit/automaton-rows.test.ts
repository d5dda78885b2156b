/**
 * The raw pass's dense rows (src/matcher/automaton.ts): a state visited often
 * gets a row of its own, up to a cap. The pass must report exactly what
 * stepping through goto edges and failure links reports, before any row is
 * built, while rows are built, and once the cap is reached.
 */
import { describe, expect, it } from 'vitest';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import { CompactAutomaton } from '../../src/matcher/automaton.ts';

const voc = vocabularyOf(compileDataset());

/** The raw pass as it was before rows: every step through `next` (goto edges and failure links). */
function plainRun(aut: CompactAutomaton, text: string): number[] {
  const { insym, hit } = aut as unknown as { insym: ArrayLike<number>; hit: ArrayLike<number> };
  const raw: number[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const a = aut.symbol(text.charCodeAt(i));
    if (a === aut.ignore || (a === aut.space && insym[state] === aut.space)) continue;
    state = aut.next(state, a);
    if (hit[state] !== 0) raw.push(i + 1, state);
  }
  return raw;
}

describe('raw pass with dense rows', () => {
  // Every pattern many times over, mixed with ordinary words: thousands of states, many visited 16 times or more.
  const text = Array.from({ length: 20 }, (_, k) =>
    voc.patterns.map((p, i) => (i % 3 === k % 3 ? `${p}, said the report` : p)).join(' and '),
  ).join('\n');

  it('reports the hits that stepping through goto edges and failure links reports, up to and past the row cap', () => {
    const aut = new CompactAutomaton(voc.automaton);
    const plain = plainRun(new CompactAutomaton(voc.automaton), text);
    const raw: number[] = [];
    // In pieces, carrying the state, as the fast path reads a page.
    let state = 0;
    for (let at = 0; at < text.length; at += 4096) {
      const piece: number[] = [];
      state = aut.run(text.slice(at, at + 4096), state, piece);
      for (let k = 0; k < piece.length; k += 2) raw.push(piece[k]! + at, piece[k + 1]!);
    }
    expect(raw.length).toBeGreaterThan(1000);
    expect(raw).toEqual(plain);
    expect((aut as unknown as { rowCount: number }).rowCount).toBe(256); // the cap was reached
  });

  it('builds no row for a short text', () => {
    const aut = new CompactAutomaton(voc.automaton);
    aut.run('Kaspersky and Huawei were named in the notice.', 0, []);
    expect((aut as unknown as { rowCount: number }).rowCount).toBe(0);
  });

  it("gives each row exactly its state's steps, built from its failure state's row", () => {
    const aut = new CompactAutomaton(voc.automaton);
    aut.run(text, 0, []);
    const inner = aut as unknown as {
      rowAt: Int32Array;
      rows: Uint16Array;
      rowCount: number;
      fail: ArrayLike<number>;
    };
    const width = aut.ignore + 1;
    let checked = 0;
    let deep = 0; // rows copied from a failure state other than the root
    inner.rowAt.forEach((r, state) => {
      if (r <= 0) return;
      checked++;
      if (inner.fail[state] !== 0) deep++;
      for (let a = 0; a < width; a++) expect(inner.rows[r - 1 + a]).toBe(aut.next(state, a));
    });
    expect(checked).toBe(inner.rowCount);
    expect(checked).toBe(256);
    expect(deep).toBeGreaterThan(0);
  });
});
