/**
 * The mentions a scanner keeps, found again by text node (the one under the
 * caret, those a re-scanned node drops), listed in document order and
 * counted per vendor. The total is capped (MAX_MENTIONS) for pages
 * that grow forever: the oldest gives way, O(1). Members used only here
 * are #private, which the minifier shortens (the content script's size is
 * budgeted).
 */
import { MAX_MENTIONS } from '../shared/limits.ts';
import { Deque } from './queue.ts';

export interface Mention {
  vendor: number;
  range: StaticRange;
  nodes: Text[];
  text: string;
}

/** Told of every mention added or removed. */
export interface MentionHooks {
  added(m: Mention): void;
  removed(m: Mention): void;
}

/** Extended by the segment marking (segment-marks.ts) and the scanner (scanner.ts), which keep it up to date. */
export abstract class Mentions<H extends MentionHooks> {
  readonly mentions = new Set<Mention>();
  protected readonly byNode = new WeakMap<Text, Mention[]>();
  /** Mentions in the order they were added (some may be gone): the oldest gives way first. */
  readonly #order = new Deque<Mention>();
  /** Bumped on every add or remove. */
  version = 0;
  #sorted: { version: number; list: Mention[] } | undefined;

  protected abstract readonly hooks: H;

  protected add(m: Mention): void {
    if (this.mentions.size >= MAX_MENTIONS) this.#evictOldest();
    this.mentions.add(m);
    this.#order.push(m);
    for (const n of m.nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(m);
      else this.byNode.set(n, [m]);
    }
    this.version++;
    this.hooks.added(m);
  }

  /** A page that grows forever (a chat, an endless feed): the oldest mark gives way to the newest. */
  #evictOldest(): void {
    for (let m = this.#order.shift(); m; m = this.#order.shift())
      if (this.mentions.has(m)) return this.remove(m);
  }

  protected remove(m: Mention): void {
    this.mentions.delete(m);
    // Marks dropped by changes leave stale entries in `order`: cleared out once they outnumber the live ones.
    if (this.#order.size > 2 * this.mentions.size + 64) this.#order.retain((x) => this.mentions.has(x));
    for (const n of m.nodes) {
      const list = this.byNode.get(n);
      if (list) {
        const i = list.indexOf(m);
        if (i >= 0) list.splice(i, 1);
      }
    }
    this.version++;
    this.hooks.removed(m);
  }

  /** Drops the mentions whose text left the page or lies in one of the `changed` blocks. */
  protected prune(blocks: Node[]): void {
    const changed = new Set(blocks);
    const inChanged = (n: Node | null): boolean => {
      for (; n; n = n.parentNode) if (changed.has(n)) return true;
      return false;
    };
    for (const m of this.mentions) {
      const n = m.nodes[0]!;
      if (!n.isConnected || inChanged(n)) this.remove(m);
    }
  }

  /** The mention under a caret position, if any. */
  at(node: Node, offset: number): Mention | undefined {
    const list = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    return list?.find((m) => {
      const r = m.range;
      if (node === r.startContainer && offset < r.startOffset) return false;
      if (node === r.endContainer && offset > r.endOffset) return false;
      return true;
    });
  }

  /**
   * Mentions in document order (kept until the next change). They were added
   * nearly in that order, so the sort (adaptive) compares mostly neighbours,
   * and each comparison asks the one added first whether the other follows
   * it: the engine crawls from the other back to it, a few siblings. Asked
   * the other way round, it crawls back to the parent's first child: sorting
   * 5,000 marks among 6,000 paragraphs took 71 ms on every keyboard step.
   */
  ordered(): Mention[] {
    if (this.#sorted?.version !== this.version) {
      const seq = new Map<Mention, number>();
      for (const m of this.mentions) seq.set(m, seq.size);
      const list = [...this.mentions].sort((a, b) => {
        const x = a.range.startContainer,
          y = b.range.startContainer;
        if (x === y) return a.range.startOffset - b.range.startOffset;
        return seq.get(a)! < seq.get(b)!
          ? x.compareDocumentPosition(y) & 4 /* FOLLOWING */
            ? -1
            : 1
          : y.compareDocumentPosition(x) & 4
            ? 1
            : -1;
      });
      this.#sorted = { version: this.version, list };
    }
    return this.#sorted.list.slice();
  }

  counts(): Map<number, number> {
    const c = new Map<number, number>();
    for (const m of this.mentions) c.set(m.vendor, (c.get(m.vendor) ?? 0) + 1);
    return c;
  }

  /** Drops every mention. */
  clear(): void {
    for (const m of [...this.mentions]) this.remove(m);
    this.#order.clear();
  }
}
