/**
 * Reading a root's text in batches, for the prefilter (prefilter.ts): the text
 * of a run of children is read at once, natively (a Range from inside the
 * first to inside the last: no index walks), so no child is touched unless its
 * batch holds a hit; the batch size adapts to ~BATCH code units. Script and
 * style text (most of the text on many pages, never scanned) is not read,
 * nor noscript fallbacks:
 * those elements are stepped over, and the elements that hold one are read
 * child by child (a level of their own) instead.
 */
import { notRead } from './prefilter-scope.ts';

const BATCH = 16_384; // code units of children's text matched at once (small strings die young)
/** Batches of at most this many children are read child by child (an element's textContent took 15 ms where a Range over it took 35). */
const FEW = 4;
/**
 * Children of a child at most for its text to be read in one go (the count is
 * native, and the one its children's batches need next: counting a paragraph's
 * 200,000 children took 10 ms, counting all elements under it as long again).
 */
const MANY = 16_384;
/** Children looked at, back from where reading goes on, for the end of the segment yielded last (a batch has at most 512). */
const BACK = 1024;

/**
 * A run of a parent's children read in batches; `next` (from `n` on) are those
 * to step over or into, `at` the index of `next[n]` among the children once
 * counted (-1 before; the page may change it: checked where it counts).
 */
interface Level {
  parent: Node;
  kids: NodeListOf<ChildNode>;
  i: number;
  next: Node[];
  n: number;
  at: number;
}

export class Batches {
  private readonly around: Map<Node, Node[]>;
  private readonly over: Set<Node>;
  private readonly levels: Level[];
  private k = 16;
  /** The batch read last: its level, first child, the index after its last child, and that last child. */
  private L!: Level;
  first!: ChildNode;
  private j = 0;
  private last!: Node;

  constructor(
    root: Node,
    private readonly range: Range,
  ) {
    ({ around: this.around, over: this.over } = notRead(root));
    this.levels = [this.level(root)];
  }

  private level(parent: Node): Level {
    return { parent, kids: parent.childNodes, i: 0, next: this.around.get(parent) ?? [], n: 0, at: -1 };
  }

  /** How many children the batch read last has. */
  get size(): number {
    return this.j - this.L.i;
  }

  /** The text of the next batch, or null once all is read. */
  next(): string | null {
    const range = this.range;
    next: while (this.levels.length) {
      const L = this.levels[this.levels.length - 1]!,
        kids = L.kids;
      if (L.i >= kids.length) {
        this.levels.pop();
        continue;
      }
      const first = kids[L.i]!;
      const sp = this.ahead(L, first); // the next child to step over or into
      if (sp === first) {
        L.n++;
        L.at = -1;
        L.i++;
        if (!this.over.has(first)) this.levels.push(this.level(first));
        continue;
      }
      let j = Math.min(L.i + this.k, kids.length),
        last = kids[j - 1]!;
      if (sp && L.at < j) {
        // The batch would reach it: it ends before it, if the count still holds (else counted again).
        if (kids[L.at] !== sp && (L.at = this.indexFrom(L, first, sp)) < 0) continue;
        if (L.at < j) [j, last] = [L.at, sp.previousSibling!];
      }
      if (first.nodeType === 10) range.setStart(L.parent, L.i);
      else range.setStart(first, 0); // a doctype holds no boundary
      // Only a range that is read needs its end (on an element, setting it counts the children: 10 ms for 200,000).
      if (j - L.i > FEW) {
        if (last.nodeType === 10) range.setEnd(L.parent, j);
        else
          range.setEnd(last, last.nodeType === 1 ? last.childNodes.length : (last as CharacterData).length);
      }
      [this.L, this.first, this.j, this.last] = [L, first, j, last];
      if (j - L.i > FEW) return range.toString();
      // A few children: their own text is read faster than a range's. One with a great many children
      // (a paragraph of 100,000 inline elements: one read took 50 ms) is not read at once: they are, in batches.
      let text = '';
      for (let c: Node = first, i = L.i; ; c = c.nextSibling!, i++) {
        const t = c.nodeType;
        if (t === 1 && c.childNodes.length > MANY) {
          if (c === first) {
            L.i++;
            this.levels.push(this.level(c));
            continue next;
          }
          [this.j, this.last] = [i, c.previousSibling!]; // the batch ends before it
          return text;
        }
        text += t === 1 ? c.textContent : t === 3 || t === 4 ? (c as CharacterData).data : '';
        if (c === last) return text;
      }
    }
    return null;
  }

