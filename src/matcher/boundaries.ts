/**
 * Word-boundary rules for the matcher's verification step (matcher.ts), on
 * the chunked text: what may stand before and after a name. Run only for
 * raw hits, never in the hot loop.
 */
import type { ChunkText } from './chunk-text.ts';
import { isLetter, isLower, isUpper, isWordChar } from './fold.ts';

/** Whether the text between start and end holds a capital. */
export function hasCapital(t: ChunkText, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isUpper(t.code(i))) return true;
  return false;
}

/**
 * Lower-case letter at `a`, capital at `b`, in different text nodes: two
 * elements laid out apart ("Learn how" + "Microsoft Store"), so a boundary.
 */
function caseBreak(t: ChunkText, a: number, b: number): boolean {
  return a >= 0 && t.chunkAt(a) !== t.chunkAt(b) && isLower(t.code(a)) && isUpper(t.code(b));
}

/** Whether a name written as `pat` may start at `start`. */
export function leftOk(t: ChunkText, start: number, pat: string): boolean {
  if (!isWordChar(pat.charCodeAt(0))) return true;
  const before = t.prevPos(start);
  return !isWordChar(t.code(before)) || caseBreak(t, before, start);
}

/**
 * Where a name written as `pat`, matched up to `end`, really ends: `end`, or
 * after a plural "s" ("S" after a capital) of a Latin name, or after any case
 * ending of a `stem`; -1 if a word goes on.
 */
export function rightEnd(t: ChunkText, end: number, pat: string, stem: boolean): number {
  if (!isWordChar(pat.charCodeAt(pat.length - 1))) return end;
  let spanEnd = end;
  let at = t.nextPos(end);
  if (stem) {
    while (isLetter(t.code(at))) {
      spanEnd = at + 1;
      at = t.nextPos(spanEnd);
    }
  } else if (/[A-Za-z]$/.test(pat)) {
    const c = t.code(at);
    if (
      (c === 0x73 || (c === 0x53 && isUpper(t.code(t.prevPos(end))))) &&
      !isWordChar(t.code(t.nextPos(at + 1)))
    ) {
      spanEnd = at + 1;
      at = t.nextPos(spanEnd);
    }
  }
  return isWordChar(t.code(at)) && !caseBreak(t, t.prevPos(spanEnd), at) ? -1 : spanEnd;
}
