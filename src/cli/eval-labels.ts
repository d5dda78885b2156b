/**
 * The labelled-corpus format read by `npm run eval` (see the corpus README,
 * e.g. ../shared/corpus/dev/labels.json), and how a label is found in a
 * document's visible text.
 *
 * Labels carry no offsets, only ~40 characters of context either side of
 * the labelled text, taken from a text extraction that may differ from ours
 * in whitespace and block separators. So both sides are compared with all
 * whitespace and ignorable characters removed ("squeezed"), and the label's
 * own text is the occurrence in its context that starts nearest to where
 * the context was cut (character 40).
 */
import { fold, IGNORE, SPACE } from '../matcher/fold.ts';

export interface Located {
  text: string;
  context: string;
  vendor?: string;
}
export interface Trap extends Located {
  why: string;
  looks_like: string;
  match?: string;
}
export interface DocLabels {
  file: string;
  kind: 'html' | 'text';
  mentions: Record<string, number>;
  mention_contexts: (Located & { vendor: string })[];
  traps: Trap[];
  persons: (Located & { vendor: string })[];
  hard_mentions: (Located & { vendor: string; why?: string })[];
  unsure?: string[];
}

/** A range of the document's visible text: [start, end). */
export interface Range {
  start: number;
  end: number;
}

const CUT = 40;

/** The text without whitespace or ignorable characters, with a map back to offsets. */
export class Squeezed {
  readonly s: string;
  readonly at: Int32Array;
  constructor(text: string) {
    let s = '';
    const at = new Int32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const f = fold(text.charCodeAt(i));
      if (f === IGNORE || f === SPACE) continue;
      s += text[i]!;
      at[n++] = i;
    }
    at[n] = text.length;
    this.s = s;
    this.at = at.subarray(0, n + 1);
  }
}

/** Where the label's text sits in its context: the occurrence starting nearest to the cut. */
function textInContext(l: Located): Range | null {
  const find = (hay: string, needle: string) => {
    let best = -1;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      if (best < 0 || Math.abs(i - CUT) < Math.abs(best - CUT)) best = i;
    }
    return best;
  };
  let i = find(l.context, l.text);
  if (i < 0) i = find(l.context.toLowerCase(), l.text.toLowerCase());
  return i < 0 ? null : { start: i, end: i + l.text.length };
}

/**
 * All places of the document where the label's text is, as ranges of the
 * visible text. Tries the whole context, then narrower windows around the
 * text (the edges of a context are where extractions differ most). Empty
 * when the label cannot be found.
 */
export function locate(doc: Squeezed, l: Located): Range[] {
  const inCtx = textInContext(l);
  if (!inCtx) return [];
  const ctx = new Squeezed(l.context);
  // Squeezed offsets of the text within the squeezed context.
  let a = 0;
  while (a < ctx.s.length && ctx.at[a]! < inCtx.start) a++;
  let b = a;
  while (b < ctx.s.length && ctx.at[b]! < inCtx.end) b++;
  if (b === a) return [];
  for (const w of [Infinity, 20, 10]) {
    const from = Math.max(0, a - w),
      to = Math.min(ctx.s.length, b + w);
    const needle = ctx.s.slice(from, to);
    const out: Range[] = [];
    for (let i = doc.s.indexOf(needle); i >= 0; i = doc.s.indexOf(needle, i + 1)) {
      const s = i + (a - from),
        e = s + (b - a);
      out.push({ start: doc.at[s]!, end: doc.at[e - 1]! + 1 });
    }
    if (out.length) return out;
  }
  return [];
}

export const overlaps = (x: Range, y: Range) => x.start < y.end && y.start < x.end;
