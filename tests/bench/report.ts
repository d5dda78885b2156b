/**
 * Turns measurements into table rows (one per page; the corpus articles also
 * summed into one row) and checks them against the targets, printing
 * ✓/✗ without failing anything: benchmarks report, they do not assert.
 */
import type { PageResult, StreamResult } from './measure.ts';

export interface Row {
  page: string;
  nodes: number | null;
  floor: number;
  vl: number;
  wall: number | null;
  mark: number;
  markCapped: boolean;
  /** Longest scheduler slice (scan on a loaded page and on load). */
  slice: number;
  /** The synchronous start() task: matcher, viewport, queueing (null where not measured). */
  start: number | null;
  longtasks: number;
  heapMB: number | null;
  firstMark: number | null;
  mentions: number;
  share: number | null;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : null;
};

export function pageRow(r: PageResult, name = r.page.name): Row {
  const { floor, vl, mark, heapAdded, longtasks } = r.quiet;
  return {
    page: name,
    nodes: floor.nodes,
    floor: floor.ms,
    vl: vl.busyMs,
    wall: vl.doneMs !== null ? vl.doneMs - vl.t0 : 0,
    mark: mark?.ms ?? NaN,
    markCapped: mark?.capped ?? false,
    slice: Math.max(vl.longestMs, r.load.longestMs),
    start: vl.startTaskMs,
    longtasks: longtasks.length,
    heapMB: heapAdded / 2 ** 20,
    firstMark: r.load.firstMarkMs,
    mentions: vl.mentions,
    share: null,
  };
}

/** The corpus articles as one row: sums, worst cases, median first mark. */
export function sumRow(rows: Row[], name: string): Row {
  const heaps = rows.map((r) => r.heapMB ?? 0);
  return {
    page: name,
    nodes: sum(rows.map((r) => r.nodes ?? 0)),
    floor: sum(rows.map((r) => r.floor)),
    vl: sum(rows.map((r) => r.vl)),
    wall: sum(rows.map((r) => r.wall ?? 0)),
    mark: sum(rows.map((r) => r.mark)),
    markCapped: rows.some((r) => r.markCapped),
    slice: Math.max(0, ...rows.map((r) => r.slice)),
    start: Math.max(0, ...rows.map((r) => r.start ?? 0)),
    longtasks: sum(rows.map((r) => r.longtasks)),
    heapMB: Math.max(0, ...heaps),
    firstMark: median(rows.flatMap((r) => (r.firstMark === null ? [] : [r.firstMark]))),
    mentions: sum(rows.map((r) => r.mentions)),
    share: null,
  };
}

export function streamRow(s: StreamResult, name: string): Row {
  return {
    page: name,
    nodes: null,
    floor: s.floorMs,
    vl: s.vlBusyMs,
    wall: s.vlLagMs,
    mark: s.markMs,
    markCapped: s.markCapped,
    slice: s.vlLongestMs,
    start: null,
    longtasks: s.longtasks.length,
    heapMB: null,
    firstMark: null,
    mentions: s.mentions,
    share: s.vlBusyMs / s.durationMs,
  };
}

const ms = (x: number | null) => (x === null ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);
const x2 = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x >= 10 ? 0 : 2)}×` : '—');

export function table(rows: Row[]): string {
  const head = [
    'page',
    'text nodes',
    'floor ms',
    'VL busy ms',
    'VL wall ms',
    'mark.js ms',
    'VL/floor',
    'mark.js/VL',
    'longest slice ms',
    'start task ms',
    'long tasks',
    'heap +MB',
    'first mark ms',
    'mentions',
    'VL share',
  ];
  const lines = rows.map((r) => [
    r.page,
    r.nodes === null ? '—' : r.nodes.toLocaleString('en'),
    ms(r.floor),
    ms(r.vl),
    ms(r.wall),
    (r.markCapped ? '> ' : '') + ms(r.mark),
    x2(ratio(r.vl, r.floor)),
    (r.markCapped ? '> ' : '') + x2(ratio(r.mark, r.vl)),
    ms(r.slice),
    ms(r.start),
    String(r.longtasks),
    r.heapMB === null ? '—' : r.heapMB.toFixed(2),
    ms(r.firstMark),
    String(r.mentions),
    r.share === null ? '—' : `${(r.share * 100).toFixed(2)}%`,
  ]);
  return [head, head.map(() => '---'), ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

export interface Target {
  what: string;
  value: string;
  ok: boolean;
}

/** The targets, against the rows by group (a, b, c, d) and the script's size. */
export function targets(
  g: { a?: Row; b?: Row; c?: Row; d?: Row },
  all: Row[],
  scriptBytes: number,
): Target[] {
  const out: Target[] = [];
  const check = (what: string, value: string, ok: boolean) => out.push({ what, value, ok });
  for (const k of ['a', 'c'] as const) {
    const r = g[k];
    if (r) check(`(${k}) VL ≤ 1.5× floor`, x2(ratio(r.vl, r.floor)), r.vl <= 1.5 * r.floor);
  }
  for (const k of ['a', 'b', 'c', 'd'] as const) {
    const r = g[k];
    if (r)
      check(
        `(${k}) mark.js ≥ 20× VL`,
        (r.markCapped ? '> ' : '') + x2(ratio(r.mark, r.vl)),
        r.mark >= 20 * r.vl,
      );
  }
  const longest = (r: Row) => Math.max(r.slice, r.start ?? 0);
  const worst = all.reduce((m, r) => (longest(r) > longest(m) ? r : m), all[0]!);
  check(
    'longest task of ours ≤ 16 ms',
    `${ms(longest(worst))} ms (${worst.page}, ${worst.slice >= (worst.start ?? 0) ? 'a slice' : 'start()'})`,
    longest(worst) <= 16,
  );
  if (typeof g.a?.heapMB === 'number')
    check('(a) JS heap added ≤ 5 MB', `${g.a.heapMB.toFixed(2)} MB`, g.a.heapMB <= 5);
  check(
    'content script (the scanner) ≤ 50 KB',
    `${(scriptBytes / 1024).toFixed(1)} KB`,
    scriptBytes <= 50 * 1024,
  );
  if (typeof g.d?.share === 'number')
    check('(d) VL share of main thread ≤ 5%', `${(g.d.share * 100).toFixed(2)}%`, g.d.share <= 0.05);
  return out;
}

export const targetList = (ts: Target[]) =>
  ts.map((t) => `- ${t.ok ? '✓' : '✗'} ${t.what}: ${t.value}`).join('\n');
