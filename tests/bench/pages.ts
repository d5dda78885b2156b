/**
 * The benchmark's pages: (a) the 4 MB WHATWG spec and (b) the real articles
 * of the shared corpus (both read from ../shared, skipped when it is absent),
 * (c) a generated page of exactly 1,000,000 text nodes and (d) a page that
 * appends 1,000 paragraphs per second for 10 s once `__stream.start()` runs.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../e2e/harness.ts';

export interface BenchPage {
  /** Short label for tables. */
  name: string;
  /** Group: a, b, c or d. */
  group: 'a' | 'b' | 'c' | 'd';
  /** Path on the bench server. */
  path: string;
}

export const CORPUS = join(SHARED, 'corpus');
export const SPEC_FILE = join(CORPUS, 'perf/whatwg-html-2010.html');
export const ARTICLES = join(CORPUS, 'dev/html');

/** The static pages, plus why some are missing. */
export function benchPages(): { pages: BenchPage[]; skipped: string[] } {
  const pages: BenchPage[] = [];
  const skipped: string[] = [];
  if (existsSync(SPEC_FILE))
    pages.push({ name: 'whatwg-html-2010', group: 'a', path: '/corpus/perf/whatwg-html-2010.html' });
  else skipped.push(`(a) skipped: ${SPEC_FILE} not found (the shared corpus is absent)`);
  if (existsSync(ARTICLES)) {
    for (const f of readdirSync(ARTICLES)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      pages.push({ name: f.replace(/\.html$/, ''), group: 'b', path: `/corpus/dev/html/${f}` });
    }
  } else skipped.push(`(b) skipped: ${ARTICLES} not found (the shared corpus is absent)`);
  pages.push({ name: '1M text nodes', group: 'c', path: '/gen/million.html' });
  return { pages, skipped };
}

export const STREAM_PAGE: BenchPage = { name: 'stream 1k p/s × 10 s', group: 'd', path: '/gen/stream.html' };

const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'network', 'firewall', 'update', 'router', 'policy'];
const NAMES = [
  'Kaspersky',
  'Cisco',
  'Fortinet',
  'CrowdStrike',
  'Huawei',
  'SolarWinds',
  'Palo Alto Networks',
  'Sophos',
];

/**
 * 50,000 paragraphs × (10 plain text nodes + 10 text nodes in <b>) = exactly
 * 1,000,000 text nodes (no whitespace between elements). Every 500th
 * paragraph, and the first, names a vendor.
 */
export function millionPage(): string {
  const parts: string[] = [
    '<!doctype html><html><head><meta charset="utf-8"><title>1M text nodes</title></head><body>',
  ];
  for (let p = 0; p < 50_000; p++) {
    let s = '<p>';
    for (let k = 0; k < 10; k++) {
      const w = WORDS[(p + k) % WORDS.length]!;
      const plain = k === 3 && p % 500 === 0 ? `${NAMES[(p / 500) % NAMES.length]} ${w} ` : `${w} ${p} `;
      s += `${plain}<b>${WORDS[(p * 7 + k) % WORDS.length]}</b>`;
    }
    parts.push(s + '</p>');
  }
  parts.push('</body></html>');
  return parts.join('');
}

/**
 * The streaming page. `__stream.start({ floor, mark, terms, capMs, opts })` appends
 * 50 paragraphs every 50 ms for 10 s (one in five names a vendor, half of them in
 * inline markup) and resolves with the time the page spent appending and,
 * when asked, the time a floor walk or mark.js spent on the new paragraphs
 * (each from a MutationObserver on the body, so they see every batch).
 */
export function streamPage(): string {
  const script = `
const WORDS = ${JSON.stringify(WORDS)}, NAMES = ${JSON.stringify(NAMES)};
window.__stream = { start(o = {}) { return new Promise((resolve) => {
  let ticks = 0, n = 0, appendMs = 0, floorMs = 0, markMs = 0, markCapped = false;
  const mo = new MutationObserver((recs) => {
    const added = [];
    for (const r of recs) for (const a of r.addedNodes) if (a.nodeType === 1) added.push(a);
    if (!added.length) return;
    if (o.floor) {
      const t = performance.now();
      let len = 0;
      for (const a of added) { const w = document.createTreeWalker(a, NodeFilter.SHOW_TEXT); for (let x = w.nextNode(); x; x = w.nextNode()) len += x.data.length; }
      floorMs += performance.now() - t;
    }
    if (o.mark && !markCapped) {
      const t = performance.now();
      new Mark(added).mark(o.terms, o.opts);
      markMs += performance.now() - t;
      if (markMs > o.capMs) markCapped = true;
    }
  });
  mo.observe(document.body, { childList: true });
  const t0 = performance.now();
  const id = setInterval(() => {
    const t = performance.now();
    const frag = document.createDocumentFragment();
    for (let k = 0; k < 50; k++, n++) {
      const p = document.createElement('p');
      const w = WORDS[n % WORDS.length], v = NAMES[(n / 10 | 0) % NAMES.length];
      if (n % 10 === 0) p.innerHTML = 'Paragraph ' + n + ': <b>' + v + '</b> said the ' + w + ' was fixed.';
      else if (n % 10 === 5) p.textContent = 'Paragraph ' + n + ' about ' + v + ' and the ' + w + '.';
      else p.textContent = 'Paragraph ' + n + ': ' + w + ' ' + WORDS[(n * 3) % WORDS.length] + ' nothing to see here.';
      frag.append(p);
    }
    document.body.append(frag);
    appendMs += performance.now() - t;
    if (++ticks === 200) {
      clearInterval(id);
      setTimeout(() => { mo.disconnect(); resolve({ t0, t1: performance.now(), paragraphs: n, appendMs, floorMs, markMs, markCapped }); }, 0);
    }
  }, 50);
}); } };`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>stream</title></head><body><h1>Live feed</h1><p>Latest: Kaspersky and Cisco updates.</p><script>${script}</script></body></html>`;
}
