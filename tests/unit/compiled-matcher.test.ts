/**
 * The matcher's automaton compiled at build time against the dense DFA built
 * in place from the same patterns (dfa.ts, the reference): both must find
 * exactly the same spans over every vendor example and the pages and texts of
 * the dev corpus (../shared/corpus/dev; skipped, with a message, when it is
 * absent). And the content script's fast path (Matcher.candidateEnds, which
 * reads text in pieces of any size) must propose an end inside every span
 * scan() finds, on the same texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import { DenseAutomaton } from '../../src/matcher/dfa.ts';
import { foldString } from '../../src/matcher/fold.ts';
import { Matcher, type Span } from '../../src/matcher/matcher.ts';
import { CompactAutomaton } from '../../src/matcher/automaton.ts';
import { ChunkText } from '../../src/matcher/chunk-text.ts';
import { scanInSteps, STEP_HITS } from '../../src/matcher/scan-steps.ts';
import { Verifier } from '../../src/matcher/verify.ts';
import { allSegments } from '../../src/page-text/segments.ts';

const voc = vocabularyOf(compileDataset());
const compiled = new Matcher(voc);
const reference = new Matcher(
  voc,
  new DenseAutomaton(
    voc.patterns.map((p) => foldString(p)),
    (p) => voc.vendorOf[p]! >= 0,
  ),
);

const DEV = resolve(import.meta.dirname, '../../../shared/corpus/dev');
const devPresent = existsSync(DEV);
if (!devPresent)
  console.warn(`dev corpus checks skipped: ${DEV} is absent (the shared folder beside the repository)`);

/** Each text to check, as the chunks of one segment (a page's text nodes in one block, or one string). */
function exampleTexts(): string[][] {
  return compileDataset().vendors.flatMap((v) =>
    [...v.examples.match, ...v.examples.noMatch].map((e) => [e.replace(/[[\]]/g, '')]),
  );
}
function corpusPages(): { file: string; segments: string[][]; whole: string }[] {
  if (!devPresent) return [];
  const html = join(DEV, 'html'),
    texts = join(DEV, 'texts');
  const pages = readdirSync(html)
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const { document } = parseHTML(serialize(parse(readFileSync(join(html, f), 'utf8'))));
      const body = document.body as unknown as Node;
      return {
        file: f,
        segments: allSegments(body).map((seg) => seg.map((t) => t.data)),
        whole: body.textContent ?? '',
      };
    });
  const plain = existsSync(texts)
    ? readdirSync(texts).map((f) => {
        const text = readFileSync(join(texts, f), 'utf8');
        return { file: f, segments: [[text]], whole: text };
      })
    : [];
  return [...pages, ...plain];
}
const examples = exampleTexts();
const corpus = corpusPages();

