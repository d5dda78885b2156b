/**
 * Code the bench evaluates inside the browser, as expression strings (never
 * serialised functions: tsx would add helpers the page lacks). Main world:
 * the floor walk and mark.js; the content script's world: start Vendor Lens
 * and wait until its scheduler is idle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.ts';

export interface FloorResult {
  ms: number;
  nodes: number;
  chars: number;
}
export interface VlResult {
  /** Page time when start() was called (or the content script's first slice on load). */
  t0: number;
  /** Duration of the synchronous start() call: matcher, viewport, first slice. */
  startTaskMs: number;
  slices: number;
  busyMs: number;
  longestMs: number;
  firstMarkMs: number | null;
  startMs: number | null;
  doneMs: number | null;
  mentions: number;
}
export interface MarkResult {
  ms: number;
  terms: number;
  done: number;
  capped: boolean;
  marks: number;
}

/** One TreeWalker(SHOW_TEXT) pass over the body reading every text node's data. */
export const FLOOR = `(() => {
  const t = performance.now();
  const w = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let nodes = 0, chars = 0;
  for (let x = w.nextNode(); x; x = w.nextNode()) { chars += x.data.length; nodes++; }
  return { ms: performance.now() - t, nodes, chars };
})()`;

const WAIT_IDLE = `while (!a.idle) await new Promise((r) => setTimeout(r, 20));`;
const RESULT = `({ ...a.stats, mentions: a.scanner ? a.scanner.mentions.size : 0 })`;

/** Starts Vendor Lens on a loaded page (the extension was off) and waits for the scan to end. */
export const VL_START = `(async () => {
  const a = globalThis.__vendorLens;
  const t0 = performance.now(); a.start(); const startTaskMs = performance.now() - t0;
  ${WAIT_IDLE}
  return { t0, startTaskMs, ...${RESULT} };
})()`;

/** Waits for the scan the content script started on load. */
export const VL_WAIT = `(async () => {
  const a = globalThis.__vendorLens;
  while (!a.scanner) await new Promise((r) => setTimeout(r, 20));
  ${WAIT_IDLE}
  const s = ${RESULT};
  return { t0: s.startMs ?? 0, startTaskMs: 0, ...s };
})()`;

export const VL_STATS = `(() => { const a = globalThis.__vendorLens; return ${RESULT}; })()`;
export const VL_STOP = `globalThis.__vendorLens.stop()`;

/** mark.js (UMD build) as source, to evaluate in the page's main world. */
export function markSource(): string {
  const req = createRequire(join(ROOT, 'package.json'));
  return readFileSync(join(req.resolve('mark.js/package.json'), '..', 'dist/mark.min.js'), 'utf8');
}

/** mark.js's options for the comparison. */
export const MARK_OPTIONS = { separateWordSearch: false, accuracy: 'exactly', diacritics: false };

/**
 * mark.js over the body, one term at a time (longest first, as mark.js
 * orders an array itself), stopping once `capMs` is spent.
 */
export function markRun(terms: string[], capMs: number): string {
  return `(() => {
  const terms = [...new Set(${JSON.stringify(terms)})].sort((a, b) => b.length - a.length);
  const opts = ${JSON.stringify(MARK_OPTIONS)};
  const t = performance.now();
  let done = 0;
  for (const kw of terms) {
    new Mark(document.body).mark(kw, opts);
    done++;
    if (performance.now() - t > ${capMs}) break;
  }
  const ms = performance.now() - t;
  return { ms, terms: terms.length, done, capped: done < terms.length, marks: document.querySelectorAll('mark[data-markjs]').length };
})()`;
}
