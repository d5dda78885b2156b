/**
 * Keeps the architecture's boundaries (see README "Layout"): each rule names
 * the offending file and import when it breaks.
 * - matcher: the pure engine imports nothing outside src/matcher/.
 * - page-text: DOM text walking, on top of the matcher and shared only.
 * - content never imports the injected tooltip bundle except its types;
 *   the gate every frame runs (content/gate.ts) reaches the anchor screen
 *   and the frame check only, never the scanner or the matcher's engine.
 * - popup and options import neither content nor tooltip.
 * - shared (plumbing and record types) imports no runtime context.
 * - src/ imports nothing from tests/; no import cycles anywhere in src/.
 * - one seam to the browser: only src/shared/browser-api.ts loads the
 *   extension API (webextension-polyfill); no file reaches `chrome` or a
 *   global `browser` around it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
  spec: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'vendors' ? [] : walk(p);
    return /\.ts$/.test(e.name) ? [p] : [];
  });
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[3] ?? m[4]!;
    if (!spec.startsWith('.')) continue;
    const to = resolve(dirname(file), spec.replace(/\?.*$/, ''));
    out.push({ from: rel(file), to: rel(to), typeOnly: !!m[2], spec });
  }
  return out;
}
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');
const files = walk(SRC);
const all = files.flatMap(importsOf);
const area = (p: string) => p.split('/').slice(0, 2).join('/');

function violations(rule: (i: Import) => string | null): string[] {
  return all
    .map((i) => {
      const why = rule(i);
      return why ? `${i.from} imports ${i.spec} (${why})` : null;
    })
    .filter((x): x is string => !!x);
}

describe('import boundaries', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(all.length).toBeGreaterThan(100);
  });

  it('matcher imports nothing outside src/matcher/', () => {
    expect(
      violations((i) =>
        area(i.from) === 'src/matcher' && area(i.to) !== 'src/matcher'
          ? 'the matcher is pure and self-contained'
          : null,
      ),
    ).toEqual([]);
  });

  it('page-text builds only on the matcher and shared', () => {
    const ok = new Set(['src/page-text', 'src/matcher', 'src/shared']);
    expect(
      violations((i) =>
        area(i.from) === 'src/page-text' && !ok.has(area(i.to))
          ? 'page-text may use matcher and shared only'
          : null,
      ),
    ).toEqual([]);
  });

  it('content imports the tooltip bundle for types only', () => {
    expect(
      violations((i) =>
        area(i.from) === 'src/content' && area(i.to) === 'src/tooltip' && !i.typeOnly
          ? 'the tooltip is injected on demand; import its types only'
          : null,
      ),
    ).toEqual([]);
  });

  it('popup and options import neither content nor tooltip', () => {
    const ui = new Set(['src/popup', 'src/options']);
    const banned = new Set(['src/content', 'src/tooltip']);
    expect(
      violations((i) =>
        ui.has(area(i.from)) && banned.has(area(i.to)) ? 'extension pages do not bundle page code' : null,
      ),
    ).toEqual([]);
  });

  it('shared imports no runtime context (types aside)', () => {
    const contexts = new Set([
      'src/content',
      'src/tooltip',
      'src/popup',
      'src/options',
      'src/background',
      'src/cli',
    ]);
    expect(
      violations((i) =>
        area(i.from) === 'src/shared' && contexts.has(area(i.to)) && !i.typeOnly
          ? 'shared is below every context'
          : null,
      ),
    ).toEqual([]);
  });

  it('the background imports only the injected entries (scanner, tooltip) as scripts, no other page code', () => {
    const injected = ['src/tooltip/main.ts', 'src/content/scan-entry.ts'];
    expect(
      violations((i) => {
        if (area(i.from) !== 'src/background') return null;
        if (injected.includes(i.to) && i.spec.endsWith('?iife')) return null;
        return ['src/content', 'src/tooltip', 'src/popup', 'src/options'].includes(area(i.to))
          ? 'the background talks to pages by message'
          : null;
      }),
    ).toEqual([]);
  });

  it('the gate every frame runs reaches the anchor screen and the frame check only', () => {
    const reach = new Set<string>(),
      todo = ['src/content/gate.ts'];
    while (todo.length) {
      const f = todo.pop()!;
      if (reach.has(f)) continue;
      reach.add(f);
      for (const i of all) if (i.from === f && !i.typeOnly) todo.push(i.to);
    }
    expect([...reach].sort()).toEqual([
      'src/content/frame-gate.ts',
      'src/content/gate.ts',
      'src/matcher/anchor-screen.ts',
      'src/shared/browser-api.ts',
      'src/shared/bundled-anchors.ts',
      'src/shared/test-hooks.ts',
    ]);
  });

  it('src/ imports nothing from tests/', () => {
    expect(
      violations((i) => (i.to.startsWith('tests/') ? 'product code must not depend on the tests' : null)),
    ).toEqual([]);
  });

  it('reaches the browser API through src/shared/browser-api.ts only', () => {
    const SEAM = 'src/shared/browser-api.ts';
    const bad: string[] = [];
    for (const file of files) {
      const name = rel(file);
      if (name === SEAM) continue;
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // code, not comments
      if (
        /from\s*['"]webextension-polyfill['"]/.test(text) &&
        !/import\s+type\b[^;]*webextension-polyfill/.test(text)
      )
        bad.push(`${name} imports webextension-polyfill (use ${SEAM})`);
      const raw = /\bchrome\s*\.\s*[a-z]|globalThis\s*\.\s*(chrome|browser)\b/.exec(text);
      if (raw) bad.push(`${name} uses "${raw[0]}" (use ${SEAM})`);
    }
    expect(bad).toEqual([]);
  });

  it('has no import cycles', () => {
    const graph = new Map<string, string[]>();
    for (const i of all) graph.set(i.from, [...(graph.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 'done') return;
      if (state.get(n) === 'open') {
        cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
        return;
      }
      state.set(n, 'open');
      for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 'done');
    };
    for (const n of graph.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
