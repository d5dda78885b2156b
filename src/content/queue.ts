/**
 * The scanner's bounded work structures, O(1) per operation:
 * - Deque: a ring buffer (Array.shift/unshift are O(n) on big arrays);
 * - RootQueue: the roots waiting for a scan, each at most once (queuing a
 *   pending root again only merges its `force`), and at most `cap` of them:
 *   past that, `add` says no and the caller rescans the whole document once
 *   instead of keeping a job per changed block of a page that keeps changing.
 */

export class Deque<T> {
  private buf: (T | undefined)[] = new Array<T | undefined>(16);
  private head = 0;
  private n = 0;

  get size(): number {
    return this.n;
  }

  push(x: T): void {
    if (this.n === this.buf.length) this.grow();
    this.buf[(this.head + this.n) & (this.buf.length - 1)] = x;
    this.n++;
  }

  unshift(x: T): void {
    if (this.n === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = x;
    this.n++;
  }

  shift(): T | undefined {
    if (!this.n) return undefined;
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.n--;
    return x;
  }

  peek(): T | undefined {
    return this.n ? this.buf[this.head] : undefined;
  }

  /** Keeps the items `keep` accepts, in order (one pass). */
  retain(keep: (x: T) => boolean): void {
    const items: T[] = [];
    for (let x = this.shift(); x !== undefined; x = this.shift()) if (keep(x)) items.push(x);
    for (const x of items) this.push(x);
  }

  clear(): void {
    this.buf = new Array<T | undefined>(16);
    this.head = this.n = 0;
  }

  private grow(): void {
    const old = this.buf,
      len = old.length;
    const buf = new Array<T | undefined>(len * 2);
    for (let i = 0; i < this.n; i++) buf[i] = old[(this.head + i) & (len - 1)];
    this.buf = buf;
    this.head = 0;
  }
}

export interface QueuedRoot {
  /** Re-scan segments already seen (the root changed). */
  force: boolean;
  /** Times a walk of it was broken by the page changing under it. */
  retries: number;
}

export class RootQueue<N> {
  private readonly order = new Deque<N>();
  private readonly pending = new Map<N, QueuedRoot>();

  constructor(readonly cap: number) {}

  get size(): number {
    return this.pending.size;
  }

  /** Queues `root` (at the front if `first`); false, and nothing queued, when `cap` roots are already waiting. */
  add(root: N, { force = false, first = false, retries = 0 } = {}): boolean {
    const p = this.pending.get(root);
    if (p) {
      p.force ||= force;
      return true;
    }
    if (this.pending.size >= this.cap) return false;
    this.pending.set(root, { force, retries });
    if (first) this.order.unshift(root);
    else this.order.push(root);
    return true;
  }

  /** The next root and how to scan it, or undefined when none waits. */
  take(): [N, QueuedRoot] | undefined {
    const root = this.order.shift();
    if (root === undefined) return undefined;
    const q = this.pending.get(root)!;
    this.pending.delete(root);
    return [root, q];
  }

  clear(): void {
    this.order.clear();
    this.pending.clear();
  }
}
