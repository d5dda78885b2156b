/**
 * Whole-document scanning for the CLI, the evaluation and tests: the same
 * segments (segments.ts), the same matcher and the same context rules as the
 * content script, in one synchronous pass. A document's "visible text" is
 * its segments joined by line breaks; offsets refer to that text.
 */
import { resolveContext } from '../matcher/context.ts';
import { type Matcher, type Span } from '../matcher/matcher.ts';
import { allSegments } from './segments.ts';

export interface FoundMention {
  vendor: string;
  text: string;
  start: number;
  end: number;
}

export interface ScannedText {
  text: string;
  mentions: FoundMention[];
}

/** Scans a list of text blocks; weak mentions count once the vendor is named unambiguously in any block. */
export function scanBlocks(m: Matcher, blocks: readonly (readonly string[])[]): ScannedText {
  const confirmed = new Set<number>();
  const results: { spans: Span[]; base: number; pending: Span[] }[] = [];
  let base = 0;
  for (const chunks of blocks) {
    const spans = m.scan(chunks);
    const { kept, pending } = resolveContext(m, chunks, spans, confirmed);
    results.push({ spans: kept, base, pending });
    base += chunks.reduce((n, c) => n + c.length, 0) + 1;
  }
  const text = blocks.map((b) => b.join('')).join('\n');
  const mentions: FoundMention[] = [];
  for (const r of results) {
    const spans = [...r.spans, ...r.pending.filter((s) => confirmed.has(s.vendor))].sort(
      (a, b) => a.start - b.start,
    );
    for (const s of spans)
      mentions.push({
        vendor: m.voc.ids[s.vendor]!,
        text: text.slice(r.base + s.start, r.base + s.end),
        start: r.base + s.start,
        end: r.base + s.end,
      });
  }
  return { text, mentions };
}

/** Scans a parsed DOM (browser or linkedom). */
export function scanDom(m: Matcher, root: Node): ScannedText {
  return scanBlocks(
    m,
    allSegments(root).map((seg) => seg.map((t) => t.data)),
  );
}
