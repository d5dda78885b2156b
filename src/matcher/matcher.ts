/**
 * Vendor-name matcher — a pure module: text in, spans out (no DOM).
 *
 * Design
 * 1. One pass for the whole vocabulary, compiled at build time, never in the
 *    page (the uBlock Origin way: compiled data with a format version): the
 *    data compiler folds aliases and stop phrases (fold.ts) into one
 *    Aho–Corasick automaton (automaton-build.ts) and packs it into the
 *    vocabulary module as a few base64 arrays, three small numbers per state
 *    (entering symbol, child count, failure link; breadth-first numbering
 *    makes children consecutive). The matcher reads that form where it is
 *    (automaton.ts): opening it is a decode and one pass over the states,
 *    well under a millisecond at three times today's vocabulary, and it is
 *    opened only once a frame has text to look at (content/lazy-matcher.ts).
 *    A step is a goto edge or a failure link, amortised O(1) per code unit
 *    with no allocation, whatever the vocabulary size. The dense DFA built
 *    in place (dfa.ts, ~0.8 MB, 7–15 ms) is kept only as the reference the
 *    compiled form must scan identically (tests/unit/compiled-matcher.test.ts).
 * 2. No copies. The text is read where it is, as a list of chunks (the text
 *    nodes of one block of a page, or one string), folding each code unit on
 *    the fly: zero-width characters, soft hyphens and bidi marks are skipped,
 *    space runs count as one space. Offsets are into the concatenated chunks.
 * 3. Verification, only for the rare raw hits (cost O(k·m) for k hits of
 *    length m): the start is found by walking back; then
 *    - case: names are proper nouns. An alias written with a capital needs a
 *      capital in the text ("microsoft.com", "#kaspersky", "juniper berries"
 *      are not names); `exact` aliases (ordinary words: Progress, Avast,
 *      Okta) must match as written;
 *    - word boundaries on both sides (letters and digits of spaced scripts;
 *      names in CJK, Thai and similar scripts need none). A text-node
 *      boundary where a lower-case letter meets a capital counts as a word
 *      boundary ("Learn how" + "Microsoft Store" from two elements);
 *    - a plural "s" or possessive may follow; `stem` aliases (Cyrillic
 *      "Касперск") take any case ending.
 * 4. Selection: leftmost-longest, so "Kaspersky Lab" beats "Kaspersky" and a
 *    stop phrase ("Eugene Kaspersky", "press F5", "RSA-4096") swallows the
 *    alias inside it and is never reported.
 * 5. Context (context.ts): `weak` aliases (F5, RSA, Juniper…) are kept only
 *    with a cue nearby or once the vendor is confirmed in the document.
 *
 * Policy for people's names: a person who bears the vendor's name is not the
 * vendor. Founders' and their families' full names and honorific forms
 * ("Eugene Kaspersky", "John McAfee", "Mr. McAfee") are stop phrases in the
 * vendor's `exclude`. A bare surname ("McAfee said") stays a mention: alone
 * it far more often means the company, and telling the two apart needs
 * reading the sentence, which a one-pass matcher does not do.
 */
import { ChunkText } from './chunk-text.ts';
import { CompactAutomaton, type Automaton } from './automaton.ts';
import { hasCapital, leftOk, rightEnd } from './boundaries.ts';
import { fold, foldString, IGNORE, SPACE } from './fold.ts';
import { Flag, VOCABULARY_FORMAT, type Vocabulary } from './vocabulary.ts';

import type { Span } from './span.ts';

export type { Span } from './span.ts';

export class Matcher {
  private readonly aut: Automaton;
  private readonly exactForms = new Map<number, string>();
  private cues: string[][] | null = null;
  private warm = false;

  /**
   * Opens the vocabulary's compiled automaton (no table is built); `automaton`
   * replaces it (the tests' dense reference). A vocabulary of another format
   * (a stale build or cache) is refused with the two formats named.
   */
  constructor(
    readonly voc: Vocabulary,
    automaton?: Automaton,
  ) {
    if (voc.format !== VOCABULARY_FORMAT)
      throw new Error(
        `vocabulary has format ${voc.format}, this matcher reads ${VOCABULARY_FORMAT}: rebuild it`,
      );
    this.aut = automaton ?? new CompactAutomaton(voc.automaton);
  }

  get stateCount(): number {
    return this.aut.stateCount;
  }

  /** Per vendor: folded cue words (folded on first use: only weak hits need them). */
  get foldedCues(): readonly string[][] {
    return (this.cues ??= this.voc.cues.map((cs) => cs.map((c) => foldString(c)).filter(Boolean)));
  }

  private exactForm(p: number): string {
    let f = this.exactForms.get(p);
    if (f === undefined) this.exactForms.set(p, (f = foldString(this.voc.patterns[p]!, true)));
    return f;
  }

  /** All verified, selected spans in `text` (strong and weak). */
  scan(text: string | readonly string[]): Span[] {
    return this.scanInSteps(text, Infinity)() ?? [];
  }

