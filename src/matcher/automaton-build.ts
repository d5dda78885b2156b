/**
 * Build time: compiles the folded patterns into the matcher's compact
 * Aho–Corasick automaton (automaton.ts reads it as it is, with no table to
 * build). States are numbered breadth-first with each state's children
 * consecutive and sorted by symbol, so a state's first child is implied by
 * the counts before it. Everything the scan reads is computed here and
 * shipped as packed arrays (pack.ts): per state the symbol that enters it,
 * its number of children, its first child, its failure link, its output
 * link and whether an alias ends there; the root's full row; the patterns
 * grouped by the state where they end. Opening it is base64 decoding only.
 */
import { pack } from './pack.ts';

/** Bumped whenever the layout below changes; the matcher refuses other formats. */
export const AUTOMATON_FORMAT = 2;

export interface CompiledAutomaton {
  format: number;
  /** The folded code units of symbols 1…n (0 is "any other", n+1 the ignorable). */
  alphabet: string;
  /** Per state, packed (pack.ts): the symbol entering it, its child count, its first child, its failure link. */
  insym: string;
  count: string;
  first: string;
  fail: string;
  /** Per state: the nearest state on its failure chain (itself included) where a pattern ends, or 0. */
  outLink: string;
  /** Per state: 1 if an alias (not only a stop phrase) ends there, through failure links too. */
  hit: string;
  /** The root's next state per symbol. */
  root: string;
  /** Patterns by the state where they end: own[ownStart[s]…ownStart[s+1]), in pattern order. */
  ownStart: string;
  own: string;
}

export function compileAutomaton(
  folded: readonly string[],
  isAlias: (pattern: number) => boolean,
): CompiledAutomaton {
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
  // Outputs: patterns by end state, output links and alias hits, breadth-first (a link's state is done).
  const term = ends.map((s) => (s < 0 ? 0 : id[s]!));
  const ownStart = new Uint32Array(S + 1);
  for (const t of term) if (t) ownStart[t + 1]!++;
  for (let s = 0; s < S; s++) ownStart[s + 1]! += ownStart[s]!;
  const own = new Uint32Array(ownStart[S]!),
    fill = ownStart.slice(0, S),
    hit = new Uint8Array(S),
    outLink = new Uint32Array(S);
  term.forEach((t, p) => {
    if (!t) return;
    own[fill[t]!++] = p;
    if (isAlias(p)) hit[t] = 1;
  });
  for (let s = 1; s < S; s++) {
    outLink[s] = ownStart[s + 1]! > ownStart[s]! ? s : outLink[fail[s]!]!;
    hit[s]! |= hit[fail[s]!]!;
  }
  const root = new Uint32Array(alphabet.length + 2);
  for (let k = 1; k <= count[0]!; k++) root[insym[k]!] = k;
  return {
    format: AUTOMATON_FORMAT,
    alphabet,
    insym: pack(insym),
    count: pack(count),
    first: pack(first),
    fail: pack(fail),
    outLink: pack(outLink),
    hit: pack(hit),
    root: pack(root),
    ownStart: pack(ownStart),
    own: pack(own),
  };
}
