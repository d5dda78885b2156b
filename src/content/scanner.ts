/**
 * The page scanner: turns segments of text into mentions and keeps them up
 * to date. It never changes the page: a mention is a StaticRange (no live
 * range bookkeeping on every page mutation) added to a CSS highlight.
 *
 * Work is queued as jobs (the document, a changed block, a shadow root) and
 * done in slices by `work(deadline)`, so no task of ours runs long. A job
 * reads its root's text in a few native calls and walks only the blocks that
 * may hold a mention (`candidateSegments`). Blocks that change are re-scanned
 * alone; mentions whose text left the page are dropped; the total is capped
 * (LIMITS.maxMentions; the oldest give way) for pages that grow forever.
 */
import { resolveContext } from '../matcher/context.ts';
import { type Matcher, type Span } from '../matcher/matcher.ts';
import { isSkippedElement, type Segment } from '../page-text/segments.ts';
import { withinSkipped } from '../page-text/opt-out.ts';
import { candidateSegments, FRESH_SLICE, type PrefilterOptions, type Step } from '../page-text/prefilter.ts';
import { LIMITS } from '../shared/limits.ts';
import { changedBlocks } from './changes.ts';

export interface Mention {
  vendor: number;
  range: StaticRange;
  nodes: Text[];
  text: string;
}

export interface ScannerHooks {
  /** Our own elements, never scanned. */
  skip(el: Element): boolean;
  added(m: Mention): void;
  removed(m: Mention): void;
  shadowRoot?(root: ShadowRoot): void;
}

interface Job {
  root: Node;
  steps: Generator<Step, void, undefined>;
  force: boolean;
  retries: number;
}

/** A walk broken by the page changing under it is started again (already-seen segments are skipped), this often. */
const MAX_RETRIES = 3;

/** Work (≈ code units) between two looks at the clock; a scanned segment counts SEGMENT_COST. */
const CLOCK_EVERY = 16_384,
  SEGMENT_COST = 512;

export class Scanner {
  readonly mentions = new Set<Mention>();
  private readonly byNode = new WeakMap<Text, Mention[]>();
  private seen = new WeakSet<Text>();
  private shadows = new WeakSet<ShadowRoot>();
  private readonly confirmed = new Set<number>();
  private pending: { seg: Segment; texts: string[]; span: Span }[] = [];
  private jobs: Job[] = [];
  /** Bumped on every add or remove. */
  version = 0;

  private readonly walk: PrefilterOptions;

  constructor(
    private readonly matcher: Matcher,
    private readonly hooks: ScannerHooks,
  ) {
    const found = hooks.shadowRoot;
    this.walk = {
      skip: hooks.skip,
      candidateEnds: (text, ends, carry) => matcher.candidateEnds(text, ends, carry),
      // Each open shadow root is reported once (a full walk and a block walk may both meet it).
      onShadowRoot:
        found &&
        ((root) => {
          if (!this.shadows.has(root)) {
            this.shadows.add(root);
            found(root);
          }
        }),
    };
  }

  get busy(): boolean {
    return this.jobs.length > 0;
  }

  /** Queues a scan of `root` unless it or an ancestor is skipped. `force` re-scans segments already seen. */
  enqueue(root: Node, { force = false, first = false, retries = 0 } = {}): void {
    if (withinSkipped(root, (el) => isSkippedElement(el, this.hooks.skip))) return; // opted out (even <html>), an editor…
    const job: Job = { root, steps: candidateSegments(root, this.walk), force, retries };
    if (first) this.jobs.unshift(job);
    else this.jobs.push(job);
  }

  /** Scans until `deadline` (performance.now() ms). Returns true if work remains. */
  work(deadline: number): boolean {
    let cost = 0;
    while (this.jobs.length) {
      const job = this.jobs[0]!;
      try {
        for (let step = job.steps.next(); !step.done; step = job.steps.next()) {
          if (step.value === FRESH_SLICE) {
            if (performance.now() > deadline - LIMITS.sliceBudgetMs + 1) return true;
          } else if (typeof step.value === 'number') cost += step.value;
          else {
            this.scanSegment(step.value, job.force);
            cost += SEGMENT_COST;
          }
          if (cost >= CLOCK_EVERY) {
            cost = 0;
            if (performance.now() >= deadline) return true;
          }
        }
      } catch {
        // The page changed under the walk between two slices (a node it stood on was removed):
        // walk the root again; segments already scanned are skipped. A page that keeps breaking
        // walks loses that job only, never the whole scan.
        this.jobs.splice(this.jobs.indexOf(job), 1);
        if (job.retries < MAX_RETRIES && job.root.isConnected)
          this.enqueue(job.root, { force: false, first: true, retries: job.retries + 1 });
        continue;
      }
      this.jobs.splice(this.jobs.indexOf(job), 1);
    }
    return false;
  }

