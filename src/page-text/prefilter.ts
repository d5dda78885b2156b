/**
 * The content script's fast path over a page: find the segments that may hold
 * a mention without visiting every node (see `candidateSegments`). Walking and
 * cutting rules are those of segments.ts, so results equal a full walk
 * (tests/unit/prefilter.test.ts); locating hits is in prefilter-hits.ts, the
 * whole-root queries in prefilter-scope.ts. Every step is bounded, so the
 * scanner can stop between two in its time slices: text is matched
 * TEXT_STEP code units at a time, a segment walked NODE_STEP nodes at a time.
 */
import { SegmentWalker, type Segment, type WalkerOptions } from './segments.ts';
import { ElementKinds, siblingsAt } from './prefilter-hits.ts';
import { Batches } from './prefilter-batches.ts';
import { FRESH_SLICE, shadowHostCandidates } from './prefilter-scope.ts';
import { MAX_SEGMENT_MENTIONS } from '../shared/limits.ts';

export { FRESH_SLICE };

export interface PrefilterOptions extends WalkerOptions {
  /** The matcher's raw pass over plain text (Matcher.candidateEnds). */
  candidateEnds(text: string, ends: number[], carry: number): number;
  /** Work per step (tests make it tiny: the segments are the same): code units matched, nodes walked; a giant segment's cut (MAX_SEGMENT_NODES, MAX_SEGMENT_HITS). */
  steps?: { text: number; nodes: number; segmentNodes?: number; segmentHits?: number };
}

/**
 * A segment to scan, or the rough cost (≈ code units read) of the work done
 * since the last step, or FRESH_SLICE: a long native call (a query over the
 * whole document) comes next, best begun in a slice of its own.
 */
export type Step = Segment | number;

/** Code units of text matched per step (a bigger batch's hits are located by reading less at a time). */
const TEXT_STEP = 65_536;
/**
 * Code units matched in the first step. The raw pass's first runs are
 * interpreted, several times slower than once it is compiled, so each later
 * step is sized from the speed of the one before: about STEP_MS of matching,
 * at most twice the last step and at most TEXT_STEP.
 */
const FIRST_TEXT_STEP = 512,
  STEP_MS = 1;
/** Nodes a segment walk visits per step (about 1–2 ms: visiting a node from script costs 2–8 µs, its wrapper made on first touch). */
const NODE_STEP = 256;
/**
 * Text nodes of a segment at most, when its block holds one line of text only
 * (a paragraph of 100,000 `<b>name</b> and `): the segment ends there, and the
 * rest of the block is neither walked nor read (segments.ts, `maxNodes`). A
 * segment keeps its first MAX_SEGMENT_MENTIONS marks anyway (segment-marks.ts);
 * this many nodes are a long code listing of spans, still scanned whole.
 * Walking every node of such a block cost 1–2 µs a node, and keeping 200,000
 * of them grew the script world's table of node wrappers in steps of up to 70 ms.
 */
const MAX_SEGMENT_NODES = 8192;
/**
 * Likewise, text nodes that hold a candidate hit of their own (the raw pass
 * over the node's text) at most: twice the marks a segment keeps
 * (MAX_SEGMENT_MENTIONS), so hits the matcher rejects leave enough. A
 * paragraph of 20,000 names is walked to its 2,000th name, not to its
 * 8,192nd text node (half the walk; each node visited costs a few µs).
 */
const MAX_SEGMENT_HITS = 2 * MAX_SEGMENT_MENTIONS;
/**
 * Text nodes longer than this are not probed for a hit of their own: the
 * cut is for blocks of many short nodes (a long one's names are capped by
 * the scanner's steps, segment-marks.ts).
 */
const HIT_PROBE_MAX = 256;

/**
 * The segments of `root` that may hold a mention, in document order, without
 * visiting every node: the text of a batch of children is read at once (a
 * Range) and goes through the matcher's raw pass; only the segment around each
 * candidate hit is walked, by a SegmentWalker (so with the same cuts and skip
 * rules as a full walk), each once. A mention lies inside one segment, whose
 * text is a run of its child's text, so its hit is seen and none is missed.
 * A batch with more text than TEXT_STEP is matched in steps, and its hits are
 * then located by reading less at a time (its children one by one; the
 * children of its only child), never by a walk over all of it at once.
 * Then open shadow roots are reported (see shadowHostCandidates; not searched
 * for in a root with a block cut short).
 */
