/**
 * Context rules for ambiguous (`weak`) aliases — F5, RSA, Juniper, NSO…
 * A weak mention is kept when
 * - a cue word of its vendor is within CUE_WINDOW code units in the same
 *   block of text ("Juniper routers", "NSO's spyware"), or
 * - the vendor is confirmed in the document: named by an unambiguous alias,
 *   or by a weak alias that had a cue (so "NSO" far from any cue still counts
 *   in an article where another "NSO" sits next to "spyware").
 * Cues match at the start of a word and may run on ("sanction" finds
 * "sanctions"; "patch" does not find "dispatch"); CJK cues match anywhere.
 * Cost: only weak hits pay, with a fold of ~2×CUE_WINDOW code units each.
 */
import { ChunkText } from './chunk-text.ts';
import { foldString, isWordChar } from './fold.ts';
import type { Span } from './span.ts';

/** What the context rules need of a matcher: each vendor's cue words, folded. */
export interface CueSource {
  readonly foldedCues: readonly (readonly string[] | undefined)[];
}

const CUE_WINDOW = 200;

/** Whether folded `cue` occurs in folded `text` at the start of a word. */
function hasWordStart(text: string, cue: string): boolean {
  const free = !isWordChar(cue.charCodeAt(0));
  for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
    if (free || i === 0 || !isWordChar(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Whether a cue word of the span's vendor occurs near it (same text, CUE_WINDOW either side). */
function hasCue(m: CueSource, text: string | readonly string[] | ChunkText, span: Span): boolean {
  const cues = m.foldedCues[span.vendor];
  if (!cues?.length) return false;
  const t = ChunkText.of(text);
  const around = foldString(
    t.slice(span.start - CUE_WINDOW, span.start) + ' | ' + t.slice(span.end, span.end + CUE_WINDOW),
  );
  return cues.some((c) => hasWordStart(around, c));
}

/**
 * Resolves weak spans within one text: kept when a cue is near or the vendor
 * is in `confirmed` (vendors confirmed in the document; this function adds
 * the text's strong vendors and cue-confirmed weak vendors to it). Returns
 * the kept spans and the weak ones still pending, which a caller may
 * promote once their vendor is confirmed by a later text.
 */
export function resolveContext(
  m: CueSource,
  text: string | readonly string[] | ChunkText,
  spans: Span[],
  confirmed: Set<number>,
): { kept: Span[]; pending: Span[] } {
  const t = ChunkText.of(text);
  const cued = new Set<Span>();
  for (const s of spans) {
    if (!s.weak) confirmed.add(s.vendor);
    else if (!confirmed.has(s.vendor) && hasCue(m, t, s)) cued.add(s);
  }
  for (const s of cued) confirmed.add(s.vendor);
  const kept: Span[] = [];
  const pending: Span[] = [];
  for (const s of spans) (!s.weak || confirmed.has(s.vendor) ? kept : pending).push(s);
  return { kept, pending };
}
