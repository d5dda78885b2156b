/**
 * The measurements, one tab at a time (no background-tab throttling):
 * - quiet run (extension off at load): floor walk, GC + heap, Vendor Lens
 *   started on the loaded page until idle, GC + heap, long tasks in that
 *   window, Vendor Lens stopped, then mark.js on the same page;
 * - load run (extension on): the content script's own scan on load, for the
 *   time to first mark (page time, i.e. ms since navigation start);
 * - stream page: Vendor Lens (plus a floor observer) during 10 s of appends,
 *   and mark.js on the same stream in another tab.
 */
import type { Bench } from './browser.ts';
import type { BenchPage } from './pages.ts';
import {
  FLOOR,
  markRun,
  markSource,
  MARK_OPTIONS,
  VL_START,
  VL_STATS,
  VL_STOP,
  VL_WAIT,
  type FloorResult,
  type MarkResult,
  type VlResult,
} from './probes.ts';

export interface QuietResult {
  floor: FloorResult;
  vl: VlResult;
  heapAdded: number;
  longtasks: number[];
  mark: MarkResult | null;
}

/** The middle value (the upper one of an even count): what the bench reports of repeated measures. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Several quiet runs of one page as one: medians of the timings and heap, worst slice and start task, all long tasks. */
export function mergeQuiet(runs: QuietResult[]): QuietResult {
  const [first] = runs as [QuietResult];
  const m = (f: (r: QuietResult) => number) => median(runs.map(f));
  return {
    floor: { ...first.floor, ms: m((r) => r.floor.ms) },
    vl: {
      ...first.vl,
      busyMs: m((r) => r.vl.busyMs),
      t0: 0,
      doneMs: m((r) => (r.vl.doneMs ?? r.vl.t0) - r.vl.t0),
      longestMs: Math.max(...runs.map((r) => r.vl.longestMs)),
      startTaskMs: Math.max(...runs.map((r) => r.vl.startTaskMs)),
    },
    heapAdded: m((r) => r.heapAdded),
    longtasks: runs.flatMap((r) => r.longtasks),
    mark: runs.find((r) => r.mark)?.mark ?? null,
  };
}

/** One quiet run; mark.js only when `capMs` is given (it changes the page, so it comes last). */
export async function quietRun(
  bench: Bench,
  url: string,
  terms: string[],
  capMs: number | null,
): Promise<QuietResult> {
  const tab = await bench.open(url);
  try {
    const floor = await tab.main<FloorResult>(FLOOR);
    const heap0 = await tab.heap();
    const vl = await tab.world<VlResult>(VL_START);
    const heap1 = await tab.heap();
    const longtasks = await tab.longtasks(vl.t0, vl.doneMs ?? vl.t0);
    await tab.world(VL_STOP);
    if (capMs === null) return { floor, vl, heapAdded: heap1 - heap0, longtasks, mark: null };
    await tab.main(markSource());
    const mark = await tab.main<MarkResult>(markRun(terms, capMs));
    return { floor, vl, heapAdded: heap1 - heap0, longtasks, mark };
  } finally {
    await tab.close();
  }
}

export async function loadRun(bench: Bench, url: string): Promise<VlResult> {
  const tab = await bench.open(url);
  try {
    return await tab.world<VlResult>(VL_WAIT);
  } finally {
    await tab.close();
  }
}

interface StreamPage {
  t0: number;
  t1: number;
  paragraphs: number;
  appendMs: number;
  floorMs: number;
  markMs: number;
  markCapped: boolean;
}

export interface StreamResult {
  durationMs: number;
  paragraphs: number;
  appendMs: number;
  floorMs: number;
  /** Vendor Lens: slice time from the first append until idle after the last. */
  vlBusyMs: number;
  vlLongestMs: number;
  /** From the last append until Vendor Lens was idle again. */
  vlLagMs: number;
  mentions: number;
  longtasks: number[];
  markMs: number;
  markCapped: boolean;
}

/** Vendor Lens (extension on) and a floor observer during the stream. */
export async function streamVl(
  bench: Bench,
  url: string,
): Promise<Omit<StreamResult, 'markMs' | 'markCapped'>> {
  const tab = await bench.open(url);
  try {
    await tab.world(VL_WAIT);
    const before = await tab.world<VlResult>(VL_STATS);
    const s = await tab.main<StreamPage>(`__stream.start({ floor: true })`);
    const after = await tab.world<VlResult>(VL_WAIT);
    return {
      durationMs: s.t1 - s.t0,
      paragraphs: s.paragraphs,
      appendMs: s.appendMs,
      floorMs: s.floorMs,
      vlBusyMs: after.busyMs - before.busyMs,
      vlLongestMs: after.longestMs,
      vlLagMs: Math.max(0, (after.doneMs ?? s.t1) - s.t1),
      mentions: after.mentions,
      longtasks: await tab.longtasks(s.t0, after.doneMs ?? s.t1),
    };
  } finally {
    await tab.close();
  }
}

/** mark.js on every batch of the stream (extension off). */
export async function streamMark(
  bench: Bench,
  url: string,
  terms: string[],
  capMs: number,
): Promise<{ markMs: number; markCapped: boolean }> {
  const tab = await bench.open(url);
  try {
    await tab.main(markSource());
    const s = await tab.main<StreamPage>(
      `__stream.start(${JSON.stringify({ mark: true, terms, capMs, opts: MARK_OPTIONS })})`,
    );
    return { markMs: s.markMs, markCapped: s.markCapped };
  } finally {
    await tab.close();
  }
}

export interface PageResult {
  page: BenchPage;
  quiet: QuietResult;
  load: VlResult;
}
