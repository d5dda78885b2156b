/**
 * Build time: compiles the folded patterns into the matcher's compact
 * Aho–Corasick automaton (automaton.ts reads it as it is, with no table to
 * build). States are numbered breadth-first with each state's children
 * consecutive and sorted by symbol, so a state's first child is implied by
 * the counts before it and only three small numbers per state ship: the
 * symbol that enters it, its number of children, its failure link.
 */
import { pack } from './pack.ts';

/** Bumped whenever the layout below changes; the matcher refuses other formats. */
export const AUTOMATON_FORMAT = 1;

export interface CompiledAutomaton {
  format: number;
  /** The folded code units of symbols 1…n (0 is "any other", n+1 the ignorable). */
  alphabet: string;
  /** Per state, packed (pack.ts): the symbol entering it, its child count, its failure link. */
  insym: string;
  count: string;
  fail: string;
  /** Per pattern, packed: the state where it ends (0: never, an empty pattern). */
  term: string;
}

export function compileAutomaton(folded: readonly string[]): CompiledAutomaton {
  const symOf = new Map<number, number>();
  let alphabet = '';
  for (const f of folded)
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (!symOf.has(c)) {
        symOf.set(c, symOf.size + 1);
        alphabet += f[i];
      }
    }
  // The trie, in insertion order.
  const kids: Map<number, number>[] = [new Map()];
  const ends = folded.map((f) => {
    if (!f) return -1;
    let s = 0;
    for (let i = 0; i < f.length; i++) {
      const a = symOf.get(f.charCodeAt(i))!;
      let t = kids[s]!.get(a);
      if (t === undefined) kids[s]!.set(a, (t = kids.push(new Map()) - 1));
      s = t;
    }
    return s;
  });
  // Breadth-first renumbering, children by symbol.
  const S = kids.length;
  const order = [0],
    id = new Int32Array(S),
    insym = new Uint32Array(S),
    count = new Uint32Array(S);
  for (let q = 0; q < order.length; q++) {
    const s = order[q]!;
    const edges = [...kids[s]!].sort((x, y) => x[0] - y[0]);
    count[q] = edges.length;
    for (const [a, t] of edges) {
      id[t] = order.length;
      insym[order.length] = a;
      order.push(t);
    }
  }
  // Failure links, breadth-first (a state's link is shallower, so already known).
  const first = new Uint32Array(S);
  for (let s = 1, f = 1; s < S; s++) first[s] = f += count[s - 1]!;
  first[0] = 1;
  const fail = new Uint32Array(S);
  const next = (s: number, a: number): number => {
    for (;;) {
      for (let k = first[s]!, e = k + count[s]!; k < e; k++) if (insym[k] === a) return k;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  };
  for (let s = 0; s < S; s++)
    for (let c = first[s]!, e = c + count[s]!; c < e; c++) fail[c] = s === 0 ? 0 : next(fail[s]!, insym[c]!);
  return {
    format: AUTOMATON_FORMAT,
    alphabet,
    insym: pack(insym),
    count: pack(count),
    fail: pack(fail),
    term: pack(ends.map((s) => (s < 0 ? 0 : id[s]!))),
  };
}
