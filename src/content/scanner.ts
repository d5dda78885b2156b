/**
 * The page scanner: turns segments of text into mentions and keeps them up
 * to date. It never changes the page: a mention is a StaticRange (no live
 * range bookkeeping on every page mutation) added to a CSS highlight. It is
 * built in layers: the mentions kept (mentions.ts: found by node, capped,
 * the oldest give way), marking a segment (segment-marks.ts: linear in its
 * mentions, a long segment in steps across slices), and here the work.
 *
 * Work is queued as roots (the document, a changed block, a shadow root) and
 * done in slices by `work(deadline)`, so no task of ours runs long. A job
 * reads its root's text in a few native calls and walks only the blocks that
 * may hold a mention (`candidateSegments`). Blocks that change are re-scanned
 * alone; mentions whose text left the page are dropped. Bounds for pages
 * that keep changing (queue.ts): a root waits at most once; past
 * MAX_QUEUED_ROOTS waiting roots, or a batch of more than
 * MAX_MUTATION_RECORDS records, the scanner forgets and rescans the
 * whole document once.
 */
import { type Matcher } from '../matcher/matcher.ts';
import { isSkippedElement } from '../page-text/segments.ts';
import { withinSkipped } from '../page-text/opt-out.ts';
import { candidateSegments, FRESH_SLICE, type PrefilterOptions, type Step } from '../page-text/prefilter.ts';
import type { Segment } from '../page-text/segments.ts';
import { MAX_MUTATION_RECORDS, MAX_QUEUED_ROOTS, SLICE_BUDGET_MS } from '../shared/limits.ts';
import { changedBlocks } from './changes.ts';
import { type MentionHooks } from './mentions.ts';
import { RootQueue } from './queue.ts';
import { SegmentMarks } from './segment-marks.ts';

export interface ScannerHooks extends MentionHooks {
  /** Our own elements, never scanned. */
  skip(el: Element): boolean;
  shadowRoot?(root: ShadowRoot): void;
}

interface Job {
  root: Node;
  steps: Generator<Step, void, undefined>;
  force: boolean;
  retries: number;
  /** A segment the walk yielded late in a slice, scanned first in the next. */
  held: Segment | null;
}

/** Segments scanned while the scanner's code is still being compiled (see `work`). */
const COLD_SEGMENTS = 64;

/** A walk broken by the page changing under it is started again (already-seen segments are skipped), this often. */
const MAX_RETRIES = 3;

export class Scanner extends SegmentMarks<ScannerHooks> {
  #shadows = new WeakSet<ShadowRoot>();
  private readonly queue = new RootQueue<Node>(MAX_QUEUED_ROOTS);
  private job: Job | null = null;
  readonly #walk: PrefilterOptions;

  constructor(
    protected readonly matcher: Matcher,
    protected readonly hooks: ScannerHooks,
  ) {
    super();
    const found = hooks.shadowRoot;
    this.#walk = {
      skip: hooks.skip,
      candidateEnds: (text, ends, carry) => matcher.candidateEnds(text, ends, carry),
      // Each open shadow root is reported once (a full walk and a block walk may both meet it).
      onShadowRoot:
        found &&
        ((root) => {
          if (!this.#shadows.has(root)) {
            this.#shadows.add(root);
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
    this.#walkRoot ??= root.ownerDocument?.body ?? root.ownerDocument?.documentElement ?? null;
    // During a full rescan, changed roots wait behind it: marks are then added in document order and
    // the latest changes last, so the oldest that give way at the cap are the oldest on the page.
    if (!this.queue.add(root, { force, first: first && !this.#fullRescan, retries })) this.rescanAll();
  }

  /**
   * Too much changed to follow block by block: every mark is dropped and the
   * document (shadow roots included, as the walk meets them) scanned again once.
   */
  rescanAll(): void {
    this.clear();
    this.seen = new WeakSet();
    this.#shadows = new WeakSet();
    const doc = (this.#fullRescan = this.#walkRoot);
    if (doc) this.queue.add(doc);
  }

  /** The root of a full rescan not finished yet. */
  #fullRescan: Node | null = null;

  /** The document's root, for a full rescan (known from the first job). */
  #walkRoot: Node | null = null;

  /** Segments scanned so far. */
  #scanned = 0;

  private nextJob(): Job | null {
    const next = this.queue.take();
    if (!next) return null;
    const [root, { force, retries }] = next;
    return { root, steps: candidateSegments(root, this.#walk), force, retries, held: null };
  }

  /**
   * Scans until `deadline` (performance.now() ms). Returns true if work remains.
   * The clock is read after every step: the walk's steps are sized to take
   * about a millisecond (prefilter.ts), and the first segments scanned on a
   * page are slow (their code is not compiled yet), so counting work instead
   * of time let a slice run several times its budget. A segment is begun only
   * in the first half of a slice while the scanner is new (its first
   * COLD_SEGMENTS: each may take 10 ms and more); later, it waits for the next
   * slice. Once warm, a segment takes a fraction of a millisecond.
   */
  work(deadline: number): boolean {
    const late = deadline - SLICE_BUDGET_MS / 2;
    for (;;) {
      if (this.big && !this.stepBig(deadline)) return true;
      let job = this.job;
      if (!job && !(job = this.job = this.nextJob())) return false;
      try {
        for (;;) {
          let seg = job.held;
          if (seg) job.held = null;
          else {
            const step = job.steps.next();
            if (step.done) break;
            if (step.value === FRESH_SLICE) {
              if (performance.now() > deadline - SLICE_BUDGET_MS + 1) return true;
              continue;
            }
            if (typeof step.value === 'number') {
              if (performance.now() >= deadline) return true;
              continue;
            }
            seg = step.value;
            if (this.#scanned < COLD_SEGMENTS && performance.now() > late) {
              job.held = seg;
              return true;
            }
          }
          this.#scanned++;
          this.scanSegment(seg, job.force);
          if (this.big && !this.stepBig(deadline)) return true;
          if (performance.now() >= deadline) return true;
        }
      } catch {
        // The page changed under the walk between two slices (a node it stood on was removed):
        // walk the root again; segments already scanned are skipped. A page that keeps breaking
        // walks loses that job only, never the whole scan.
        this.job = null;
        if (job.retries < MAX_RETRIES && job.root.isConnected)
          this.enqueue(job.root, { force: false, first: true, retries: job.retries + 1 });
        else if (job.root === this.#fullRescan) this.#fullRescan = null;
        continue;
      }
      this.job = null;
      if (job.root === this.#fullRescan) this.#fullRescan = null;
    }
  }

  /** Handles a batch of mutation records: re-scans changed blocks only. */
  mutated(records: MutationRecord[]): void {
    // A batch this big costs more to sort out than to read the page again.
    if (records.length > MAX_MUTATION_RECORDS) return this.rescanAll();
    const { roots, check, removals } = changedBlocks(records, this.hooks.skip);
    if (removals || check.length) {
      this.prune(check);
      if (removals) this.pruneWaiting();
    }
    for (const b of roots) this.enqueue(b, { force: true, first: true });
  }

  override clear(): void {
    super.clear();
    this.queue.clear();
    this.job = null;
    this.#fullRescan = null;
  }
}
