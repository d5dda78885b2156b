/**
 * Builds the matcher's automaton: every folded pattern goes into one
 * Aho–Corasick trie, which is then completed into a DFA by breadth-first
 * search over the failure links, so scanning is one table look-up per code
 * unit (`delta[state * A + sym[c]]`) whatever the size of the vocabulary.
 * Symbols are the distinct code units used by patterns (~200 with the CJK
 * and Cyrillic names); any other code unit is symbol 0; one more symbol,
 * `ignore`, stays in place (for code units the caller skips). If `collapse`
 * is given (the folded space), every state entered by it loops on it, so a
 * run of it counts as one without a branch in the caller's loop. Memory:
 * states × A entries (~2,600 × 155 × 2 bytes ≈ 0.8 MB for the 46 vendors).
 * The extension does not build it: it runs the compact automaton compiled
 * at build time (automaton.ts); this one is the reference that must agree.
 */
import type { Automaton } from './automaton.ts';
import { fold, IGNORE, SPACE } from './fold.ts';

export interface Dfa {
  /** Alphabet size, the row stride (symbols 1..A-2 are pattern code units, 0 is "other", A-1 is `ignore`). */
  A: number;
  /** The symbol that leaves the state unchanged. */
  ignore: number;
  /** Code unit → symbol. */
  sym: Uint16Array;
  /** Next state: delta[state * A + symbol] (16-bit while states fit, halving memory). */
  delta: Uint16Array | Int32Array;
  /** Patterns ending at each state (including via failure links), or undefined. */
  out: (number[] | undefined)[];
}

function buildDfa(folded: readonly string[], collapse?: number): Dfa {
  const sym = new Uint16Array(0x10000);
  let A = 1;
  for (const f of folded)
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (!sym[c]) sym[c] = A++;
    }
  const ignore = A++;
  // Trie
  const goto: Map<number, number>[] = [new Map()];
  const out: (number[] | undefined)[] = [undefined];
  folded.forEach((f, p) => {
    if (!f) return;
    let s = 0;
    for (let i = 0; i < f.length; i++) {
      const a = sym[f.charCodeAt(i)]!;
      let t = goto[s]!.get(a);
      if (t === undefined) {
        t = goto.length;
        goto.push(new Map());
        out.push(undefined);
        goto[s]!.set(a, t);
      }
      s = t;
    }
    (out[s] ??= []).push(p);
  });
  // Complete DFA by breadth-first search over failure links
  const delta = goto.length < 0x10000 ? new Uint16Array(goto.length * A) : new Int32Array(goto.length * A);
  const fail = new Int32Array(goto.length);
  const queue: number[] = [];
  for (let a = 0; a < A; a++) {
    const t = goto[0]!.get(a);
    if (t !== undefined) {
      delta[a] = t;
      queue.push(t);
    }
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    const f = fail[s]!;
    if (out[f]) out[s] = [...(out[s] ?? []), ...out[f]!];
    // Start from the failure state's complete row (one native copy), then set the trie's own edges.
    delta.copyWithin(s * A, f * A, f * A + A);
    for (const [a, t] of goto[s]!) {
      fail[t] = delta[f * A + a]!;
      delta[s * A + a] = t;
      queue.push(t);
    }
  }
  // Loops, set last (rows were copied from failure states above): `ignore` everywhere, `collapse` where it
  // entered the state (a trie node's incoming symbol is its edge's: every transition into it reads that symbol).
  const c = collapse === undefined ? 0 : sym[collapse]!;
  for (let s = 0; s < goto.length; s++) {
    delta[s * A + ignore] = s;
    if (c) {
      const t = goto[s]!.get(c);
      if (t !== undefined) delta[t * A + c] = t;
    }
  }
  return { A, ignore, sym, delta, out };
}

/**
 * The dense DFA behind the Automaton interface: the automaton built in place
 * from the patterns, kept as the reference the compiled one must equal
 * (tests/unit/compiled-matcher.test.ts). Costs ~0.8 MB and 7–15 ms to build.
 */
export class DenseAutomaton implements Automaton {
  private readonly dfa: Dfa;
  private readonly hit: Uint8Array;
  readonly space: number;
  constructor(folded: readonly string[], isAlias: (pattern: number) => boolean) {
    this.dfa = buildDfa(folded, SPACE);
    this.space = this.dfa.sym[SPACE]!;
    this.hit = new Uint8Array(this.dfa.out.length);
    this.dfa.out.forEach((ps, s) => {
      if (ps?.some(isAlias)) this.hit[s] = 1;
    });
  }
  get stateCount(): number {
    return this.dfa.out.length;
  }
  get ignore(): number {
    return this.dfa.ignore;
  }
  symbol(c: number): number {
    const f = fold(c);
    return f === IGNORE ? this.dfa.ignore : this.dfa.sym[f]!;
  }
  next(state: number, a: number): number {
    return this.dfa.delta[state * this.dfa.A + a]!;
  }
  outputs(state: number): readonly number[] | undefined {
    return this.dfa.out[state];
  }
  run(text: string, state: number, raw: number[]): number {
    for (let i = 0; i < text.length; i++) {
      state = this.next(state, this.symbol(text.charCodeAt(i)));
      if (this.hit[state]) raw.push(i + 1, state);
    }
    return state;
  }
}
