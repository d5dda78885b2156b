/** Totals and verdict of `npm run eval` (scoring rules in eval.ts; printed by eval-print.ts). */
import type { DocLabels } from './eval-labels.ts';
import type { Counts, DocResult, Shown } from './eval-score.ts';

export const TARGETS = { precision: 0.99, recall: 0.97, trapsHit: 0 };

export interface TrapHit {
  file: string;
  text: string;
  why: string;
  context: string;
  markedAs: string | null;
  located: boolean;
}

/** Totals over the scored vendors, and the same without the vendor most often named (Microsoft). */
export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export const SET_ASIDE = 'microsoft';

function totals(vendors: Record<string, Counts>, without?: string): Totals {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const [v, c] of Object.entries(vendors)) {
    if (v === without) continue;
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export interface Summary {
  documents: number;
  missingFiles: number;
  ms: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  traps: number;
  trapsHit: number;
  vendors: Record<string, Counts>;
  withoutMicrosoft: Totals;
  falsePositives: Shown[];
  misses: Shown[];
  trapHits: TrapHit[];
  excused: number;
  unlocated: number;
  unsure: { file: string; note: string }[];
  pass: boolean;
  verdict: string;
}

export function summarise(
  results: DocResult[],
  labels: DocLabels[],
  ms: number,
  missingFiles: number,
): Summary {
  const vendors: Record<string, Counts> = {};
  let excused = 0,
    unlocated = 0;
  const trapResults = results.flatMap((r) => r.traps);
  for (const r of results) {
    excused += r.excused;
    unlocated += r.unlocated;
    for (const [v, c] of r.vendors) {
      const t = (vendors[v] ??= { tp: 0, fp: 0, fn: 0 });
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
    }
  }
  const { tp, fp, fn, precision, recall } = totals(vendors);
  const without = totals(vendors, SET_ASIDE);
  const trapHits: TrapHit[] = trapResults
    .filter((t) => t.hit)
    .map((t) => ({
      file: t.file,
      text: t.trap.text,
      why: t.trap.why,
      context: t.trap.context.replace(/\s+/g, ' '),
      markedAs: t.hit?.vendor ?? null,
      located: t.located,
    }));
  const fails: string[] = [];
  if (precision < TARGETS.precision) fails.push(`precision ${precision.toFixed(4)} < ${TARGETS.precision}`);
  if (recall < TARGETS.recall) fails.push(`recall ${recall.toFixed(4)} < ${TARGETS.recall}`);
  if (without.precision < TARGETS.precision)
    fails.push(`precision without ${SET_ASIDE} ${without.precision.toFixed(4)} < ${TARGETS.precision}`);
  if (without.recall < TARGETS.recall)
    fails.push(`recall without ${SET_ASIDE} ${without.recall.toFixed(4)} < ${TARGETS.recall}`);
  if (trapHits.length > TARGETS.trapsHit)
    fails.push(`${trapHits.length} trap${trapHits.length === 1 ? '' : 's'} hit`);
  const pass = fails.length === 0;
  const line =
    `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, ${trapHits.length} of ${trapResults.length} traps hit; ` +
    `without ${SET_ASIDE}: precision ${without.precision.toFixed(4)}, recall ${without.recall.toFixed(4)}`;
  return {
    documents: results.length,
    missingFiles,
    ms: Math.round(ms),
    tp,
    fp,
    fn,
    precision,
    recall,
    traps: trapResults.length,
    trapsHit: trapHits.length,
    vendors,
    withoutMicrosoft: without,
    falsePositives: results.flatMap((r) => r.falsePositives),
    misses: results.flatMap((r) => r.misses),
    trapHits,
    excused,
    unlocated,
    unsure: labels.flatMap((d) => (d.unsure ?? []).map((note) => ({ file: d.file, note }))),
    pass,
    verdict: pass
      ? `PASS — ${line} (targets: precision ≥ ${TARGETS.precision}, recall ≥ ${TARGETS.recall}, no trap hit)`
      : `FAIL — ${fails.join('; ')} (${line})`,
  };
}
