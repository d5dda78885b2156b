/**
 * The matcher's word and letter classes beyond ASCII are packed boundaries
 * (src/matcher/unicode-ranges.ts), so a page never compiles a Unicode
 * property expression. They must say exactly what the expressions say, for
 * every code unit; when Node's Unicode version moves on, `npm run
 * data:unicode` writes them again.
 */
import { describe, expect, it } from 'vitest';
import { isLetter, isWordChar } from '../../src/matcher/fold.ts';
import {
  letterByExpression as letter,
  packBounds,
  wordByExpression as word,
} from '../../src/matcher/unicode-ranges.ts';
import { LETTER_BOUNDS, WORD_BOUNDS } from '../../src/matcher/unicode-ranges.data.ts';

describe('word and letter classes as data', () => {
  it('agree with the Unicode property expressions on every code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isWordChar(c) !== word(c)) wrong.push(`word U+${c.toString(16)}`);
      if (isLetter(c) !== letter(c)) wrong.push(`letter U+${c.toString(16)}`);
    }
    expect(wrong.slice(0, 10), 'run `npm run data:unicode` if Node’s Unicode version changed').toEqual([]);
  });

  it('are what the generator writes from this engine', () => {
    expect(WORD_BOUNDS).toBe(packBounds(word));
    expect(LETTER_BOUNDS).toBe(packBounds(letter));
  });

  it('keep the cases the boundary rules rely on', () => {
    const at = (s: string) => s.charCodeAt(0);
    expect(isWordChar(at('é'))).toBe(true);
    expect(isWordChar(at('Ж'))).toBe(true);
    expect(isWordChar(at('’'))).toBe(false); // "Apple’s": the apostrophe ends the name
    expect(isWordChar(at('华'))).toBe(false); // no spaces between words: a name needs no boundary
    expect(isWordChar(at('ก'))).toBe(false);
    expect(isWordChar(at('\u0301'))).toBe(true); // a combining mark continues a word
    expect(isWordChar(-1)).toBe(false);
    expect(isLetter(at('华'))).toBe(true);
    expect(isLetter(at('5'))).toBe(false);
    expect(isLetter(-1)).toBe(false);
  });
});