export function* candidateSegments(root: Node, opts: PrefilterOptions): Generator<Step, void, undefined> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const textStep = opts.steps?.text ?? TEXT_STEP,
    nodeStep = opts.steps?.nodes ?? NODE_STEP;
  const kinds = new ElementKinds(root, opts.skip, (el) => !!opts.onShadowRoot && !!el.shadowRoot);
  const ends: number[] = [],
    found: Text[] = [],
    own: number[] = []; // a text node's own candidate hits, for the walks
  const covered = new Set<Text>(); // text nodes of the segments yielded
  const walk: WalkerOptions = {
    ...opts,
    skipped: (el) => kinds.skipped(el),
    maxNodes: opts.steps?.segmentNodes ?? MAX_SEGMENT_NODES,
    isHit: (t) => {
      if (t.data.length > HIT_PROBE_MAX) return false; // a 10 MB node would be matched whole here, in one step
      opts.candidateEnds(t.data, own, 0);
      const hit = own.length > 0;
      own.length = 0;
      return hit;
    },
    maxHits: opts.steps?.segmentHits ?? MAX_SEGMENT_HITS,
  };
  const cutShort = new Set<Node>(); // blocks whose segment ended at MAX_SEGMENT_NODES or _HITS: the rest is not read
  const whole = root === doc.body || root === doc.documentElement || root === doc;
  if (whole) yield FRESH_SLICE;
  const range = doc.createRange();
  const batches = new Batches(root, range); // its query over the whole root first
  // The first batch may count a giant element's children (one native call: 10–14 ms for a paragraph's
  // 200,000), which after the query overran the slice: it begins a slice of its own too.
  if (whole) yield FRESH_SLICE;
  let carry = 0,
    read = 0,
    step = Math.min(FIRST_TEXT_STEP, textStep);
  const firstStep = step;
  for (let text = batches.next(); text !== null; text = batches.next()) {
    const first = batches.first;
    read += text.length;
    const carry0 = carry;
    let inside: Node | null = null; // the element whose children are read next, for a big batch's hits
    // Matched in steps of `step` code units (see FIRST_TEXT_STEP).
    const big = text.length > textStep;
    let n = 0;
    for (let at = 0; at < text.length; at += n) {
      n = Math.min(step, text.length - at);
      const from = ends.length,
        t0 = performance.now();
      carry = opts.candidateEnds(n === text.length ? text : text.slice(at, at + n), ends, carry);
      const ms = performance.now() - t0;
      for (let e = from; e < ends.length; e++) ends[e]! += at;
      if (n === step)
        step = Math.max(
          firstStep,
          Math.min(textStep, 2 * step, ms > 0 ? Math.floor((n * STEP_MS) / ms) : 2 * step),
        );
      if (big || at + n < text.length) yield 64 + n;
      // A big batch with a hit is read again in smaller parts: the rest of its text need not be matched now
      // (a 10 MB text node full of names is not matched to its end before its first name is walked).
      if (big && ends.length) break;
    }
    if (!big) {
      if (ends.length) siblingsAt(doc, first, ends, found);
      yield 64 + n;
    } else {
      if (ends.length && batches.size > 1) {
        // Hits in a big batch of several children: read them again one by one.
        ends.length = 0;
        carry = carry0;
        batches.again();
        continue;
      }
      if (ends.length) {
        // One child: down its only children to the text node hit, or to the element whose children are read next.
        // Reading goes on after the segment walked from that hit (or the skipped element): after a cut.
        carry = 0;
        let x: Node = first;
        while (
          x.nodeType === 1 &&
          x.firstChild &&
          x.firstChild === x.lastChild &&
          !kinds.skipped(x as Element)
        )
          x = x.firstChild;
        if (x.nodeType === 3) found.push(x as Text);
        else if (x.nodeType === 1 && !kinds.skipped(x as Element)) {
          inside = x;
          carry = carry0;
        }
      }
    }
    ends.length = 0;
    let end: Node | null = null; // the last text node of the last segment yielded, or the block it cut short
    for (const t of found) {
      if (covered.has(t)) continue;
      const block = kinds.blockFor(t);
      if (!block || cutShort.has(block)) continue;
      // Only the segment around the hit: back to where a full walk would start it, then forward, in steps.
      const w = new SegmentWalker(block, walk, kinds.segmentStart(t, block));
      let seg: Segment | null | undefined;
      while ((seg = w.nextWithin(nodeStep)) === undefined) yield w.checkNext ? FRESH_SLICE : 4 * nodeStep;
      if (!seg || (seg.length && covered.has(seg[0]!))) continue;
      if (w.truncated) {
        cutShort.add(block); // its nodes need not be covered: the whole block is
        end = block;
      } else {
        for (let i = 0; i < seg.length; i++)
          if (covered.add(seg[i]!) && i % nodeStep === nodeStep - 1) yield nodeStep;
        end = seg[seg.length - 1]!;
      }
      if (seg.length) yield seg;
    }
    found.length = 0;
    batches.done(text.length, inside);
    // Children inside the last segment yielded are not read (a batch that enters an element yielded none).
    if (end) yield* batches.skipPast(end, nodeStep);
  }
  range.collapse(true); // a live range costs the page a little on every change: keep it empty
  if (!opts.onShadowRoot) return;
  let n = 0;
  if (whole) yield FRESH_SLICE;
  // A block cut short holds more than the text read: a giant line, so no search of the whole root.
  for (const el of shadowHostCandidates(root, doc, cutShort.size ? Infinity : read)) {
    if (typeof el === 'number') {
      yield el;
      continue;
    }
    const sr = el.shadowRoot;
    if (sr && !kinds.skipped(el) && kinds.blockFor(el)) opts.onShadowRoot(sr);
    if (++n === 64) {
      n = 0;
      yield 2048;
    }
  }
}
