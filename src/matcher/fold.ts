/**
 * Per-code-unit text folding shared by the matcher and its compiler.
 *
 * Every UTF-16 code unit folds to one code unit, or to IGNORE. Because the
 * mapping never changes lengths, the matcher can run on the page's text as it
 * is (no normalised copy, no offset map) and report offsets into it.
 * - soft hyphen, zero-width space/joiners, word joiner, BOM, direction marks
 *   and bidi controls (common around names in Arabic and Hebrew text) → IGNORE
 * - every kind of space, tab and line break → ' ' (runs are collapsed by the caller)
 * - full-width ASCII (Ａ-ｚ, ０-９) → ASCII
 * - typographic apostrophes and the Hebrew geresh → '; non-breaking hyphens → '-'
 * - lower case (only where it stays one code unit)
 * Word boundaries: letters, digits and marks are word characters, except in
 * scripts written without spaces (CJK, Thai, Lao, Khmer, Myanmar), where a
 * name needs no boundary (the classes beyond ASCII are data: unicode-ranges.ts).
 */

import { FIRST, isLetterUnit, isWordUnit } from './unicode-ranges.ts';

export const IGNORE = 0xffff;
export const SPACE = 0x20;

const IGNORABLE = new Set([
  0x00ad, 0x034f, 0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d,
  0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff,
]);

function isSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Folds one code unit, keeping its case. */
function foldKeepCase(c: number): number {
  if (c < 0x80) return c <= 0x20 ? SPACE : c;
  if (IGNORABLE.has(c)) return IGNORE;
  if (isSpace(c)) return SPACE;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032 || c === 0x05f3) return 0x27;
  if (c === 0x2010 || c === 0x2011) return 0x2d;
  return c;
}

const cache = new Uint16Array(0x10000); // 0 = not computed yet

function computeFold(c: number): number {
  let f = foldKeepCase(c);
  if (f !== IGNORE && f !== SPACE) {
    if (f >= 0x41 && f <= 0x5a) f += 0x20;
    else if (f >= 0x80) {
      const lower = String.fromCharCode(f).toLowerCase();
      if (lower.length === 1) f = lower.charCodeAt(0);
    }
  }
  return f;
}

/** Folds one code unit to its case-insensitive form (cached). */
export function fold(c: number): number {
  const f = cache[c];
  if (f) return f;
  const g = computeFold(c) || SPACE; // NUL folds to a space, so 0 can mean "not computed"
  cache[c] = g;
  return g;
}

/** Folds a whole string: IGNORE dropped, space runs collapsed, trimmed. */
export function foldString(s: string, keepCase = false): string {
  let out = '';
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const f = keepCase ? foldKeepCase(s.charCodeAt(i)) : fold(s.charCodeAt(i));
    if (f === IGNORE) continue;
    if (f === SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    out += String.fromCharCode(f);
  }
  return out.trimEnd();
}

/** A letter, digit or mark of a script that separates words with spaces. */
export function isWordChar(c: number): boolean {
  if (c < FIRST)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return c <= 0xffff && isWordUnit(c);
}

/** A letter (\p{L}) of any script. */
export function isLetter(c: number): boolean {
  if (c < FIRST) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return c <= 0xffff && isLetterUnit(c);
}

/** An upper-case letter (full-width ones too). */
export function isUpper(c: number): boolean {
  if (c < 0) return false;
  const k = foldKeepCase(c);
  return k !== IGNORE && k !== SPACE && k !== fold(c);
}

/** A lower-case letter: one that has an upper-case form. */
export function isLower(c: number): boolean {
  if (c < 0 || isUpper(c)) return false;
  const ch = String.fromCharCode(foldKeepCase(c));
  return ch.toUpperCase() !== ch;
}
