/**
 * `npm run bench` — one run of headless Chromium with the built extension
 * (dist/chrome; build first): per page, a floor walk, Vendor Lens's full scan
 * and mark.js with the same vocabulary, side by side. Prints a table and the
 * targets (✓/✗, never failing), and writes tests/bench/RESULTS.md.
 * Env: BENCH_CAP_MS (mark.js cap on big pages, default 60000), BENCH_SAMPLES
 * (runs of (a) and (c), medians reported, default 3), BENCH_ONLY (groups,
 * e.g. "a,c"; "cost" for the cost pages of cost.ts, run last), BENCH_DIST (another build), BENCH_RAW=1 (raw results to stderr).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { DIST_CHROME, serve } from '../e2e/harness.ts';
import { launchBench } from './browser.ts';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import {
  loadRun,
  mergeQuiet,
  quietRun,
  streamMark,
  streamVl,
  type PageResult,
  type QuietResult,
} from './measure.ts';
import { benchPages, CORPUS, millionPage, STREAM_PAGE, streamPage } from './pages.ts';
import { runCost, type CostResult } from './cost.ts';
import { pageRow, streamRow, sumRow, table, targetList, targets, type Row } from './report.ts';

const CAP_MS = Number(process.env.BENCH_CAP_MS ?? 60_000);
const ARTICLE_CAP_MS = Math.min(CAP_MS, 15_000);
/** The stream lasts 10 s: mark.js needing longer than that is already over 100% of the main thread. */
const STREAM_CAP_MS = Math.min(CAP_MS, 10_000);
const SAMPLES = Math.max(1, Number(process.env.BENCH_SAMPLES ?? 3));
const ONLY = process.env.BENCH_ONLY?.split(',');
/** The scanner, injected into frames whose gate (src/content/gate.js, every frame's content script) found text that may hold a name. */
const SCRIPT = join(process.env.BENCH_DIST || DIST_CHROME, 'src/content/scan-entry.js');
const log = (s: string) => process.stderr.write(s + '\n');

if (!existsSync(SCRIPT)) {
  log('No build at dist/chrome: run `npm run build` first.');
  process.exit(1);
}
const vocabulary = vocabularyOf(compileDataset());
const terms = vocabulary.patterns.filter((_, i) => vocabulary.vendorOf[i]! >= 0);
const scriptBytes = statSync(SCRIPT).size;
const uiBytes = statSync(join(SCRIPT, '../../tooltip/main.js'), { throwIfNoEntry: false })?.size ?? 0;
const gateBytes = statSync(join(SCRIPT, '../gate.js'), { throwIfNoEntry: false })?.size ?? 0;

const RESULTS = join(import.meta.dirname, 'RESULTS.md');
/** The cost section (cost.ts), written last in RESULTS.md in place of an earlier one. */
async function costSection(): Promise<void> {
  const c: CostResult = await runCost(scriptBytes);
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Vendor Lens benchmark\n';
  const at = old.indexOf('## Cost');
  writeFileSync(RESULTS, `${(at < 0 ? old : old.slice(0, at)).trimEnd()}\n\n${c.markdown}\n`);
  console.log(`\n${c.markdown}\n`);
}
if (ONLY?.length === 1 && ONLY[0] === 'cost') {
  await costSection();
  process.exit(0);
}

const { pages: all, skipped } = benchPages();
const pages = all.filter((p) => !ONLY || ONLY.includes(p.group));
const runStream = !ONLY || ONLY.includes('d');
const runCostPages = !ONLY || ONLY.includes('cost');
skipped.forEach(log);

