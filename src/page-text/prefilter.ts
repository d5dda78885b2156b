/**
 * The content script's fast path over a page: find the segments that may hold
 * a mention without visiting every node (see `candidateSegments`). Walking and
 * cutting rules are those of segments.ts, so results equal a full walk;
 * tests/unit/compiled-matcher.test.ts checks the fast path on real pages.
 */
import { LIMITS } from '../shared/limits.ts';
import {
  INLINE_TAGS,
  isSkippedElement,
  SegmentWalker,
  type Segment,
  type WalkerOptions,
} from './segments.ts';

export interface PrefilterOptions extends WalkerOptions {
  /** The matcher's raw pass over plain text (Matcher.candidateEnds). */
  candidateEnds(text: string, ends: number[], carry: number): number;
}

/**
 * A segment to scan, or the rough cost (≈ code units read) of the work done
 * since the last step, or FRESH_SLICE: a long native call (a query over the
 * whole document) comes next, best begun in a slice of its own.
 */
export type Step = Segment | number;
export const FRESH_SLICE = -1;
/** A cost that makes the scanner look at the clock (after a long native call). */
const LOOK = 1 << 20;

const BLOCK = 1,
  SKIPPED = 2,
  CLEAR = 4; // per element: not inline; skipped; no skipped ancestor up to the root
const SPLIT = 4096; // hits in an element with more text are located child by child
const BATCH = 16_384; // code units of children's text matched at once (small strings die young)

/**
 * The segments of `root` that may hold a mention, in document order, without
 * visiting every node: the text of a batch of children is read at once (a
 * Range) and goes through the matcher's raw pass; only the segment around each
 * candidate hit is walked, by a SegmentWalker (so with the same cuts and skip
 * rules as a full walk), each once. A mention lies inside one segment, whose
 * text is a run of its child's text, so its hit is seen and none is missed.
 * Then open shadow roots are reported (see shadowHostCandidates).
 */
