/**
 * `node --import tsx tests/bench/prefilter-check.ts` — checks the content
 * script's fast path against the matcher on the shared corpus: every mention
 * scan() finds in a page's segments must contain a Matcher.candidateEnds()
 * hit of the page's whole text, read in random-sized pieces (as the scanner
 * reads batches). Run it after changing the matcher's automaton or verify().
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { cliMatcher } from '../../src/cli/scan-file.ts';
import { allSegments } from '../../src/page-text/segments.ts';
import { ARTICLES, SPEC_FILE } from './pages.ts';

if (!existsSync(ARTICLES)) {
  console.log(`skipped: ${ARTICLES} is absent`);
  process.exit(0);
}
const m = cliMatcher();
const files = [
  ...readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(ARTICLES, f)),
  ...(existsSync(SPEC_FILE) ? [SPEC_FILE] : []),
];
let spans = 0,
  candidates = 0;
const missed: string[] = [];
for (const file of files) {
  const { document } = parseHTML(serialize(parse(readFileSync(file, 'utf8'))));
  const offset = new Map<Node, number>();
  let pos = 0;
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        offset.set(c, pos);
        pos += (c as Text).data.length;
      } else if (c.nodeType === 1) walk(c);
    }
  };
  walk(document.body);
  const whole = document.body.textContent ?? '';
  const ends = new Set<number>();
  for (let i = 0, carry = 0; i < whole.length;) {
    const n = 1 + Math.floor(Math.random() * 20_000),
      found: number[] = [];
    carry = m.candidateEnds(whole.slice(i, i + n), found, carry);
    for (const e of found) ends.add(i + e);
    i += n;
  }
  candidates += ends.size;
  for (const seg of allSegments(document.body)) {
    const texts = seg.map((t) => t.data);
    for (const s of m.scan(texts)) {
      spans++;
      let acc = 0,
        k = 0;
      while (acc + texts[k]!.length <= s.start) acc += texts[k++]!.length;
      const at = offset.get(seg[k]!)! + s.start - acc;
      let ok = false;
      for (let e = at + 1; e <= at + s.end - s.start && !ok; e++) ok = ends.has(e);
      if (!ok) missed.push(`${file}: ${texts.join('').slice(s.start, s.end)}`);
    }
  }
}
console.log(
  `${files.length} pages, ${spans} mentions, ${candidates} candidate hits, ${missed.length} missed`,
);
missed.forEach((x) => console.log('  missed', x));
process.exit(missed.length ? 1 : 0);
