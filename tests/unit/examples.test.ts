/**
 * Every vendor file's `examples`, as tests, against the vocabulary compiled
 * from all vendors (so other vendors' aliases and stop phrases are in play,
 * as on a real page). Each example is one document, scanned with the same
 * context rules as a page (scan-text.ts).
 * - match: each [bracketed] span must be found exactly (vendor and offsets,
 *   brackets removed) and nothing else of that vendor;
 * - noMatch: no mention of that vendor at all.
 */
import { describe, expect, it } from 'vitest';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import { Matcher } from '../../src/matcher/matcher.ts';
import { scanBlocks } from '../../src/page-text/scan-text.ts';

const dataset = compileDataset();
const matcher = new Matcher(vocabularyOf(dataset));

/** The example without brackets, and the bracketed spans as offsets into it. */
function parse(example: string): { text: string; spans: { start: number; end: number; text: string }[] } {
  let text = '';
  const spans: { start: number; end: number; text: string }[] = [];
  let open = -1;
  for (const ch of example) {
    if (ch === '[' && open < 0) open = text.length;
    else if (ch === ']' && open >= 0) {
      spans.push({ start: open, end: text.length, text: text.slice(open) });
      open = -1;
    } else text += ch;
  }
  if (open >= 0) throw new Error(`unclosed bracket in: ${example}`);
  return { text, spans };
}

function found(text: string, vendor: string) {
  return scanBlocks(matcher, [[text]])
    .mentions.filter((m) => m.vendor === vendor)
    .map(({ start, end, text }) => ({ start, end, text }));
}

describe.each(dataset.vendors.map((v) => [v.id, v] as const))('%s', (id, vendor) => {
  it.each(vendor.examples.match)('match: %s', (example) => {
    const { text, spans } = parse(example);
    expect(spans.length, 'a match example needs at least one [bracketed] mention').toBeGreaterThan(0);
    expect(found(text, id)).toEqual(spans);
  });
  it.each(vendor.examples.noMatch)('noMatch: %s', (example) => {
    expect(found(example, id)).toEqual([]);
  });
});
