/**
 * Vendor-name matcher — a pure module: text in, spans out (no DOM).
 *
 * Design
 * 1. One pass for the whole vocabulary. Every alias and stop phrase is folded
 *    (fold.ts) and inserted into one Aho–Corasick trie, which is then turned
 *    into a complete DFA: `delta[state * A + symbol]` is the next state, so the
 *    hot loop is one table look-up per code unit whatever the vocabulary size.
 *    Symbols are the distinct folded code units used by patterns (A of them,
 *    ~100); every other code unit is symbol 0.
 * 2. No copies. The text is read where it is, as a list of chunks (the text
 *    nodes of one block of a page, or one string), folding each code unit on
 *    the fly: zero-width characters and soft hyphens are skipped, space runs
 *    count as one space. Offsets are into the concatenated chunks.
 * 3. Verification, only for the rare raw hits: the start is found by walking
 *    back; word boundaries are checked (Unicode letters and digits of spaced
 *    scripts; CJK names need none); a plural "s" or a Cyrillic case ending
 *    (`stem`) may follow; `exact` aliases are compared case-sensitively.
 * 4. Selection: leftmost-longest, so "Kaspersky Lab" beats "Kaspersky" and a
 *    stop phrase ("Eugene Kaspersky", "press F5") swallows the alias inside it.
 * 5. Context: `weak` aliases (F5, RSA, Juniper…) are reported as weak; the
 *    caller keeps them when a cue of the vendor is within CUE_WINDOW code
 *    units, or the vendor is named unambiguously elsewhere in the document.
 * Cost: O(n) for n code units plus O(k·m) for k raw hits of length m;
 * memory O(states × A) for the DFA (a few hundred KB).
 */
import { fold, foldString, IGNORE, isLetter, isWordChar, SPACE } from './fold.ts';
import { Flag, type Vocabulary } from './vocabulary.ts';

export const CUE_WINDOW = 200;

export interface Span {
  start: number;
  end: number;
  vendor: number;
  pattern: number;
  weak: boolean;
}

/** Random access over a list of chunks, as one virtual string. */
export class ChunkText {
  readonly starts: number[] = [];
  readonly length: number;
  constructor(readonly chunks: readonly string[]) {
    let n = 0;
    for (const c of chunks) { this.starts.push(n); n += c.length; }
    this.length = n;
  }
  /** Index of the chunk holding `pos` (the last one for pos = length). */
  chunkAt(pos: number): number {
    let lo = 0, hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  code(pos: number): number {
    if (pos < 0 || pos >= this.length) return -1;
    const i = this.chunkAt(pos);
    return this.chunks[i]!.charCodeAt(pos - this.starts[i]!);
  }
  slice(a: number, b: number): string {
    a = Math.max(0, a); b = Math.min(this.length, b);
    let out = '';
    for (let i = this.chunkAt(a); i < this.chunks.length && this.starts[i]! < b; i++) {
      const s = this.starts[i]!;
      out += this.chunks[i]!.slice(Math.max(0, a - s), b - s);
    }
    return out;
  }
}

export class Matcher {
  private readonly A: number;
  private readonly sym = new Uint16Array(0x10000);
  private readonly delta: Int32Array;
  private readonly out: (number[] | undefined)[];
  private readonly plen: number[];
  private readonly exactForm: string[];

  constructor(readonly voc: Vocabulary) {
    const folded = voc.patterns.map((p) => foldString(p));
    this.plen = folded.map((f) => f.length);
    this.exactForm = voc.patterns.map((p) => foldString(p, true));
    let A = 1;
    for (const f of folded) for (let i = 0; i < f.length; i++) { const c = f.charCodeAt(i); if (!this.sym[c]) this.sym[c] = A++; }
    this.A = A;
    // Trie
    const goto: Map<number, number>[] = [new Map()];
    const out: (number[] | undefined)[] = [undefined];
    folded.forEach((f, p) => {
      if (!f) return;
      let s = 0;
      for (let i = 0; i < f.length; i++) {
        const a = this.sym[f.charCodeAt(i)]!;
        let t = goto[s]!.get(a);
        if (t === undefined) { t = goto.length; goto.push(new Map()); out.push(undefined); goto[s]!.set(a, t); }
        s = t;
      }
      (out[s] ??= []).push(p);
    });
    // Complete DFA by breadth-first search over failure links
    const delta = new Int32Array(goto.length * A);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let a = 0; a < A; a++) {
      const t = goto[0]!.get(a);
      if (t !== undefined) { delta[a] = t; queue.push(t); }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      if (out[f]) out[s] = [...(out[s] ?? []), ...out[f]!];
      for (let a = 0; a < A; a++) {
        const t = goto[s]!.get(a);
        if (t === undefined) delta[s * A + a] = delta[f * A + a]!;
        else { fail[t] = delta[f * A + a]!; delta[s * A + a] = t; queue.push(t); }
      }
    }
    this.delta = delta;
    this.out = out;
  }

