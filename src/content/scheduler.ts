/**
 * Runs the scanner in slices of at most LIMITS.sliceBudgetMs, in idle time
 * (requestIdleCallback, or a timer where it is missing), so no task of ours
 * blocks the page for a frame. Mutation records are batched and handled at
 * the start of the next slice. Keeps the numbers the benchmark reports.
 */
import { LIMITS } from '../shared/limits.ts';
import type { Scanner } from './scanner.ts';

export interface SchedulerStats { slices: number; busyMs: number; longestMs: number; firstMarkMs: number | null }

export class Scheduler {
  private queued: MutationRecord[] = [];
  private scheduled = false;
  readonly stats: SchedulerStats = { slices: 0, busyMs: 0, longestMs: 0, firstMarkMs: null };

  constructor(private readonly scanner: Scanner, private readonly changed: () => void, private readonly signal: AbortSignal) {}

  get idle(): boolean { return !this.scheduled && !this.scanner.busy && this.queued.length === 0; }

  runNow(): void { this.slice(); }

  mutated(records: MutationRecord[]): void {
    if (!records.length) return;
    for (const r of records) this.queued.push(r);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.signal.aborted) return;
    this.scheduled = true;
    const run = () => this.slice();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 100 });
    else setTimeout(run, 16);
  }

  private slice(): void {
    this.scheduled = false;
    if (this.signal.aborted) return;
    const t0 = performance.now();
    const v0 = this.scanner.version;
    if (this.queued.length) {
      const batch = this.queued;
      this.queued = [];
      this.scanner.mutated(batch);
    }
    const more = this.scanner.work(t0 + LIMITS.sliceBudgetMs);
    const dt = performance.now() - t0;
    this.stats.slices++;
    this.stats.busyMs += dt;
    if (dt > this.stats.longestMs) this.stats.longestMs = dt;
    if (this.scanner.version !== v0) {
      if (this.stats.firstMarkMs === null) this.stats.firstMarkMs = performance.now();
      this.changed();
    }
    if (more) this.schedule();
  }
}
