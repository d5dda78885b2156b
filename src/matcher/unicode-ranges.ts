/**
 * Code-unit classes the matcher's boundary checks need beyond ASCII (fold.ts),
 * as data instead of Unicode property escapes: compiling /[\p{L}\p{N}\p{M}_]/u
 * and its companions took a page's script world 1–2 ms the first time a name
 * stood next to a non-ASCII character ("Apple’s", any Cyrillic or CJK page).
 * Each class is a list of boundaries over U+0080–U+FFFF: the class holds a
 * code unit when an odd number of boundaries are at or below it. Packed as
 * base-36 gaps between boundaries, joined by commas.
 *
 * unicode-ranges.data.ts holds the lists; `npm run data:unicode` writes them
 * from the running engine's Unicode tables, and
 * tests/unit/unicode-ranges.test.ts checks every code unit against them.
 */
import { LETTER_BOUNDS, WORD_BOUNDS } from './unicode-ranges.data.ts';

/** The first code unit the lists describe (below it, callers decide). */
export const FIRST = 0x80;

/** Letters, digits and marks (and _) of scripts that put spaces between words: not Han, kana, Hangul, Thai, Lao, Khmer, Myanmar. */
const WORD_CLASS = /[\p{L}\p{N}\p{M}_]/u;
const NO_SPACES_CLASS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_CLASS = /\p{L}/u;

/** The classes as the engine's Unicode property expressions define them: for the generator and the tests, never run in a page. */
export function wordByExpression(c: number): boolean {
  const ch = String.fromCharCode(c);
  return WORD_CLASS.test(ch) && !NO_SPACES_CLASS.test(ch);
}
export const letterByExpression = (c: number): boolean => LETTER_CLASS.test(String.fromCharCode(c));

/** The boundaries of the code units from FIRST to U+FFFF for which `holds` is true, packed. */
export function packBounds(holds: (c: number) => boolean): string {
  const gaps: string[] = [];
  let inside = false,
    prev = FIRST;
  for (let c = FIRST; c <= 0xffff; c++)
    if (holds(c) !== inside) {
      inside = !inside;
      gaps.push((c - prev).toString(36));
      prev = c;
    }
  return gaps.join(',');
}

function unpackBounds(packed: string): Uint16Array {
  const gaps = packed.split(',');
  const bounds = new Uint16Array(gaps.length);
  for (let i = 0, c = FIRST; i < gaps.length; i++) bounds[i] = c += parseInt(gaps[i]!, 36);
  return bounds;
}

function holds(bounds: Uint16Array, c: number): boolean {
  let lo = 0,
    hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= c) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

let words: Uint16Array | null = null;
let letters: Uint16Array | null = null;

/** For a code unit from FIRST to U+FFFF: a word character of a spaced script. */
export const isWordUnit = (c: number): boolean => holds((words ??= unpackBounds(WORD_BOUNDS)), c);

/** For a code unit from FIRST to U+FFFF: a letter (\p{L}). */
export const isLetterUnit = (c: number): boolean => holds((letters ??= unpackBounds(LETTER_BOUNDS)), c);