  /**
   * The next child of L to step over or into that is not before `first` (the
   * batch's first child), its index in `L.at`; those the page moved elsewhere
   * or behind are passed. Comparing document positions natively instead cost
   * 45–66 ms on a page of 10,000 paragraphs with a script after them: each
   * batch's comparison crawled over the paragraphs before it.
   */
  private ahead(L: Level, first: Node): Node | undefined {
    for (let sp = L.next[L.n]; sp; sp = L.next[++L.n], L.at = -1) {
      if (sp.parentNode !== L.parent) continue;
      if (sp === first) return sp;
      if (L.at < L.i) L.at = this.indexFrom(L, first, sp);
      if (L.at >= L.i) return sp;
    }
    return undefined;
  }

  /** The index of `sp` counted on from `first` (at L.i), or -1 when it is not after it (the page changed). */
  private indexFrom(L: Level, first: Node, sp: Node): number {
    let i = L.i;
    for (let c: Node | null = first; c; c = c.nextSibling, i++) if (c === sp) return i;
    return -1;
  }

  /** The batch read last is read again, child by child. */
  again(): void {
    const { L, first } = this;
    this.k = 1;
    if (first.parentNode === L.parent && L.kids[L.i] !== first) {
      this.range.setStartBefore(first);
      L.i = this.range.startOffset;
    }
  }

  /** Done with the batch read last (of `length` code units); `enter`: an element whose children are read next. */
  done(length: number, enter: Node | null): void {
    const { L, j, last } = this;
    this.k =
      length > 2 * BATCH ? Math.max(1, this.k >> 1) : length < BATCH / 2 ? Math.min(512, this.k * 2) : this.k;
    // The page may have changed the children while we yielded: go on after the last one read.
    if (L.kids[j - 1] === last || last.parentNode !== L.parent) L.i = j;
    else {
      this.range.setStartAfter(last);
      L.i = this.range.startOffset;
    }
    if (enter) this.levels.push(this.level(enter));
  }

  /**
   * After a segment ending at `end` was yielded (a segment holds no cut, so the
   * children between its hit and `end` hold no other one): children up to it
   * are not read, only counted, in steps (yielding their cost): reading goes
   * on at the child holding `end` (it may hold more text after it), after
   * `end` itself, or past all children when the segment ran on after them.
   * `end` may be a whole block (its segment was cut short): nothing in it is read.
   */
  *skipPast(end: Node, step: number): Generator<number, void, undefined> {
    if (!end.isConnected) return;
    let L = this.levels[this.levels.length - 1];
    // Children of the block cut short, or of elements in it, being read: that level is done.
    while (L && end.contains(L.parent)) {
      this.levels.pop();
      L = this.levels[this.levels.length - 1];
    }
    if (!L) return;
    let c: Node = end;
    while (c.parentNode && c.parentNode !== L.parent) c = c.parentNode;
    const past = c === end ? 1 : 0;
    if (!c.parentNode) L.i = L.kids.length;
    else if (c === L.parent.lastChild) L.i = Math.max(L.i, L.kids.length - 1 + past);
    else {
      let x: Node | null = L.kids[L.i] ?? null,
        i = L.i;
      // The segment ended among the children already read (the usual case): nothing to skip. Without
      // this check the count below ran to the last child, once per batch with a hit (quadratic on a
      // flat page: 51 ms of the WHATWG spec's scan).
      if (x && x !== c && this.readBefore(x, c)) return;
      for (; x && x !== c; x = x.nextSibling) if (++i % step === 0) yield step;
      if (x) L.i = i + past;
    }
  }

  /**
   * Whether `c` comes before `x`, two children of one parent: looked for back
   * from `x` to the first child of the batch read last, where a segment found
   * in it ends; natively beyond that. The native comparison crawls from `c`
   * back to the parent's first child: 0.3–1.6 ms each among the WHATWG spec's
   * 9,500 children, 23 ms in all.
   */
  private readBefore(x: Node, c: Node): boolean {
    for (let p = x.previousSibling, n = 0; p && n < BACK; p = p.previousSibling, n++) {
      if (p === c) return true;
      if (p === this.first) break;
    }
    return (x.compareDocumentPosition(c) & 2) /* PRECEDING */ !== 0;
  }
}
