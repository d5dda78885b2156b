/**
 * Renderer memory with a page of 200 empty frames (cost.ts), each way in a
 * browser of its own, fresh, the ways interleaved round by round: Chromium
 * without the extension, with a content script of one statement, with one
 * that reads its frame's body once (what any gate that looks at its frame
 * costs: the document's bindings in the frame's script world), and with
 * Vendor Lens. Measured in the browsers the rest of the benchmark had used,
 * after the pages each had loaded, the baseline without the extension moved
 * by more than the margin the target gives: 603 MB in the last run measured
 * that way, 614–616 MB in fresh browsers.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';
import { launchChromium, launchPlainChromium } from '../e2e/harness.ts';
import { withFloorExtension } from './browser.ts';
import { median } from './measure.ts';

/** Rounds of the four ways (each a fresh browser): the median is reported. */
const ROUNDS = 5;
/** Time for 200 frames' scripts to have run and the renderer to settle. */
const SETTLE_MS = 3000;

/** Sum of the resident memory of our browsers' page renderers (descendants of this process, not the extension's), bytes. */
function rendererRss(): number {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
  const procs = out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [pid, ppid, rss, ...args] = l.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
    });
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs)
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
  }
  let kb = 0;
  for (const p of procs)
    if (ours.has(p.pid) && p.args.includes('--type=renderer') && !p.args.includes('--extension-process'))
      kb += p.rss;
  return kb * 1024;
}

export interface EmptyFramesMemory {
  /** Median renderer memory (bytes) without the extension. */
  off: number;
  /** With a content script of one statement. */
  statement: number;
  /** With one that reads its frame's body once. */
  touch: number;
  /** With Vendor Lens (the build at `dist`). */
  on: number;
}

/** Opens `url` in `context`, waits SETTLE_MS, returns the renderers' memory. */
async function load(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const rss = rendererRss();
  await page.close();
  return rss;
}

export async function emptyFramesMemory(
  url: string,
  dist: string | undefined,
  log: (s: string) => void,
): Promise<EmptyFramesMemory> {
  /** `load` in a browser `launch` starts, closed after. */
  const inFresh = async (launch: () => Promise<{ context: BrowserContext; close(): Promise<void> }>) => {
    const b = await launch();
    try {
      return await load(b.context, url);
    } finally {
      await b.close();
    }
  };
  const ways: Record<keyof EmptyFramesMemory, () => Promise<number>> = {
    off: () => inFresh(launchPlainChromium),
    statement: () => withFloorExtension('globalThis.floor = 1;\n', (c) => load(c, url)),
    touch: () => withFloorExtension('globalThis.floor = document.body;\n', (c) => load(c, url)),
    on: () => inFresh(() => launchChromium(dist)),
  };
  const got: Record<string, number[]> = {};
  for (let r = 0; r < ROUNDS; r++)
    for (const [way, measure] of Object.entries(ways)) {
      log(`cost   200 empty frames, ${way}, round ${r + 1} of ${ROUNDS}`);
      (got[way] ??= []).push(await measure());
    }
  return {
    off: median(got.off!),
    statement: median(got.statement!),
    touch: median(got.touch!),
    on: median(got.on!),
  };
}
