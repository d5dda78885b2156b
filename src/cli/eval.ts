/**
 * `npm run -s eval -- [--json] DIR` — measures detection on a labelled folder
 * (e.g. ../shared/corpus/dev: labels.json + html/ + texts/) with the CLI
 * scanner, i.e. the extension's matcher, segments and context rules.
 *
 * Scoring, per document and vendor, by counts (labels have no offsets):
 *   TP = min(found, labelled), FP = found − TP, FN = labelled − TP.
 * - Persons (founders' names) and hard mentions (misspellings, inflections,
 *   lower-case tags) are neither required nor penalised: a found mention of
 *   that vendor lying on one is set aside before counting, so it is neither
 *   a TP (it is not in the labelled count) nor an FP. A person or hard
 *   mention whose context cannot be found allows one extra found mention of
 *   its vendor instead.
 * - A trap is hit when a found mention (of any vendor) overlaps the trap's
 *   text where its context is; an unlocated trap is hit by any found mention
 *   of the same text that is not on a labelled mention.
 * - `unsure` notes are shown, not scored.
 * - Only vendors the labels know are scored: a corpus labelled before a
 *   vendor joined the dataset says nothing about it. Found mentions of a
 *   vendor that no label of the corpus names (mention, trap, person or hard
 *   mention) are listed as "not scored", never hidden.
 * - Text files start with their source URL; that line is not scanned.
 * Targets: precision ≥ 0.99, recall ≥ 0.97, no trap hit; the last line is
 * the verdict. The exit code is 0 whatever the numbers (2 only for unknown
 * options); a missing DIR or labels.json is skipped with a message, so CI
 * without the corpus does not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanFile } from './scan-file.ts';
import { scoreDocument, type DocResult } from './eval-score.ts';
import type { DocLabels } from './eval-labels.ts';
import { printReport } from './eval-print.ts';
import { summarise, TARGETS } from './eval-report.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const USAGE = 'usage: npm run -s eval -- [--json] DIR   (DIR holds labels.json, html/, texts/)';
const args = process.argv.slice(2);
const json = args.includes('--json');
const dirs = args.filter((a) => a !== '--json');
if (dirs.length > 1 || dirs.some((a) => a.startsWith('-'))) {
  console.error(USAGE);
  process.exit(2);
}
const skip = (why: string): never => {
  const msg = `eval: skipped — ${why}`;
  console.log(json ? JSON.stringify({ skipped: true, reason: msg }) : msg);
  process.exit(0);
};
if (!dirs.length) skip(`no folder given (${USAGE})`);
const dir = dirs[0]!;
const labelsFile = join(dir, 'labels.json');
if (!existsSync(labelsFile)) skip(existsSync(dir) ? `no labels.json in ${dir}` : `${dir} not found`);

const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as DocLabels[];
const known = new Set(
  labels.flatMap((d) => [
    ...Object.keys(d.mentions),
    ...d.traps.map((t) => t.looks_like),
    ...d.persons.map((p) => p.vendor),
    ...d.hard_mentions.map((h) => h.vendor),
  ]),
);
const unscored = new Map<string, number>();
const results: DocResult[] = [];
const started = performance.now();
let missing = 0;
for (const doc of labels) {
  const path = join(dir, doc.file);
  if (!existsSync(path)) {
    missing++;
    continue;
  }
  let content = readFileSync(path, 'utf8');
  if (doc.kind !== 'html') content = content.replace(/^https?:\/\/\S*\r?\n/, '');
  const scanned = scanFile(path, content);
  for (const m of scanned.mentions)
    if (!known.has(m.vendor)) unscored.set(m.vendor, (unscored.get(m.vendor) ?? 0) + 1);
  results.push(
    scoreDocument(doc, { ...scanned, mentions: scanned.mentions.filter((m) => known.has(m.vendor)) }),
  );
}
const summary = {
  ...summarise(results, labels, performance.now() - started, missing),
  notScored: Object.fromEntries(unscored),
};
if (json) console.log(JSON.stringify({ dir, targets: TARGETS, ...summary }, null, 2));
else {
  if (unscored.size)
    console.log(
      `not scored (vendors these labels do not cover): ${[...unscored].map(([v, n]) => `${v} ×${n}`).join(', ')}`,
    );
  printReport(dir, summary);
}