export function* candidateSegments(root: Node, opts: PrefilterOptions): Generator<Step, void, undefined> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const memo = new Map<Node, number>();
  const kind = (el: Element): number => {
    let k = memo.get(el);
    if (k === undefined) {
      const name = el.localName;
      k = (INLINE_TAGS.has(name) ? 0 : BLOCK) | (isSkippedElement(el, opts.skip) ? SKIPPED : 0);
      memo.set(el, k);
    }
    return k;
  };
  /** The block to walk for a node: its nearest non-inline ancestor under `root` (else root); null if skipped. */
  const blockFor = (node: Node): Node | null => {
    let block: Node | null = null;
    const path: Node[] = [];
    for (let n = node.parentNode; n && n !== root && n.nodeType === 1; n = n.parentNode) {
      const k = kind(n as Element);
      if (k & SKIPPED) return null;
      block ??= k & BLOCK ? n : null;
      if (k & CLEAR && block) break;
      path.push(n);
    }
    for (const n of path) memo.set(n, memo.get(n)! | CLEAR);
    return block ?? root;
  };
  const ends: number[] = [],
    found: Text[] = [];
  const covered = new Set<Text>(); // text nodes of the segments yielded
  const walk: WalkerOptions = { ...opts, skipped: (el) => (kind(el) & SKIPPED) !== 0 };
  const host = (el: Element) => !!opts.onShadowRoot && !!el.shadowRoot;
  // Batches of root's children, each read natively as one string (a Range from
  // inside the first to inside the last: no index walks), so no child is
  // touched unless its batch holds a hit. Batch size adapts to ~BATCH code units.
  // Script and style text (most of the text on many pages, never scanned) is
  // not read: those elements are stepped over, and the elements that hold one
  // are read child by child (a level of their own) instead.
  const whole = root === doc.body || root === doc.documentElement || root === doc;
  if (whole) yield FRESH_SLICE;
  const { around, over } = notRead(root);
  if (whole) yield LOOK;
  const range = doc.createRange();
  const levels: Level[] = [{ parent: root, kids: root.childNodes, i: 0, next: around.get(root) ?? [], n: 0 }];
  let carry = 0,
    k = 16,
    read = 0;
  while (levels.length) {
    const L = levels[levels.length - 1]!,
      kids = L.kids;
    if (L.i >= kids.length) {
      levels.pop();
      continue;
    }
    const first = kids[L.i]!;
    let sp = L.next[L.n]; // the next child to step over or into
    while (
      sp &&
      (sp.parentNode !== L.parent || (sp !== first && first.compareDocumentPosition(sp) & 2)) /* PRECEDING */
    )
      sp = L.next[++L.n];
    if (sp === first) {
      L.n++;
      L.i++;
      if (!over.has(first))
        levels.push({ parent: first, kids: first.childNodes, i: 0, next: around.get(first) ?? [], n: 0 });
      continue;
    }
    let j = Math.min(L.i + k, kids.length),
      last = kids[j - 1]!;
    if (first.nodeType === 10) range.setStart(L.parent, L.i);
    else range.setStart(first, 0); // a doctype holds no boundary
    if (sp && (last === sp || sp.compareDocumentPosition(last) & 4) /* FOLLOWING */) {
      range.setEndBefore(sp);
      j = range.endOffset;
      last = sp.previousSibling!;
    } else if (last.nodeType === 10) range.setEnd(L.parent, j);
    else range.setEnd(last, last.nodeType === 1 ? last.childNodes.length : (last as CharacterData).length);
    const text = range.toString();
    read += text.length;
    carry = opts.candidateEnds(text, ends, carry);
    if (ends.length) siblingsAt(doc, first, ends, found);
    ends.length = 0;
    yield 64 + text.length;
    k = text.length > 2 * BATCH ? Math.max(1, k >> 1) : text.length < BATCH / 2 ? Math.min(512, k * 2) : k;
    for (const t of found) {
      if (covered.has(t)) continue;
      const block = blockFor(t);
      if (!block) continue;
      // Only the segment around the hit: back to where a full walk would start it, then forward.
      const seg = new SegmentWalker(block, walk, segmentStart(t, block, kind, host)).next();
      if (!seg || covered.has(seg[0]!)) continue;
      for (const x of seg) covered.add(x);
      yield seg;
    }
    found.length = 0;
    // The page may have changed the children while we yielded: go on after the last one read.
    if (kids[j - 1] === last || last.parentNode !== L.parent) L.i = j;
    else {
      range.setStartAfter(last);
      L.i = range.startOffset;
    }
  }
  range.collapse(true); // a live range costs the page a little on every change: keep it empty
  if (!opts.onShadowRoot) return;
  let n = 0;
  if (whole) yield FRESH_SLICE;
  for (const el of shadowHostCandidates(root, doc, read)) {
    if (typeof el === 'number') {
      yield el;
      continue;
    }
    const sr = el.shadowRoot;
    if (sr && !(kind(el) & SKIPPED) && blockFor(el)) opts.onShadowRoot(sr);
    if (++n === 64) {
      n = 0;
      yield 2048;
    }
  }
}

/** A run of a parent's children read in batches; `next` (from `n` on) are those to step over or into. */
interface Level {
  parent: Node;
  kids: NodeListOf<ChildNode>;
  i: number;
  next: Node[];
  n: number;
}

/**
 * Elements whose text is skipped and large on many pages: never read (scripts
 * and styles hold over half the text of the corpus's articles). One more tag
 * costs one more pass over all elements; noscript (5%) is read and dropped.
 */
const NOT_READ = 'script,style';

/**
 * Where the batches of candidateSegments go around unread text: per parent,
 * its children to step over (`over`: script, style) or into (they hold one),
 * in document order. One native query; empty on most big documents, which
 * keeps the plain batches there.
 */
function notRead(root: Node): { around: Map<Node, Node[]>; over: Set<Node> } {
  const around = new Map<Node, Node[]>(),
    over = new Set<Node>();
  if (!('querySelectorAll' in root)) return { around, over };
  for (const el of (root as ParentNode).querySelectorAll(NOT_READ)) {
    over.add(el);
    let child: Node = el;
    for (let p = el.parentNode; p; child = p, p = p.parentNode) {
      const list = around.get(p);
      if (list) {
        if (list[list.length - 1] !== child) list.push(child);
        break;
      } // p's own chain is known
      around.set(p, [child]);
      if (p === root) break;
    }
  }
  return { around, over };
}

/** Custom elements: names with a hyphen (the only elements besides a fixed few built-ins that can host a shadow root). */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";