  get stateCount(): number { return this.out.length; }

  /** All verified, selected spans in `text` (strong and weak). */
  scan(text: string | readonly string[]): Span[] {
    const t = new ChunkText(typeof text === 'string' ? [text] : text);
    const raw: [number, number][] = []; // [end, pattern]
    const { A, sym, delta, out } = this;
    let state = 0, prevSpace = true, pos = 0;
    for (const chunk of t.chunks) {
      for (let i = 0; i < chunk.length; i++, pos++) {
        const f = fold(chunk.charCodeAt(i));
        if (f === IGNORE) continue;
        if (f === SPACE) { if (prevSpace) continue; prevSpace = true; } else prevSpace = false;
        state = delta[state * A + sym[f]!]!;
        const o = out[state];
        if (o) for (const p of o) raw.push([pos + 1, p]);
      }
    }
    if (!raw.length) return [];
    const spans: Span[] = [];
    for (const [end, p] of raw) {
      const s = this.verify(t, end, p);
      if (s) spans.push(s);
    }
    return select(spans);
  }

  /** Whether a cue word of the span's vendor occurs near it. */
  hasCue(text: string | readonly string[] | ChunkText, span: Span): boolean {
    const cues = this.voc.cues[span.vendor];
    if (!cues?.length) return false;
    const t = text instanceof ChunkText ? text : new ChunkText(typeof text === 'string' ? [text] : text);
    const around = foldString(t.slice(span.start - CUE_WINDOW, span.start) + ' ' + t.slice(span.end, span.end + CUE_WINDOW));
    return cues.some((c) => around.includes(foldString(c)));
  }

  private verify(t: ChunkText, end: number, p: number): Span | null {
    const flags = this.voc.flags[p]!;
    // Walk back over plen folded units to find the start.
    let need = this.plen[p]!, i = end - 1, prevSpace = false;
    let start = end;
    while (need > 0 && i >= 0) {
      const f = fold(t.code(i));
      if (f !== IGNORE) {
        if (f === SPACE) { if (!prevSpace) { need--; prevSpace = true; } }
        else { need--; prevSpace = false; }
        start = i;
      }
      i--;
    }
    if (flags & Flag.Exact && foldString(t.slice(start, end), true) !== this.exactForm[p]) return null;
    // Left boundary
    const pat = this.voc.patterns[p]!;
    if (isWordChar(pat.charCodeAt(0)) && isWordChar(prevCode(t, start))) return null;
    // Right boundary, with plural "s" and Cyrillic case endings allowed
    const last = pat.charCodeAt(pat.length - 1);
    let spanEnd = end;
    if (isWordChar(last)) {
      let j = end;
      let next = nextCode(t, j);
      if (flags & Flag.Stem) {
        while (next > 0 && isLetter(next)) { j = skipTo(t, j) + 1; next = nextCode(t, j); }
        spanEnd = j;
      } else if (next === 0x73 && /[A-Za-z]/.test(pat[pat.length - 1]!)) {
        const after = nextCode(t, skipTo(t, j) + 1);
        if (!isWordChar(after)) next = after;
      }
      if (isWordChar(next)) return null;
    }
    const vendor = this.voc.vendorOf[p]!;
    return { start, end: spanEnd, vendor, pattern: p, weak: (flags & Flag.Weak) !== 0 };
  }
}

/** The code unit before `pos`, skipping ignorable ones (-1 at the start). */
function prevCode(t: ChunkText, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) { const c = t.code(i); if (fold(c) !== IGNORE) return c; }
  return -1;
}
/** Index of the first non-ignorable code unit at or after `pos`. */
function skipTo(t: ChunkText, pos: number): number {
  while (pos < t.length && fold(t.code(pos)) === IGNORE) pos++;
  return pos;
}
function nextCode(t: ChunkText, pos: number): number {
  return t.code(skipTo(t, pos));
}

/** Leftmost-longest selection; stop phrases win ties and are then dropped. */
function select(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.vendor - b.vendor);
  const kept: Span[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    lastEnd = s.end;
    if (s.vendor >= 0) kept.push(s);
  }
  return kept;
}

/**
 * Resolves weak spans within one text: kept when a cue is near or the vendor
 * is in `confirmed` (vendors named unambiguously in the document; this
 * function adds the text's own strong vendors to it). Returns the kept spans
 * and the weak ones still pending, which a caller may promote later.
 */
export function resolveContext(m: Matcher, text: string | readonly string[], spans: Span[], confirmed: Set<number>): { kept: Span[]; pending: Span[] } {
  for (const s of spans) if (!s.weak) confirmed.add(s.vendor);
  const kept: Span[] = [];
  const pending: Span[] = [];
  const t = new ChunkText(typeof text === 'string' ? [text] : text);
  for (const s of spans) {
    if (!s.weak || confirmed.has(s.vendor) || m.hasCue(t, s)) kept.push(s);
    else pending.push(s);
  }
  return { kept, pending };
}
