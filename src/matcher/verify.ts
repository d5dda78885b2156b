/**
 * Verification of a raw automaton hit (step 3 of the design in matcher.ts):
 * where the match starts (walking back over folded units), then case (a
 * capital where the alias has one; `exact` aliases as written), word
 * boundaries on both sides, and a plural, possessive or case ending after.
 * Also the case rules alone, for the prefilter's fast path (candidates.ts).
 */
import { ChunkText } from './chunk-text.ts';
import { hasCapital, leftOk, rightEnd } from './boundaries.ts';
import { fold, foldString, IGNORE, SPACE } from './fold.ts';
import { Flag, type Vocabulary } from './vocabulary.ts';
import type { Span } from './span.ts';

export class Verifier {
  private readonly exactForms = new Map<number, string>();

  constructor(private readonly voc: Vocabulary) {}

  private exactForm(p: number): string {
    let f = this.exactForms.get(p);
    if (f === undefined) this.exactForms.set(p, (f = foldString(this.voc.patterns[p]!, true)));
    return f;
  }

  /** The span of pattern `p`'s raw hit ending at `end` in `t`, or null when it is not a mention. */
  verify(t: ChunkText, end: number, p: number): Span | null {
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

  /** verify()'s case rules alone; true when the match starts in earlier text. */
  caseFits(text: string, end: number, p: number): boolean {
    const start = walkBack((i) => text.charCodeAt(i), end, this.voc.plen[p]!);
    if (start < 0) return true;
    if (this.voc.flags[p]! & Flag.Exact)
      return foldString(text.slice(start, end), true) === this.exactForm(p);
    return (
      !(this.voc.flags[p]! & Flag.Cap) || hasCapital(ChunkText.of(text.slice(start, end)), 0, end - start)
    );
  }
}

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
