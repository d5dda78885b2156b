/**
 * The page scanner: turns segments of text into mentions and keeps them up
 * to date. It never changes the page: a mention is a StaticRange (no live
 * range bookkeeping on every page mutation) added to a CSS highlight.
 *
 * Work is queued as roots (the document, a changed block, a shadow root) and
 * done in slices by `work(deadline)`, so no task of ours runs long. A job
 * reads its root's text in a few native calls and walks only the blocks that
 * may hold a mention (`candidateSegments`). Blocks that change are re-scanned
 * alone; mentions whose text left the page are dropped; the total is capped
 * (LIMITS.maxMentions; the oldest give way, O(1)) for pages that grow forever.
 * Bounds for pages that keep changing (queue.ts): a root waits at most once;
 * past LIMITS.maxQueuedRoots waiting roots, or a batch of more than
 * LIMITS.maxMutationRecords records, the scanner forgets and rescans the
 * whole document once. Marking a segment is linear in its mentions (spans
 * are located by binary search, its text is never joined per mention), and
 * a segment too long for one slice is scanned in steps across slices.
 */
import { ChunkText } from '../matcher/chunk-text.ts';
import { resolveContext } from '../matcher/context.ts';
import { type Matcher, type Span } from '../matcher/matcher.ts';
import { isSkippedElement, type Segment } from '../page-text/segments.ts';
import { withinSkipped } from '../page-text/opt-out.ts';
import { candidateSegments, FRESH_SLICE, type PrefilterOptions, type Step } from '../page-text/prefilter.ts';
import { LIMITS } from '../shared/limits.ts';
import { changedBlocks } from './changes.ts';
import { Deque, RootQueue } from './queue.ts';

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

/** A scanned segment's text nodes, their texts and where each ends in the whole (ends[i]: after node i). */
interface SegText {
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

/** A walk broken by the page changing under it is started again (already-seen segments are skipped), this often. */
const MAX_RETRIES = 3;

/** Work (≈ code units) between two looks at the clock; a scanned segment counts SEGMENT_COST. */
const CLOCK_EVERY = 16_384,
  SEGMENT_COST = 512,
  /** Starting a root's walk (its range, its whole-root queries): a page rewriting 1,000 rows queues 1,000 of them. */
  JOB_COST = 2048;
/** Segments longer than this (code units) are scanned in steps of BIG_STEP, looking at the clock between two. */
const BIG_SEGMENT = 32_768,
  BIG_STEP = 16_384,
  /** Marks of a long segment added between two looks at the clock. */
  ADD_STEP = 256,
  /** Segments of more text nodes are read in steps of this many (and scanned in steps). */
  READ_STEP = 8192;

export class Scanner {
  readonly mentions = new Set<Mention>();
  private readonly byNode = new WeakMap<Text, Mention[]>();
  private seen = new WeakSet<Text>();
  private shadows = new WeakSet<ShadowRoot>();
  private readonly confirmed = new Set<number>();
  private pending: { st: SegText; span: Span }[] = [];
  private readonly queue = new RootQueue<Node>(LIMITS.maxQueuedRoots);
  private job: Job | null = null;
  /** A segment too long for one slice, being read, then scanned in steps (its text indexed once as `ct`); the marks it will keep. */
  private big: {
    st: SegText;
    force: boolean;
    ct: ChunkText | null;
    next: (() => Span[] | null) | null;
    kept: Deque<Span>;
  } | null = null;
  /** Mentions in the order they were added (some may be gone): the oldest gives way first. */
  private readonly order = new Deque<Mention>();
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
    return this.job !== null || this.big !== null || this.queue.size > 0;
  }

  /** Queues a scan of `root` (once, however often it is queued before it starts) unless it or an ancestor is skipped. `force` re-scans segments already seen. */
  enqueue(root: Node, { force = false, first = false, retries = 0 } = {}): void {
    if (withinSkipped(root, (el) => isSkippedElement(el, this.hooks.skip))) return; // opted out (even <html>), an editor…
    this.walkRoot ??= root.ownerDocument?.body ?? root.ownerDocument?.documentElement ?? null;
    // During a full rescan, changed roots wait behind it: marks are then added in document order and
    // the latest changes last, so the oldest that give way at the cap are the oldest on the page.
    if (!this.queue.add(root, { force, first: first && !this.fullRescan, retries })) this.rescanAll();
  }

