/**
 * From hits to segments, for the prefilter (prefilter.ts): what each element
 * is to the walk (memoised), the text nodes holding the candidate ends found
 * in a batch's text, and where the segment around such a node starts, by the
 * same cutting rules as a forward walk (segments.ts).
 */
import { INLINE_TAGS, isSkippedElement } from './element-kinds.ts';

const BLOCK = 1,
  SKIPPED = 2,
  CLEAR = 4; // per element: not inline; skipped; no skipped ancestor up to the root
const SPLIT = 4096; // hits in an element with more text are located child by child

/** Elements as a walk of `root` sees them, each looked at once. */
export class ElementKinds {
  private readonly memo = new Map<Node, number>();

  constructor(
    private readonly root: Node,
    private readonly skip: ((el: Element) => boolean) | undefined,
    /** Whether an element hosts a shadow root the walk reports (a segment ends there). */
    readonly host: (el: Element) => boolean,
  ) {}

  private kind(el: Element): number {
    let k = this.memo.get(el);
    if (k === undefined) {
      k = (INLINE_TAGS.has(el.localName) ? 0 : BLOCK) | (isSkippedElement(el, this.skip) ? SKIPPED : 0);
      this.memo.set(el, k);
    }
    return k;
  }

  skipped(el: Element): boolean {
    return (this.kind(el) & SKIPPED) !== 0;
  }

  /** Not inline or skipped: a forward walk cuts a segment there. */
  cuts(el: Element): boolean {
    return (this.kind(el) & (BLOCK | SKIPPED)) !== 0;
  }

  /** The block to walk for a node: its nearest non-inline ancestor under root (else root); null if skipped. */
  blockFor(node: Node): Node | null {
    const root = this.root,
      memo = this.memo;
    let block: Node | null = null;
    const path: Node[] = [];
    for (let n = node.parentNode; n && n !== root && n.nodeType === 1; n = n.parentNode) {
      const k = this.kind(n as Element);
      if (k & SKIPPED) return null;
      block ??= k & BLOCK ? n : null;
      if (k & CLEAR && block) break;
      path.push(n);
    }
    for (const n of path) memo.set(n, memo.get(n)! | CLEAR);
    return block ?? root;
  }

  /**
   * The first text node of the segment holding `t`: going back from `t` in
   * document order to the first cut a forward walk of `block` would make (the
   * start of a block, shadow host or `block` itself; a skipped element; the
   * end of a block).
   */
  segmentStart(t: Text, block: Node): Text {
    let start = t,
      cur: Node | null = t.previousSibling,
      parent: Node | null = t.parentNode;
    for (;;) {
      if (!cur) {
        // at the start of parent's children
        if (!parent || parent === block || parent.nodeType !== 1) return start;
        if (this.kind(parent as Element) & BLOCK || this.host(parent as Element)) return start;
        cur = parent.previousSibling;
        parent = parent.parentNode;
      } else if (cur.nodeType === 3) {
        if ((cur as Text).data.length) start = cur as Text;
        cur = cur.previousSibling;
      } else if (cur.nodeType === 1) {
        if (this.cuts(cur as Element)) return start;
        parent = cur; // an inline element: its text belongs to the segment, from its end
        cur = cur.lastChild;
      } else cur = cur.previousSibling;
    }
  }
}

/** The text nodes holding the code units before `ends` (ascending offsets into the text of `first` and its next siblings), once each. */
export function siblingsAt(doc: Document, first: Node | null, ends: readonly number[], out: Text[]): void {
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
