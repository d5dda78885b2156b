/**
 * `node --import tsx tests/bench/profile.ts [page path] [top n]` — a CPU
 * profile of Vendor Lens's scan on one bench page (extension off at load,
 * then started), printed as the functions with the most self time. A tool
 * for improving the scan; profile a non-minified build via BENCH_DIST, and
 * set PROFILE_LINES=<function name> for that function's hot lines.
 */
import { existsSync } from 'node:fs';
import { serve } from '../e2e/harness.ts';
import { launchBench } from './browser.ts';
import { CORPUS, millionPage, streamPage } from './pages.ts';
import { VL_START } from './probes.ts';

interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    positionTicks?: { line: number; ticks: number }[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

const path = process.argv[2] ?? '/corpus/perf/whatwg-html-2010.html';
const top = Number(process.argv[3] ?? 25);
const server = await serve(existsSync(CORPUS) ? { '/corpus/': CORPUS } : {}, {
  '/gen/million.html': { body: millionPage() },
  '/gen/stream.html': { body: streamPage() },
});
const bench = await launchBench();
try {
  await bench.setEnabled(false);
  const tab = await bench.open(server.url + path);
  await tab.cdp.send('Profiler.enable');
  await tab.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await tab.cdp.send('Profiler.start');
  const vl = await tab.world<{ busyMs: number }>(VL_START);
  const { profile } = (await tab.cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`busy ${vl.busyMs.toFixed(1)} ms (profiled); self time in ms:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(v.toFixed(1).padStart(8), k);
  const fn = process.env.PROFILE_LINES;
  if (fn) {
    const lines = new Map<number, number>();
    for (const n of profile.nodes)
      if (n.callFrame.functionName === fn)
        for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
    console.log(`${fn}, samples by line:`, [...lines].sort((a, b) => b[1] - a[1]).slice(0, 12));
  }
  await tab.close();
} finally {
  await bench.close();
  await server.close();
}
