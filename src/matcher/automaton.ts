/**
 * The matcher's automaton as it runs: the compact Aho–Corasick form compiled
 * at build time (automaton-build.ts), read where it is. Opening it is a
 * decode of its nine packed arrays (goto edges, failure and output links,
 * the root's row): no table is built, whatever the vocabulary size. A step
 * follows goto edges (a state has one or a few children) and failure
 * links (amortised O(1) per code unit, Aho–Corasick's bound); the raw pass
 * gives the first ROW_CAP states it visits HOT times a row of their own
 * (every symbol → next state: its failure state's row with its own edges
 * written over it, built in a copy), so the states a page
 * keeps coming back to take one lookup a step (about 40% faster on the
 * WHATWG spec) and a short text builds none.
 * Memory: ~9 bytes per state (~50 KB for 5,700 states), a code unit →
 * symbol cache filled as code units are first met, and the rows (2 bytes a
 * symbol: ~150 KB at most for 300 symbols, grown as rows are built).
 */
import { AUTOMATON_FORMAT, type CompiledAutomaton } from './automaton-build.ts';
import { fold, IGNORE } from './fold.ts';
import { unpack } from './pack.ts';

/** What the matcher needs of an automaton (this one, or the dense reference of dfa.ts). */
export interface Automaton {
  readonly stateCount: number;
  /** The symbol of code units to skip (the state does not change). */
  readonly ignore: number;
  /** The symbol of any space (a run of them counts as one). */
  readonly space: number;
  /** Symbol of a raw (unfolded) code unit. */
  symbol(c: number): number;
  next(state: number, a: number): number;
  /** Patterns ending at `state` (through failure links too), in the reference order. */
  outputs(state: number): readonly number[] | undefined;
  /**
   * The raw pass: from `state` over `text`, ignorable code units skipped and
   * space runs taken as one; pushes (offset after, state) for each state
   * where an alias (`isAlias`) ends. Returns the last state.
   */
  run(text: string, state: number, raw: number[]): number;
}

type Uints = Uint8Array | Uint16Array | Uint32Array;

/** How many states get a dense row (see the top), and on which visit: a small page builds none. */
const ROW_CAP = 256;
const HOT = 16;
const NO_ROW = -HOT - 1;

export class CompactAutomaton implements Automaton {
  readonly stateCount: number;
  readonly ignore: number;
  readonly space: number;
  private readonly insym: Uints;
  private readonly count: Uints;
  private readonly fail: Uints;
  private readonly first: Uints;
  private readonly root: Uints;
  private readonly outLink: Uints;
  private readonly ownStart: Uints;
  private readonly own: Uints;
  private readonly hit: Uints;
  private readonly symOf = new Map<number, number>();
  private readonly alphabet: string;
  /** Raw code unit → symbol + 1 (0: not yet met). */
  private tab: Uint16Array | Uint32Array | null = null;
  private readonly outCache: (number[] | undefined)[] = [];
  /** Per state: its row's offset in `rows` + 1; else minus its visits so far (up to HOT), or NO_ROW once the cap is reached. */
  private rowAt: Int32Array | null = null;
  private rows = new Uint16Array(0);
  private rowCount = 0;

  constructor(c: CompiledAutomaton) {
    if (c.format !== AUTOMATON_FORMAT)
      throw new Error(
        `compiled automaton has format ${c.format}, this matcher reads ${AUTOMATON_FORMAT}: rebuild`,
      );
    this.insym = unpack(c.insym);
    this.count = unpack(c.count);
    this.first = unpack(c.first);
    this.fail = unpack(c.fail);
    this.outLink = unpack(c.outLink);
    this.hit = unpack(c.hit);
    this.root = unpack(c.root);
    this.ownStart = unpack(c.ownStart);
    this.own = unpack(c.own);
    this.stateCount = this.insym.length;
    this.alphabet = c.alphabet;
    this.ignore = c.alphabet.length + 1;
    this.space = c.alphabet.indexOf(' ') + 1;
  }

