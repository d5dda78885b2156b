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
 *    (automaton.ts): opening it is a decode of its packed arrays (no table
 *    is built), about a millisecond the first time in a page, at today's
 *    vocabulary and at three times it (npm run bench), and it is opened
 *    only in a frame whose gate found text that may hold a name
 *    (content/gate.ts; the scanner opens it, content/app.ts).
 *    A step is a goto edge or a failure link, amortised O(1) per code unit
 *    with no allocation, whatever the vocabulary size. The dense DFA built
 *    in place (dfa.ts, ~0.8 MB, 7–15 ms) is kept only as the reference the
 *    compiled form must scan identically (tests/unit/compiled-matcher.test.ts).
 * 2. No copies. The text is read where it is, as a list of chunks (the text
 *    nodes of one block of a page, or one string), folding each code unit on
 *    the fly: zero-width characters, soft hyphens and bidi marks are skipped,
 *    space runs count as one space. Offsets are into the concatenated chunks.
 * 3. Verification (verify.ts), only for the rare raw hits (cost O(k·m) for
 *    k hits of length m): the start is found by walking back; then
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
 * 4. Selection (scan-steps.ts): leftmost-longest, so "Kaspersky Lab" beats
 *    "Kaspersky" and a stop phrase ("Eugene Kaspersky", "press F5",
 *    "RSA-4096") swallows the alias inside it and is never reported.
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
import { VOCABULARY_FORMAT, type Vocabulary } from './vocabulary.ts';
import { Verifier } from './verify.ts';
import { Candidates } from './candidates.ts';
import { scanInSteps } from './scan-steps.ts';

import type { Span } from './span.ts';

export type { Span } from './span.ts';

export class Matcher {
  private readonly aut: Automaton;
  private readonly verifier: Verifier;
  private readonly candidates: Candidates;

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
    this.verifier = new Verifier(voc);
    this.candidates = new Candidates(this.aut, voc, this.verifier);
  }

  get stateCount(): number {
    return this.aut.stateCount;
  }

  /** Per vendor: folded cue words (folded when the vocabulary was compiled). */
  get foldedCues(): readonly string[][] {
    return this.voc.cues;
  }

  /** All verified, selected spans in `text` (strong and weak). */
  scan(text: string | readonly string[]): Span[] {
    const next = this.scanInSteps(text, Infinity),
      out: Span[] = [];
    for (let spans = next(); spans; spans = next()) for (const s of spans) out.push(s);
    return out;
  }

  /**
   * scan() in steps, for texts too long for one slice of work: each call of
   * the returned function reads up to `step` more code units (fewer once it
   * has STEP_HITS raw hits to verify) and returns the spans that are now
   * final (in order), then null once the text is done.
   * The spans of all steps together are exactly scan()'s, as long as no
   * mention is longer than HOLD code units: spans starting within HOLD of the
   * step's end wait for the next step, where a longer one may still win.
   */
  scanInSteps(text: string | readonly string[] | ChunkText, step: number): () => Span[] | null {
    return scanInSteps(this.aut, this.verifier, ChunkText.of(text), step);
  }

  // The fast path for the content script's prefilter: see candidates.ts.

  /**
   * Where a mention may end in `text`, without splitting it into blocks:
   * pushes to `ends` the offset just past each raw hit of an alias that passes
   * the case rules (`exact`, capital). Boundaries are not checked (they depend
   * on where blocks and text nodes split the text), so every span scan() finds
   * in any run of consecutive code units of `text` contains one of the offsets
   * minus one. Pass the returned carry on for text that follows (0 to start).
   */
  candidateEnds(text: string, ends: number[], carry = 0): number {
    return this.candidates.ends(text, ends, carry);
  }
}
