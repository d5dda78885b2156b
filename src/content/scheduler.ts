/**
 * Runs the scanner in slices of at most SLICE_BUDGET_MS, each a task of
 * its own, in idle time: a slice waits for requestIdleCallback (a timer where
 * it is missing), and while the idle period the browser granted lasts, the
 * next slice follows at once as a new task (a message to ourselves), so a big
 * page is done in a few idle periods and input still runs between slices.
 * Slices follow one another at once for at most STREAK_MS in all (the last
 * one shortened to fit): then the next waits for the next idle period, so
 * the page's own work never waits more than a frame behind ours, even in a
 * long idle period.
 * Mutation records are batched and handled at the start of the next slice.
 * Keeps the numbers the benchmark reports. Members used only here are
 * #private, which the minifier shortens.
 */
import { MAX_MUTATION_RECORDS, SLICE_BUDGET_MS, STREAK_MS } from '../shared/limits.ts';
import type { Scanner } from './scanner.ts';

export interface SchedulerStats {
  slices: number;
  busyMs: number;
  longestMs: number;
  /** performance.now() of the first mark, the first slice's start and the last slice's end. */
  firstMarkMs: number | null;
  startMs: number | null;
  doneMs: number | null;
}

export class Scheduler {
  #queued: MutationRecord[] = [];
  #overflow = false;
  #scheduled = false;
  /** End of the idle period granted by the last idle callback (performance.now() ms). */
  #idleUntil = 0;
  /** Start of the slices run back to back so far (performance.now() ms): the first one's start. */
  #streakFrom = 0;
  readonly #channel = new MessageChannel();
  readonly stats: SchedulerStats = {
    slices: 0,
    busyMs: 0,
    longestMs: 0,
    firstMarkMs: null,
    startMs: null,
    doneMs: null,
  };

  constructor(
    private readonly scanner: Scanner,
    private readonly changed: () => void,
    private readonly signal: AbortSignal,
  ) {
    this.#channel.port1.onmessage = () => this.#slice();
    signal.addEventListener('abort', () => this.#channel.port1.close());
  }

  get idle(): boolean {
    return !this.#scheduled && !this.scanner.busy && this.#queued.length === 0 && !this.#overflow;
  }

  /**
   * The first slice, in a task of its own right after this one (what is
   * queued first, the viewport, goes first). `since`: when the task starting
   * the scan began; its time counts towards STREAK_MS, so the start and the
   * first slice together run no longer than slices back to back may.
   */
  runNow(since = performance.now()): void {
    this.#streakFrom = since;
    this.#post();
  }

  mutated(records: MutationRecord[]): void {
    if (!records.length) return;
    if (this.#overflow || this.#queued.length + records.length > MAX_MUTATION_RECORDS) {
      // More changes than are worth sorting out one by one: the next slice rescans the document once.
      this.#overflow = true;
      this.#queued = [];
    } else for (const r of records) this.#queued.push(r);
    this.#schedule();
  }

  #post(): void {
    if (this.#scheduled || this.signal.aborted) return;
    this.#scheduled = true;
    this.#channel.port2.postMessage(0);
  }

  #schedule(): void {
    if (this.#scheduled || this.signal.aborted) return;
    const now = performance.now();
    if (now + SLICE_BUDGET_MS <= this.#idleUntil && this.#streakFrom + STREAK_MS - now >= SLICE_BUDGET_MS / 2)
      return this.#post();
    this.#scheduled = true;
    const run = (deadline?: IdleDeadline) => {
      this.#idleUntil = deadline && !deadline.didTimeout ? performance.now() + deadline.timeRemaining() : 0;
      this.#streakFrom = performance.now();
      this.#slice();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 100 });
    else setTimeout(run, 16);
  }

  #slice(): void {
    this.#scheduled = false;
    if (this.signal.aborted) return;
    const t0 = performance.now();
    const v0 = this.scanner.version;
    if (this.#overflow) {
      this.#overflow = false;
      this.scanner.rescanAll();
    } else if (this.#queued.length) {
      const batch = this.#queued;
      this.#queued = [];
      this.scanner.mutated(batch);
    }
    const more = this.scanner.work(Math.min(t0 + SLICE_BUDGET_MS, this.#streakFrom + STREAK_MS));
    const t1 = performance.now(),
      dt = t1 - t0;
    this.stats.startMs ??= t0;
    this.stats.doneMs = t1;
    this.stats.slices++;
    this.stats.busyMs += dt;
    if (dt > this.stats.longestMs) this.stats.longestMs = dt;
    if (this.scanner.version !== v0) {
      if (this.stats.firstMarkMs === null) this.stats.firstMarkMs = t1;
      this.changed();
    }
    if (more) this.#schedule();
  }
}