/** A fixed pseudo-random sequence (the same pieces every run). */
function rng(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** The spans of `segments` that no candidate end of `whole` (read in random pieces) falls inside. */
function missedByFastPath(segments: string[][], whole: string, seed: number): string[] {
  const ends = new Set<number>(),
    next = rng(seed);
  for (let i = 0, carry = 0; i < whole.length;) {
    const n = 1 + Math.floor(next() * 20_000),
      found: number[] = [];
    carry = compiled.candidateEnds(whole.slice(i, i + n), found, carry);
    for (const e of found) ends.add(i + e);
    i += n;
  }
  const missed: string[] = [];
  let from = 0;
  for (const texts of segments) {
    const joined = texts.join('');
    // Segments are runs of the whole text in document order.
    const at = joined ? whole.indexOf(joined, from) : from;
    if (at < 0) throw new Error(`segment not found in the page text: ${joined.slice(0, 60)}`);
    from = at + joined.length;
    for (const s of compiled.scan(texts)) {
      let ok = false;
      for (let e = at + s.start + 1; e <= at + s.end && !ok; e++) ok = ends.has(e);
      if (!ok) missed.push(joined.slice(s.start, s.end));
    }
  }
  return missed;
}

const key = (spans: Span[]) => spans.map((s) => [s.start, s.end, s.vendor, s.pattern, s.weak]);

describe('compiled automaton', () => {
  it('has the reference automaton’s states', () => {
    expect(compiled.stateCount).toBe(reference.stateCount);
  });
  it(`scans every vendor example (${examples.length}) exactly as the automaton built in place`, () => {
    let found = 0;
    for (const texts of examples) {
      const spans = compiled.scan(texts);
      found += spans.length;
      expect(key(spans), texts[0]).toEqual(key(reference.scan(texts)));
    }
    expect(found).toBeGreaterThan(examples.length / 2);
  });
  it.skipIf(!devPresent)('scans the dev corpus exactly as the automaton built in place', () => {
    let found = 0;
    for (const page of corpus)
      for (const texts of page.segments) {
        const spans = compiled.scan(texts);
        found += spans.length;
        expect(key(spans), page.file).toEqual(key(reference.scan(texts)));
      }
    expect(found).toBeGreaterThan(100);
  });
  it('refuses a vocabulary of another format, naming both', () => {
    expect(() => new Matcher({ ...voc, format: 1 })).toThrow(/format 1, this matcher reads 3/);
    expect(() => new Matcher({ ...voc, automaton: { ...voc.automaton, format: 0 } })).toThrow(/format 0/);
  });
});

/** scanInSteps's spans, all steps together. */
function stepped(texts: string[], step: number): Span[] {
  const next = compiled.scanInSteps(texts, step),
    out: Span[] = [];
  for (let spans = next(); spans; spans = next()) out.push(...spans);
  return out;
}

describe('scan in steps (long texts across slices)', () => {
  it('finds what one scan finds, over every vendor example, in steps of 1, 7 and 100 code units', () => {
    for (const texts of examples)
      for (const step of [1, 7, 100])
        expect(key(stepped(texts, step)), texts[0]).toEqual(key(compiled.scan(texts)));
  });
  it('ends a step once it has STEP_HITS raw hits to verify, in text dense with names, and still finds them all', () => {
    const texts = Array.from({ length: 3000 }, (_, i) => (i % 2 ? ' and ' : 'Kaspersky'));
    const verifier = new Verifier(voc);
    let verified = 0;
    const counting = Object.assign(Object.create(verifier) as Verifier, {
      verify: (...args: Parameters<Verifier['verify']>) => (verified++, verifier.verify(...args)),
    });
    const next = scanInSteps(new CompactAutomaton(voc.automaton), counting, new ChunkText(texts), 16_384);
    const perStep: number[] = [],
      out: Span[] = [];
    for (let spans = next(); spans; spans = next(), verified = 0) {
      perStep.push(verified);
      out.push(...spans);
    }
    expect(Math.max(...perStep)).toBe(STEP_HITS); // 1,500 names in 20,000 code units: six steps, not two
    expect(perStep.length).toBeGreaterThanOrEqual(Math.ceil(1500 / STEP_HITS));
    expect(out).toHaveLength(1500);
    expect(key(out)).toEqual(key(compiled.scan(texts)));
  });
  it.skipIf(!devPresent)(
    'finds what one scan finds, over the dev corpus, in steps of 5,000 code units',
    () => {
      for (const page of corpus)
        for (const texts of page.segments)
          expect(key(stepped(texts, 5000)), page.file).toEqual(key(compiled.scan(texts)));
    },
  );
});

describe('fast path (candidateEnds) finds at least every span scan finds', () => {
  it('over every vendor example, read in pieces of any size', () => {
    const missed = examples.flatMap((texts, i) => missedByFastPath([texts], texts[0]!, i + 1));
    expect(missed).toEqual([]);
  });
  it.skipIf(!devPresent)('over the dev corpus, read in pieces of any size', () => {
    const missed = corpus.flatMap((p, i) =>
      missedByFastPath(p.segments, p.whole, i + 7).map((m) => `${p.file}: ${m}`),
    );
    expect(missed).toEqual([]);
  });
});
