/**
 * Random access over a list of chunks (the text nodes of one block of a page,
 * or one string) as one virtual string, without joining them: the matcher
 * reads text where it is. Used off the hot loop (verifying raw hits, reading
 * cue windows): an access near the previous one (a hit is verified walking a
 * few code units back) finds its chunk at once; others by binary search.
 */
import { fold, IGNORE } from './fold.ts';

export class ChunkText {
  readonly starts: number[] = [];
  readonly length: number;
  /** The chunk of the previous access. */
  private near = 0;
  constructor(readonly chunks: readonly string[]) {
    let n = 0;
    for (const c of chunks) {
      this.starts.push(n);
      n += c.length;
    }
    this.length = n;
  }

  static of(text: string | readonly string[] | ChunkText): ChunkText {
    return text instanceof ChunkText ? text : new ChunkText(typeof text === 'string' ? [text] : text);
  }

  /** Index of the chunk holding `pos` (the last one for pos = length). */
  chunkAt(pos: number): number {
    const s = this.starts,
      last = s.length - 1;
    // The previous access's chunk, or one of its neighbours: the last chunk starting at or before `pos`.
    for (let c = Math.max(0, this.near - 1), e = Math.min(last, this.near + 1); c <= e; c++)
      if (s[c]! <= pos && (c === last || s[c + 1]! > pos)) return (this.near = c);
    let lo = 0,
      hi = last;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return (this.near = lo);
  }

  /** Whether a chunk (text node) boundary lies at `pos` (inside the text). */
  isBoundary(pos: number): boolean {
    if (pos <= 0 || pos >= this.length) return false;
    return this.starts[this.chunkAt(pos)] === pos;
  }

  /** The code unit at `pos`, or -1 outside the text. */
  code(pos: number): number {
    if (pos < 0 || pos >= this.length) return -1;
    const i = this.chunkAt(pos);
    return this.chunks[i]!.charCodeAt(pos - this.starts[i]!);
  }

  slice(a: number, b: number): string {
    a = Math.max(0, a);
    b = Math.min(this.length, b);
    let out = '';
    for (let i = this.chunkAt(a); i < this.chunks.length && this.starts[i]! < b; i++) {
      const s = this.starts[i]!;
      out += this.chunks[i]!.slice(Math.max(0, a - s), b - s);
    }
    return out;
  }

  /** Position of the first non-ignorable code unit before `pos` (-1 if none). */
  prevPos(pos: number): number {
    let i = pos - 1;
    while (i >= 0 && fold(this.code(i)) === IGNORE) i--;
    return i;
  }

  /** Position of the first non-ignorable code unit at or after `pos` (length if none). */
  nextPos(pos: number): number {
    while (pos < this.length && fold(this.code(pos)) === IGNORE) pos++;
    return pos;
  }
}
