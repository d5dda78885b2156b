/**
 * Random access over a list of chunks (the text nodes of one block of a page,
 * or one string) as one virtual string, without joining them: the matcher
 * reads text where it is. Used only off the hot loop (verifying the rare raw
 * hits, reading cue windows), so a binary search per access is fine.
 */
import { fold, IGNORE } from './fold.ts';

export class ChunkText {
  readonly starts: number[] = [];
  readonly length: number;
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
    let lo = 0,
      hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
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