  /**
   * scan() in steps, for texts too long for one slice of work: each call of
   * the returned function reads up to `step` more code units and returns the
   * spans that are now final (in order), then null once the text is done.
   * The spans of all steps together are exactly scan()'s, as long as no
   * mention is longer than HOLD code units: spans starting within HOLD of the
   * step's end wait for the next step, where a longer one may still win.
   */
  scanInSteps(text: string | readonly string[], step: number): () => Span[] | null {
    const t = ChunkText.of(text);
    const aut = this.aut,
      { ignore, space } = aut;
    let state = 0,
      prevSpace = true,
      pos = 0,
      chunk = 0,
      i = 0,
      lastEnd = -1,
      held: Span[] = [],
      done = false;
    return () => {
      if (done) return null;
      const raw: number[] = []; // pairs: end, pattern
      const stop = pos + step;
      for (; chunk < t.chunks.length && pos < stop; chunk++, i = 0) {
        const c = t.chunks[chunk]!;
        for (; i < c.length && pos < stop; i++, pos++) {
          const a = aut.symbol(c.charCodeAt(i));
          if (a === ignore) continue;
          if (a === space && space !== 0) {
            if (prevSpace) continue;
            prevSpace = true;
          } else prevSpace = false;
          state = aut.next(state, a);
          const o = aut.outputs(state);
          if (o) for (const p of o) raw.push(pos + 1, p);
        }
        if (i < c.length) break; // the step ends inside this chunk
      }
      done = pos >= t.length;
      if (!raw.length && !held.length) return done ? null : [];
      const spans = held;
      for (let k = 0; k < raw.length; k += 2) {
        const s = this.verify(t, raw[k]!, raw[k + 1]!);
        if (s) spans.push(s);
      }
      spans.sort(byPosition);
      const cut = done ? Infinity : pos - HOLD;
      held = [];
      const out: Span[] = [];
      for (const s of spans) {
        if (s.start >= cut) held.push(s);
        else if (s.start >= lastEnd) {
          lastEnd = s.end;
          if (s.vendor >= 0) out.push(s);
        }
      }
      return out;
    };
  }

  private verify(t: ChunkText, end: number, p: number): Span | null {
    const flags = this.voc.flags[p]!;
    const back = walkBack((i) => t.code(i), end, this.voc.plen[p]!);
    const start = back < 0 ? -back - 1 : back;
    if (flags & Flag.Exact) {
      if (foldString(t.slice(start, end), true) !== this.exactForm(p)) return null;
    } else if (flags & Flag.Cap && !hasCapital(t, start, end)) return null;
    const pat = this.voc.patterns[p]!;
    if (!leftOk(t, start, pat)) return null;
    const spanEnd = rightEnd(t, end, pat, (flags & Flag.Stem) !== 0);
    if (spanEnd < 0) return null;
    return {
      start,
      end: spanEnd,
      vendor: this.voc.vendorOf[p]!,
      pattern: p,
      weak: (flags & Flag.Weak) !== 0,
    };
  }

  // ── Fast path for the content script's prefilter ───────────────────────────
  // Used by src/page-text/prefilter.ts `candidateSegments`; scan() does not use
  // it. It must stay a superset of scan() (tests/unit/compiled-matcher.test.ts
  // checks it): keep it in step with the automaton and verify()'s case rules.

  /**
   * Where a mention may end in `text`, without splitting it into blocks:
   * pushes to `ends` the offset just past each raw hit of an alias that passes
   * the case rules (`exact`, capital). Boundaries are not checked (they depend
   * on where blocks and text nodes split the text), so every span scan() finds
   * in any run of consecutive code units of `text` contains one of the offsets
   * minus one. Pass the returned carry on for text that follows (0 to start).
   */
  candidateEnds(text: string, ends: number[], carry = 0): number {
    const raw = rawHits;
    if (!this.warm) this.warmUp();
    const state = this.aut.run(text, carry, raw);
    for (let k = 0; k < raw.length; k += 2) {
      for (const p of this.aut.outputs(raw[k + 1]!)!)
        if (this.voc.vendorOf[p]! >= 0 && this.caseFits(text, raw[k]!, p)) {
          ends.push(raw[k]!);
          break;
        }
    }
    raw.length = 0;
    return state;
  }

  /**
   * A few runs over an alias give the raw pass type feedback for its rare
   * branch, so its optimised code is not thrown away at the page's first hit.
   */
  private warmUp(): void {
    this.warm = true;
    const sample = ` ${this.voc.patterns[this.voc.vendorOf.findIndex((v) => v >= 0)] ?? ''} `;
    for (let k = 0; k < 12; k++) this.aut.run(sample, 0, rawHits);
    rawHits.length = 0;
  }

  /** verify()'s case rules alone; true when the match starts in earlier text. */
  private caseFits(text: string, end: number, p: number): boolean {
    const start = walkBack((i) => text.charCodeAt(i), end, this.voc.plen[p]!);
    if (start < 0) return true;
    if (this.voc.flags[p]! & Flag.Exact)
      return foldString(text.slice(start, end), true) === this.exactForm(p);
    return (
      !(this.voc.flags[p]! & Flag.Cap) || hasCapital(ChunkText.of(text.slice(start, end)), 0, end - start)
    );
  }
}

const rawHits: number[] = [];

/**
 * Where a match ending at `end` starts: walks back over `need` folded units
 * (a run of spaces counts once, ignorable units not at all). Returns the
 * start, or -(start + 1) when the text began before `need` units were seen.
 */
function walkBack(code: (i: number) => number, end: number, need: number): number {
  let prevSpace = false,
    start = end;
  for (let i = end - 1; need > 0 && i >= 0; i--) {
    const f = fold(code(i));
    if (f === IGNORE) continue;
    if (f === SPACE) {
      if (!prevSpace) {
        need--;
        prevSpace = true;
      }
    } else {
      need--;
      prevSpace = false;
    }
    start = i;
  }
  return need > 0 ? -start - 1 : start;
}

/** Longest mention (code units) a step of scanInSteps waits for; longer ones may be cut at a step's end. */
const HOLD = 4096;

/** Leftmost-longest order; stop phrases win ties (selection then drops them). */
function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.vendor - b.vendor;
}