const server = await serve(existsSync(CORPUS) ? { '/corpus/': CORPUS } : {}, {
  '/gen/million.html': { body: millionPage() },
  '/gen/stream.html': { body: streamPage() },
});
const bench = await launchBench();
const started = Date.now();
const results: PageResult[] = [];
try {
  await bench.setEnabled(false);
  const quiet: QuietResult[] = [];
  for (const p of pages) {
    log(`quiet  ${p.group} ${p.name}`);
    const runs = [
      await quietRun(bench, server.url + p.path, terms, p.group === 'b' ? ARTICLE_CAP_MS : CAP_MS),
    ];
    for (let k = 1; p.group !== 'b' && k < SAMPLES; k++)
      runs.push(await quietRun(bench, server.url + p.path, terms, null));
    quiet.push(mergeQuiet(runs));
  }
  const mark = runStream
    ? (log('stream mark.js'), await streamMark(bench, server.url + STREAM_PAGE.path, terms, STREAM_CAP_MS))
    : null;
  await bench.setEnabled(true);
  for (const [i, p] of pages.entries()) {
    log(`load   ${p.group} ${p.name}`);
    results.push({ page: p, quiet: quiet[i]!, load: await loadRun(bench, server.url + p.path) });
  }
  const stream = runStream
    ? (log('stream Vendor Lens'), { ...(await streamVl(bench, server.url + STREAM_PAGE.path)), ...mark! })
    : null;

  if (process.env.BENCH_RAW) log(JSON.stringify({ results, stream }, null, 1));
  const rowsOf = (g: string) => results.filter((r) => r.page.group === g).map((r) => pageRow(r));
  const articles = rowsOf('b');
  const groups: Partial<Record<'a' | 'b' | 'c' | 'd', Row>> = {
    a: rowsOf('a')[0],
    b: articles.length ? sumRow(articles, `${articles.length} articles (sum)`) : undefined,
    c: rowsOf('c')[0],
    d: stream ? streamRow(stream, STREAM_PAGE.name) : undefined,
  };
  const main = Object.values(groups).filter((r): r is Row => !!r);
  const checks = targets(groups, [...main, ...articles], scriptBytes);
  const env = `${new Date().toISOString().slice(0, 10)} · ${bench.version} (headless) · ${cpus().length} cores (${cpus()[0]?.model.trim()}) · content script: the gate ${gateBytes.toLocaleString('en')} bytes in every frame, the scanner ${scriptBytes.toLocaleString('en')} bytes where the gate passes (tooltip code ${uiBytes.toLocaleString('en')} bytes more, injected when a tooltip first opens) · run took ${((Date.now() - started) / 1000).toFixed(0)} s`;
  const notes = [
    `VL busy = sum of the scheduler's slices, scan started on the loaded page (extension off at load, then start() in the content script's world); VL wall = from start() until idle (stream: from the last append until idle). (a) and (c): median of ${SAMPLES} runs.`,
    "longest slice = the scheduler's longest slice, on a loaded page and on load; start task = the synchronous start() (matcher, viewport, queueing); long tasks = PerformanceObserver ≥ 50 ms entries during our scan.",
    'first mark = ms from navigation start to the first highlight, content script running on load (viewport blocks are scanned first).',
    `mark.js ${JSON.stringify({ separateWordSearch: false, accuracy: 'exactly', diacritics: false })}, ${terms.length} alias terms, one term at a time, stopped after ${CAP_MS / 1000} s (${ARTICLE_CAP_MS / 1000} s per article): "> x" = capped. Stream: mark.js on every appended batch, stopped after ${STREAM_CAP_MS / 1000} s.`,
    'VL share (stream) = VL busy / stream duration.',
    ...skipped,
  ];
  const md = [
    '# Vendor Lens benchmark',
    '',
    env,
    '',
    table(main),
    '',
    '## Targets',
    '',
    targetList(checks),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    ...(articles.length
      ? ['<details><summary>Articles one by one</summary>', '', table(articles), '', '</details>', '']
      : []),
  ].join('\n');
  writeFileSync(RESULTS, md);
  console.log(`${env}\n\n${table(main)}\n\n${targetList(checks)}\n`);
  if (articles.length) console.log(`Articles:\n${table(articles)}\n`);
  console.log('Written to tests/bench/RESULTS.md');
} finally {
  await bench.close();
  await server.close();
}
if (runCostPages) await costSection();
