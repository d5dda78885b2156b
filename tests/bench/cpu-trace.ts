/**
 * The extension's JS in thread CPU time, from a Chromium trace, beside the
 * CPU profiler's figures (cost.ts). The profiler counts a sample as ours when
 * our script is on the stack, whether the page's main thread was running or
 * was waiting for a core: on a machine of two cores, with the browser's other
 * processes busy while a page loads, a task of ours can last twice its CPU
 * time. A trace's top-level events of our scripts (EvaluateScript,
 * FunctionCall; the renderer's main threads only, not the background's
 * worker) give both: `dur` (wall) and `tdur` (the thread's CPU time).
 * Promise continuations run outside such events, so the trace sees less of
 * our JS than the profiler does; its wall sum is printed beside it to show
 * how much.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface CpuFigures {
  /** Sum of our top-level events' thread CPU time (ms). */
  cpuMs: number;
  /** The same events' wall time (ms). */
  wallMs: number;
  /** The longest of those events in thread CPU time (ms). */
  longestCpuMs: number;
}

const OURS = 'chrome-extension://';
const TOP_LEVEL = new Set(['EvaluateScript', 'FunctionCall']);

/** Our top-level events on the renderers' main threads; an event inside another counted one is not counted again. */
export function ourCpu(events: TraceEvent[]): CpuFigures {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        TOP_LEVEL.has(e.name) &&
        main.has(`${e.pid}:${e.tid}`) &&
        (e.args?.data?.url ?? '').startsWith(OURS),
    )
    .sort((a, b) => a.ts - b.ts);
  let cpuMs = 0,
    wallMs = 0,
    longestCpuMs = 0;
  const openUntil = new Map<string, number>();
  for (const e of ours) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (openUntil.get(thread) ?? -1)) continue; // nested in one already counted
    openUntil.set(thread, e.ts + (e.dur ?? 0));
    const cpu = (e.tdur ?? 0) / 1000;
    cpuMs += cpu;
    wallMs += (e.dur ?? 0) / 1000;
    longestCpuMs = Math.max(longestCpuMs, cpu);
  }
  return { cpuMs, wallMs, longestCpuMs };
}

/** Loads `url` in a new page with a trace running until `settle` is done; the page is closed. */
export async function traced(
  context: BrowserContext,
  url: string,
  settle: (page: Page) => Promise<void>,
): Promise<CpuFigures> {
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  await settle(page);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  return ourCpu(events);
}