/**
 * Elements of `root` (whose text has `textLength` code units) that may host
 * an open shadow root, in document order (and the cost of big native calls),
 * within the bounds of LIMITS: all of them in a root of moderate size; only
 * custom elements, found natively (no wrapper per element), in a big one;
 * none in a huge one. Hosts missed there
 * are still met by every block walk (around each hit) and by the rescans of
 * content added or changed later.
 */
function* shadowHostCandidates(
  root: Node,
  doc: Document,
  textLength: number,
): Generator<Element | number, void, undefined> {
  if (textLength > LIMITS.shadowSearchMaxText) return;
  const scope = root as ParentNode & Node;
  const size =
    'getElementsByTagName' in scope
      ? (scope as Element).getElementsByTagName('*').length
      : scope.querySelectorAll('*').length;
  if (size > LIMITS.fullShadowSearchMax) {
    if (size > LIMITS.customShadowSearchMax || typeof doc.evaluate !== 'function') return;
    yield LOOK; // after the count, the scanner may end its slice
    const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    yield LOOK;
    for (let i = 0; i < found.snapshotLength; i++) yield found.snapshotItem(i) as Element;
    return;
  }
  const w = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (
    let el = (root.nodeType === 1 ? root : w.nextNode()) as Element | null;
    el;
    el = w.nextNode() as Element | null
  )
    yield el;
}

/** The text nodes holding the code units before `ends` (ascending offsets into the text of `first` and its next siblings), once each. */
function siblingsAt(doc: Document, first: Node | null, ends: readonly number[], out: Text[]): void {
  let i = 0,
    base = 0;
  for (let c = first; c && i < ends.length; c = c.nextSibling) {
    const t = c.nodeType;
    const l = t === 3 || t === 4 ? (c as CharacterData).length : t === 1 ? (c.textContent ?? '').length : 0;
    const from = i;
    while (i < ends.length && ends[i]! <= base + l) i++;
    if (i > from)
      textsAt(
        doc,
        c,
        ends.slice(from, i).map((e) => e - base),
        l,
        out,
      );
    base += l;
  }
}

/** The same inside one node whose text has `len` units. */
function textsAt(doc: Document, node: Node, ends: readonly number[], len: number, out: Text[]): void {
  if (node.nodeType !== 1) {
    if (node.nodeType === 3) out.push(node as Text);
    return;
  }
  if (len > SPLIT) return siblingsAt(doc, node.firstChild, ends, out); // children's lengths (native) first
  const w = doc.createTreeWalker(node, 12 /* SHOW_TEXT | SHOW_CDATA_SECTION: what textContent reads */);
  let i = 0,
    base = 0;
  for (
    let t = w.nextNode() as CharacterData | null;
    t && i < ends.length;
    t = w.nextNode() as CharacterData | null
  ) {
    const l = t.length;
    if (ends[i]! <= base + l) {
      if (t.nodeType === 3) out.push(t as Text);
      while (i < ends.length && ends[i]! <= base + l) i++;
    }
    base += l;
  }
}

/**
 * The first text node of the segment holding `t`: going back from `t` in
 * document order to the first cut a forward walk of `block` would make (the
 * start of a block, shadow host or `block` itself; a skipped element; the end
 * of a block).
 */
function segmentStart(
  t: Text,
  block: Node,
  kind: (el: Element) => number,
  host: (el: Element) => boolean,
): Text {
  let start = t,
    cur: Node | null = t.previousSibling,
    parent: Node | null = t.parentNode;
  for (;;) {
    if (!cur) {
      // at the start of parent's children
      if (!parent || parent === block || parent.nodeType !== 1) return start;
      if (kind(parent as Element) & BLOCK || host(parent as Element)) return start;
      cur = parent.previousSibling;
      parent = parent.parentNode;
    } else if (cur.nodeType === 3) {
      if ((cur as Text).data.length) start = cur as Text;
      cur = cur.previousSibling;
    } else if (cur.nodeType === 1) {
      if (kind(cur as Element) & (BLOCK | SKIPPED)) return start;
      parent = cur; // an inline element: its text belongs to the segment, from its end
      cur = cur.lastChild;
    } else cur = cur.previousSibling;
  }
}
