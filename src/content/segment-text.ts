/**
 * A segment's text as read once, and the mention of a span in it: the text
 * nodes a span covers are located by binary search, the segment's text is
 * never joined per mention.
 */
import { type Span } from '../matcher/matcher.ts';
import { type Segment } from '../page-text/segments.ts';
import { type Mention } from './mentions.ts';

/** A scanned segment's text nodes, their texts and where each ends in the whole (ends[i]: after node i). */
export interface SegText {
  seg: Segment;
  texts: string[];
  ends: number[];
}

/** The first node of `st` whose text ends after `pos` (`orAt`: at or after). */
function nodeAt(st: SegText, pos: number, orAt: boolean): number {
  let lo = 0,
    hi = st.ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st.ends[mid]! > pos || (orAt && st.ends[mid] === pos)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The mention of span `s` in segment `st`. */
export function mentionOf(st: SegText, s: Span): Mention {
  const { seg, texts, ends } = st;
  const i = nodeAt(st, s.start, false),
    j = Math.max(i, nodeAt(st, s.end, true));
  const base = i ? ends[i - 1]! : 0,
    endBase = j ? ends[j - 1]! : 0;
  const range = new StaticRange({
    startContainer: seg[i]!,
    startOffset: s.start - base,
    endContainer: seg[j]!,
    endOffset: s.end - endBase,
  });
  const text =
    i === j
      ? texts[i]!.slice(s.start - base, s.end - base)
      : texts
          .slice(i, j + 1)
          .join('')
          .slice(s.start - base, s.end - base);
  return { vendor: s.vendor, range, nodes: seg.slice(i, j + 1), text };
}