  /**
   * Too much changed to follow block by block: every mark is dropped and the
   * document (shadow roots included, as the walk meets them) scanned again once.
   */
  rescanAll(): void {
    this.clear();
    this.seen = new WeakSet();
    this.shadows = new WeakSet();
    const doc = (this.fullRescan = this.walkRoot);
    if (doc) this.queue.add(doc);
  }

  /** The root of a full rescan not finished yet. */
  private fullRescan: Node | null = null;

  /** The document's root, for a full rescan (known from the first job). */
  private walkRoot: Node | null = null;

  private nextJob(): Job | null {
    const next = this.queue.take();
    if (!next) return null;
    const [root, { force, retries }] = next;
    return { root, steps: candidateSegments(root, this.walk), force, retries };
  }

  /** Scans until `deadline` (performance.now() ms). Returns true if work remains. */
  work(deadline: number): boolean {
    let cost = 0;
    for (;;) {
      if (this.big && !this.stepBig(deadline)) return true;
      let job = this.job;
      if (!job) {
        if (!(job = this.job = this.nextJob())) return false;
        cost += JOB_COST;
      }
      try {
        for (let step = job.steps.next(); !step.done; step = job.steps.next()) {
          if (step.value === FRESH_SLICE) {
            if (performance.now() > deadline - LIMITS.sliceBudgetMs + 1) return true;
          } else if (typeof step.value === 'number') cost += step.value;
          else {
            this.scanSegment(step.value, job.force);
            cost += SEGMENT_COST;
            if (this.big && !this.stepBig(deadline)) return true;
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
        this.job = null;
        if (job.retries < MAX_RETRIES && job.root.isConnected)
          this.enqueue(job.root, { force: false, first: true, retries: job.retries + 1 });
        else if (job.root === this.fullRescan) this.fullRescan = null;
        continue;
      }
      this.job = null;
      if (job.root === this.fullRescan) this.fullRescan = null;
    }
  }

  scanSegment(seg: Segment, force = false): void {
    const first = seg[0]!;
    if (!first.isConnected) return; // the page removed it since it was found (its removal is handled on its own)
    if (!force && this.seen.has(first)) return;
    this.seen.add(first);
    const st: SegText = { seg, texts: [], ends: [] };
    if (seg.length <= READ_STEP) this.readSegment(st, seg.length, force);
    if (seg.length > READ_STEP || st.ends[st.ends.length - 1]! > BIG_SEGMENT) {
      // Too long for one slice: read (many nodes) and scanned in steps by work(); only its last LIMITS.maxMentions marks can stay.
      this.big = { st, force, ct: null, next: null, kept: new Deque<Span>() };
      return;
    }
    const texts = st.texts;
    const spans = this.matcher.scan(texts);
    if (!spans.length) return;
    const kept = this.resolve(st, spans);
    // Past the cap only the last LIMITS.maxMentions can stay: the ones before would give way at once.
    for (let k = Math.max(0, kept.length - LIMITS.maxMentions); k < kept.length; k++) this.add(st, kept[k]!);
  }

  /** Reads a segment's texts up to node `to` (a forced rescan drops their old marks first). */
  private readSegment(st: SegText, to: number, force: boolean): void {
    const { seg, texts, ends } = st;
    for (let i = texts.length; i < to; i++) {
      const t = seg[i]!;
      const list = force ? this.byNode.get(t) : undefined;
      if (list?.length) for (const m of [...list]) this.remove(m);
      texts.push(t.data);
      ends.push((ends[i - 1] ?? 0) + t.data.length);
    }
  }

  /** Context rules for a segment's spans: returns those to mark; weak ones wait for their vendor. */
  private resolve(st: SegText, spans: Span[], ct?: ChunkText): Span[] {
    const before = this.confirmed.size;
    const { kept, pending } = resolveContext(this.matcher, ct ?? st.texts, spans, this.confirmed);
    for (const s of pending) this.pending.push({ st, span: s });
    // Cut back to the cap only when twice over it, so the cut's cost is shared by as many additions.
    if (this.pending.length > 2 * LIMITS.maxMentions)
      this.pending.splice(0, this.pending.length - LIMITS.maxMentions);
    if (this.confirmed.size !== before && this.pending.length) this.promote();
    return kept;
  }

  /** Goes on with a long segment until `deadline`; true once it is done and marked (marks too are added in steps). */
  private stepBig(deadline: number): boolean {
    const b = this.big!,
      { seg, texts } = b.st;
    while (texts.length < seg.length) {
      this.readSegment(b.st, Math.min(seg.length, texts.length + READ_STEP), b.force);
      if (performance.now() >= deadline) return false;
    }
    b.ct ??= new ChunkText(texts);
    b.next ??= this.matcher.scanInSteps(b.ct, BIG_STEP);
    for (;;) {
      const spans = b.next();
      if (!spans) break;
      if (spans.length)
        for (const s of this.resolve(b.st, spans, b.ct)) {
          b.kept.push(s);
          if (b.kept.size > LIMITS.maxMentions) b.kept.shift();
        }
      if (performance.now() >= deadline) return false;
    }
    if (b.st.seg[0]!.isConnected)
      for (let s = b.kept.shift(), n = 1; s; s = b.kept.shift(), n++) {
        this.add(b.st, s);
        if (n % ADD_STEP === 0 && performance.now() >= deadline) return false;
      }
    this.big = null;
    return true;
  }

  /** Weak mentions whose vendor has since been named unambiguously. */
  private promote(): void {
    const still: typeof this.pending = [];
    for (const p of this.pending) {
      if (!this.confirmed.has(p.span.vendor)) still.push(p);
      else if (p.st.seg.every((t, i) => t.isConnected && t.data === p.st.texts[i])) this.add(p.st, p.span);
    }
    this.pending = still;
  }

  private add(st: SegText, s: Span): void {
    if (this.mentions.size >= LIMITS.maxMentions) this.evictOldest();
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
    const nodes = seg.slice(i, j + 1);
    const text =
      i === j
        ? texts[i]!.slice(s.start - base, s.end - base)
        : texts
            .slice(i, j + 1)
            .join('')
            .slice(s.start - base, s.end - base);
    const m: Mention = { vendor: s.vendor, range, nodes, text };
    this.mentions.add(m);
    this.order.push(m);
    for (const n of nodes) {
      const list = this.byNode.get(n);
      if (list) list.push(m);
      else this.byNode.set(n, [m]);
    }
    this.version++;
    this.hooks.added(m);
  }

  /** A page that grows forever (a chat, an endless feed): the oldest mark gives way to the newest. */
  private evictOldest(): void {
    for (let m = this.order.shift(); m; m = this.order.shift())
      if (this.mentions.has(m)) return this.remove(m);
  }

  private remove(m: Mention): void {
    this.mentions.delete(m);
    // Marks dropped by changes leave stale entries in `order`: cleared out once they outnumber the live ones.
    if (this.order.size > 2 * this.mentions.size + 64) this.order.retain((x) => this.mentions.has(x));
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
    // A batch this big costs more to sort out than to read the page again.
    if (records.length > LIMITS.maxMutationRecords) return this.rescanAll();
    const { roots, check, removals } = changedBlocks(records, this.hooks.skip);
    if (removals || check.length) {
      const changed = new Set(check);
      const inChanged = (n: Node | null): boolean => {
        for (; n; n = n.parentNode) if (changed.has(n)) return true;
        return false;
      };
      for (const m of this.mentions) {
        const n = m.nodes[0]!;
        if (!n.isConnected || inChanged(n)) this.remove(m);
      }
      if (removals) this.pending = this.pending.filter((p) => p.st.seg[0]!.isConnected);
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
    this.order.clear();
    this.pending = [];
    this.queue.clear();
    this.job = null;
    this.big = null;
    this.fullRescan = null;
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
