/**
 * Splits a DOM tree into blocks of visible text ("segments"): runs of text
 * nodes joined by inline elements only, so `Kaspersky <b>Lab</b>` is one
 * segment and a name split over several text nodes is still found. Any other
 * element (p, div, li, br, img, …) ends a segment.
 *
 * Reads the DOM, changes nothing; works on a browser DOM and on the CLI's
 * parsed DOM (linkedom), so both find the same mentions. The walk follows
 * firstChild/nextSibling pointers and can stop and resume at any segment,
 * which is what lets the content script scan in small time slices.
 *
 * Which elements are skipped or inline is element-kinds.ts. The content
 * script's fast path, which finds the segments that may hold a mention
 * without visiting every node, is in prefilter.ts.
 */
import {
  holdsBreak,
  holdsSkipped,
  INLINE_TAGS,
  scopeOf,
  SKIP_TAGS,
  skippedElements,
} from './element-kinds.ts';

export { INLINE_TAGS, isSkippedElement } from './element-kinds.ts';

export type Segment = Text[];

export interface WalkerOptions {
  /** Extra elements to skip (e.g. the extension's own host). */
  skip?: (el: Element) => boolean;
  /** Replaces the whole skip test (SKIP_TAGS, SKIP_SELECTOR, `skip`), e.g. with a memoised one. */
  skipped?: (el: Element) => boolean;
  /** Called for each open shadow root met on the way (scanned separately by the caller). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /**
   * A segment that reaches this many text nodes, in a root that holds one
   * line of text only (no element under it cuts one), ends there, and so does
   * the walk: the rest of the root is left unread (`truncated`). A block of
   * 100,000 inline elements costs what its first few thousand do.
   */
  maxNodes?: number;
  /**
   * Likewise once the segment holds `maxHits` text nodes for which `isHit`
   * is true (the caller's candidate hits): a paragraph of names need not be
   * walked past the marks it may keep.
   */
  isHit?: (t: Text) => boolean;
  maxHits?: number;
}

export class SegmentWalker {
  private node: Node | null;
  private seg: Text[] = [];
  private readonly skipped: (el: Element) => boolean;
  private maxNodes: number;
  private maxHits: number;
  /** Text nodes of the segment so far for which `isHit` is true. */
  private hits = 0;
  /** Whether the walk stopped at `maxNodes`, leaving the rest of its root unread. */
  truncated = false;
  /**
   * The segment reached a cap: the one-line check runs at the start of the
   * next call, in two parts (1: an element that breaks the line? 2: one
   * skipped?), each at the start of a call of its own; 0: none pending.
   */
  private pending: 0 | 1 | 2 = 0;

  /** Walks `root`, or only from `from` on (a node under root where a segment starts). */
  constructor(
    private readonly root: Node,
    private readonly opts: WalkerOptions = {},
    from: Node | null = null,
  ) {
    let set: Set<Element> | null = null;
    this.skipped =
      opts.skipped ??
      ((el) =>
        SKIP_TAGS.has(el.localName) ||
        (set ??= skippedElements(scopeOf(root))).has(el) ||
        (opts.skip?.(el) ?? false));
    this.node = from ?? root.firstChild;
    this.maxNodes = opts.maxNodes ?? Infinity;
    this.maxHits = opts.isHit ? (opts.maxHits ?? Infinity) : Infinity;
  }

  /**
   * Whether the next call begins with a part of the one-line check (a query
   * of the whole root, one native call of up to 10 ms on a paragraph of
   * 100,000 inline elements): when nextWithin returns undefined, call again
   * in a slice of its own.
   */
  get checkNext(): boolean {
    return this.pending !== 0;
  }

  /** The next segment, or null when the walk is over. */
  next(): Segment | null {
    let s: Segment | null | undefined;
    while ((s = this.nextWithin(Infinity)) === undefined);
    return s;
  }

  /**
   * The next segment, null when the walk is over, or undefined once `budget`
   * nodes were visited without ending one: call again to go on where it
   * stopped (a block of 100,000 inline elements is walked across several
   * slices). The segments are the same whatever the budgets.
   */
  nextWithin(budget: number): Segment | null | undefined {
    const root = this.root;
    for (let visited = 0; this.node; visited++) {
      if (visited >= budget) return undefined;
      if (this.pending) {
        // Checked once, when a segment first gets this long: is all of the root one line of text?
        // Each part of the check begins a call of its own, which the caller can give a slice of its own.
        if (visited > 0) return undefined;
        if (this.pending === 1) {
          if (holdsBreak(root)) this.pending = 0;
          else {
            this.pending = 2;
            return undefined;
          }
        } else {
          this.pending = 0;
          if (!holdsSkipped(root)) {
            this.node = null;
            this.truncated = true;
            return this.take(); // empty if the segment ended at a cut before the check: the rest is still unread
          }
        }
        this.maxNodes = this.maxHits = Infinity;
      }
      const n = this.node;
      let cut = false;
      let descend = false;
      if (n.nodeType === 3) {
        if (
          (n as Text).data.length &&
          (this.seg.push(n as Text) >= this.maxNodes ||
            (this.maxHits !== Infinity && this.opts.isHit!(n as Text) && ++this.hits >= this.maxHits))
        )
          this.pending = 1;
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (this.skipped(el)) cut = true;
        else {
          if (!INLINE_TAGS.has(el.localName)) cut = true;
          const sr = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
          if (sr && this.opts.onShadowRoot) {
            cut = true;
            this.opts.onShadowRoot(sr);
          }
          descend = el.firstChild !== null;
        }
      }
      if (descend) this.node = n.firstChild;
      else {
        let m: Node = n;
        while (m !== root && !m.nextSibling) {
          m = m.parentNode!;
          if (m !== root && m.nodeType === 1 && !INLINE_TAGS.has((m as Element).localName)) cut = true;
        }
        this.node = m === root ? null : m.nextSibling;
      }
      if (cut && this.seg.length) return this.take();
    }
    return this.seg.length ? this.take() : null;
  }

  private take(): Segment {
    const s = this.seg;
    this.seg = [];
    this.hits = 0;
    return s;
  }
}

/** All segments of a tree at once (the CLI and tests use this). */
export function allSegments(root: Node, opts?: WalkerOptions): Segment[] {
  const w = new SegmentWalker(root, opts);
  const out: Segment[] = [];
  for (let s = w.next(); s; s = w.next()) out.push(s);
  return out;
}
