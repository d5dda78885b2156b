/**
 * The scheduler's time slices (src/content/scheduler.ts), on a clock the test
 * moves: a scan needing many slices gets one idle period's worth at a time,
 * never more than STREAK_MS of slices back to back (the last one shortened to
 * fit), and each slice's deadline is within SLICE_BUDGET_MS.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Scheduler } from '../../src/content/scheduler.ts';
import type { Scanner } from '../../src/content/scanner.ts';
import { SLICE_BUDGET_MS, STREAK_MS } from '../../src/shared/limits.ts';

let clock = 0;
/** Each slice as the scanner saw it: when it began, its deadline, and whether an idle callback started it. */
interface Slice {
  at: number;
  deadline: number;
  fromIdle: boolean;
}

/** A scanner that works until its deadline (plus `overrun` ms), `slices` times. */
function fakeScanner(slices: number, overrun = 0) {
  const seen: Slice[] = [];
  let fromIdle = false;
  const scanner = {
    busy: true,
    version: 0,
    work(deadline: number) {
      seen.push({ at: clock, deadline, fromIdle });
      fromIdle = false;
      clock = Math.max(clock, deadline) + overrun;
      scanner.busy = seen.length < slices;
      return scanner.busy;
    },
    mutated() {},
    rescanAll() {},
  };
  return { scanner: scanner as unknown as Scanner, seen, idleStarts: () => (fromIdle = true) };
}

/**
 * Runs the scheduler to the end; every idle period the browser grants lasts
 * `periodMs`; the task that starts the scan began `startMs` before it asks for the first slice.
 */
async function run(slices: number, periodMs: number, overrun = 0, startMs?: number): Promise<Slice[]> {
  const f = fakeScanner(slices, overrun);
  vi.stubGlobal('requestIdleCallback', (cb: (d: IdleDeadline) => void) =>
    setTimeout(() => {
      clock += 5; // the browser's own work between idle periods
      const end = clock + periodMs;
      f.idleStarts();
      cb({ didTimeout: false, timeRemaining: () => Math.max(0, end - clock) });
    }, 0),
  );
  const ctrl = new AbortController();
  const s = new Scheduler(f.scanner, () => {}, ctrl.signal);
  if (startMs === undefined) s.runNow();
  else s.runNow(clock - startMs);
  for (let i = 0; i < 1000 && !s.idle; i++) await new Promise((r) => setTimeout(r, 0));
  ctrl.abort();
  expect(s.idle).toBe(true);
  return f.seen;
}

/** The runs of slices that followed one another without the browser in between: the time each took in all. */
function streaks(seen: Slice[]): number[] {
  const out: number[] = [];
  seen.forEach((s, i) => {
    const end = seen[i + 1] && !seen[i + 1]!.fromIdle ? seen[i + 1]!.at : s.deadline;
    if (i === 0 || s.fromIdle) out.push(0);
    out[out.length - 1]! += end - s.at;
  });
  return out;
}

describe('Scheduler', () => {
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  afterEach(() => vi.unstubAllGlobals());

  it('runs slices back to back for at most STREAK_MS, even in a long idle period', async () => {
    const seen = await run(40, 50);
    expect(seen).toHaveLength(40);
    for (const s of seen) expect(s.deadline - s.at).toBeLessThanOrEqual(SLICE_BUDGET_MS);
    const runs = streaks(seen);
    expect(Math.max(...runs)).toBeLessThanOrEqual(STREAK_MS);
    // The idle period is used, not one slice per period: a second, shorter slice follows the first at once.
    expect(seen.filter((s) => !s.fromIdle).length).toBeGreaterThan(seen.length / 3);
  });

  it('in a short idle period, runs one slice and waits for the next period', async () => {
    const seen = await run(10, SLICE_BUDGET_MS + 1);
    expect(seen.slice(1).every((s) => s.fromIdle)).toBe(true);
  });

  it('counts the task that started the scan towards the first run of slices', async () => {
    const seen = await run(5, 50, 0, 10);
    // 10 ms of start leave the first slice 3 ms (STREAK_MS 13), not its 8.
    expect(seen[0]!.deadline - seen[0]!.at).toBeCloseTo(STREAK_MS - 10);
    expect(seen[1]!.fromIdle).toBe(true);
  });

  it('a slice that overruns its deadline ends the run of slices', async () => {
    const seen = await run(20, 50, SLICE_BUDGET_MS);
    // Each slice now takes two budgets: the next one waits for the next idle period.
    expect(seen.slice(1).every((s) => s.fromIdle)).toBe(true);
  });
});