  scanSegment(seg: Segment, force = false): void {
    const first = seg[0]!;
    if (!first.isConnected) return; // the page removed it since it was found (its removal is handled on its own)
    if (!force && this.seen.has(first)) return;
    this.seen.add(first);
    const texts = seg.map((t) => t.data);
    const spans = this.matcher.scan(texts);
    if (!spans.length) return;
    const before = this.confirmed.size;
    const { kept, pending } = resolveContext(this.matcher, texts, spans, this.confirmed);
    for (const s of kept) this.add(seg, texts, s);
    for (const s of pending) this.pending.push({ seg, texts, span: s });
    if (this.pending.length > LIMITS.maxMentions)
      this.pending.splice(0, this.pending.length - LIMITS.maxMentions);
    if (this.confirmed.size !== before && this.pending.length) this.promote();
  }

  /** Weak mentions whose vendor has since been named unambiguously. */
  private promote(): void {
    const still: typeof this.pending = [];
    for (const p of this.pending) {
      if (!this.confirmed.has(p.span.vendor)) still.push(p);
      else if (p.seg.every((t, i) => t.isConnected && t.data === p.texts[i]))
        this.add(p.seg, p.texts, p.span);
    }
    this.pending = still;
  }

  private add(seg: Segment, texts: string[], s: Span): void {
    if (this.mentions.size >= LIMITS.maxMentions) {
      // A page that grows forever (a chat, an endless feed): the oldest mark gives way to the newest.
      this.remove(this.mentions.values().next().value!);
    }
    let i = 0,
      base = 0;
    while (base + texts[i]!.length <= s.start) base += texts[i++]!.length;
    const startNode = seg[i]!,
      startOffset = s.start - base;
    const nodes = [startNode];
    while (base + texts[i]!.length < s.end) {
      base += texts[i++]!.length;
      nodes.push(seg[i]!);
    }
    const endNode = seg[i]!,
      endOffset = s.end - base;
    const range = new StaticRange({
      startContainer: startNode,
      startOffset,
      endContainer: endNode,
      endOffset,
    });
    const m: Mention = { vendor: s.vendor, range, nodes, text: texts.join('').slice(s.start, s.end) };
    this.mentions.add(m);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(m);
      else this.byNode.set(n, [m]);
    }
    this.version++;
    this.hooks.added(m);
  }

  private remove(m: Mention): void {
    this.mentions.delete(m);
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

  /** Handles a batch of mutation records: re-scans changed blocks only. */
  mutated(records: MutationRecord[]): void {
    const { roots, check, removals } = changedBlocks(records, this.hooks.skip);
    if (removals || check.length) {
      for (const m of this.mentions) {
        const n = m.nodes[0]!;
        if (!n.isConnected || check.some((b) => b.contains(n))) this.remove(m);
      }
      if (removals) this.pending = this.pending.filter((p) => p.seg[0]!.isConnected);
    }
    for (const b of roots) this.enqueue(b, { force: true, first: true });
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

  /** Mentions in document order. */
  ordered(): Mention[] {
    return [...this.mentions].sort((a, b) => {
      const x = a.range.startContainer,
        y = b.range.startContainer;
      if (x === y) return a.range.startOffset - b.range.startOffset;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  clear(): void {
    for (const m of [...this.mentions]) this.remove(m);
    this.pending = [];
    this.jobs = [];
    this.confirmed.clear();
  }

  /** Forget what was scanned, so a new full walk scans everything again. */
  reset(): void {
    this.clear();
    this.seen = new WeakSet();
    this.shadows = new WeakSet();
  }

  counts(): Map<number, number> {
    const c = new Map<number, number>();
    for (const m of this.mentions) c.set(m.vendor, (c.get(m.vendor) ?? 0) + 1);
    return c;
  }
}