  private table(): Uint16Array | Uint32Array {
    return (this.tab ??= this.ignore < 0xffff ? new Uint16Array(0x10000) : new Uint32Array(0x10000));
  }

  symbol(c: number): number {
    const tab = this.table();
    const t = tab[c]!;
    if (t) return t - 1;
    const f = fold(c);
    if (!this.symOf.size)
      for (let i = 0; i < this.alphabet.length; i++) this.symOf.set(this.alphabet.charCodeAt(i), i + 1);
    const a = f === IGNORE ? this.ignore : (this.symOf.get(f) ?? 0);
    tab[c] = a + 1;
    return a;
  }

  next(state: number, a: number): number {
    const { insym, count, first, fail } = this;
    for (;;) {
      if (state === 0) return this.root[a]!;
      for (let k = first[state]!, e = k + count[state]!; k < e; k++) if (insym[k] === a) return k;
      state = fail[state]!;
    }
  }

  outputs(state: number): readonly number[] | undefined {
    if (!this.outLink[state]) return undefined;
    let o = this.outCache[state];
    if (!o) {
      o = this.outCache[state] = [];
      for (let t = this.outLink[state]!; t; t = this.outLink[this.fail[t]!]!)
        for (let k = this.ownStart[t]!; k < this.ownStart[t + 1]!; k++) o.push(this.own[k]!);
    }
    return o;
  }

  /**
   * Builds `state`'s row if the cap allows; returns its offset + 1, or NO_ROW.
   * A row is its failure state's row (the root's for a state one symbol deep)
   * with its own goto edges written over it: one copy, where a row of steps
   * (one per symbol, each following failure links) cost 256 rows ~7 ms on the
   * WHATWG spec, up to 15 ms of it in one step of the raw pass; the copies
   * take under a millisecond in all. A failure state without a row gets its
   * own first (it is shallower, and visited about as often).
   */
  private buildRow(state: number, rowAt: Int32Array): number {
    const width = this.ignore + 1;
    const f = this.fail[state]!;
    let fr = f === 0 ? 0 : rowAt[f]!;
    if (f !== 0 && fr <= 0 && fr !== NO_ROW) fr = this.buildRow(f, rowAt);
    let at = NO_ROW; // one store below: a store first met at the cap would throw away the raw pass's optimised code
    if (this.rowCount < ROW_CAP && this.stateCount <= 0xffff && (f === 0 || fr > 0)) {
      const off = this.rowCount++ * width;
      if (off + width > this.rows.length) {
        const grown = new Uint16Array(Math.min(ROW_CAP, Math.max(16, this.rowCount * 2)) * width);
        grown.set(this.rows);
        this.rows = grown;
      }
      const rows = this.rows;
      if (f === 0) rows.set(this.root, off);
      else rows.copyWithin(off, fr - 1, fr - 1 + width);
      for (let k = this.first[state]!, e = k + this.count[state]!; k < e; k++) rows[off + this.insym[k]!] = k;
      at = off + 1;
    }
    rowAt[state] = at;
    return at;
  }

  run(text: string, state: number, raw: number[]): number {
    const { insym, hit, ignore, space, root } = this,
      tab = this.table(),
      rowAt = (this.rowAt ??= new Int32Array(this.stateCount));
    let rows = this.rows;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      const t = tab[c]!;
      const a = t ? t - 1 : this.symbol(c);
      if (a === ignore || (a === space && insym[state] === space)) continue;
      if (state === 0) state = root[a]!;
      else {
        let r = rowAt[state]!;
        if (r <= 0) {
          if (r === -HOT) {
            r = this.buildRow(state, rowAt);
            rows = this.rows; // may have grown
          } else if (r > -HOT) rowAt[state] = r - 1;
        }
        state = r > 0 ? rows[r - 1 + a]! : this.next(state, a);
      }
      if (hit[state] !== 0) raw.push(i + 1, state);
    }
    return state;
  }
}
