/**
 * The anchor screen (matcher/anchors.ts, anchor-screen.ts) may let text
 * through that holds no name, never the reverse: every text in which the
 * matcher finds a mention passes it — every vendor example, every segment of
 * the labelled corpora (../shared/corpus/dev and dev-new; skipped, with a
 * message, when absent), and the examples respelt the ways fold.ts reads as
 * the same (capitals, full-width forms, soft hyphens and zero-width marks
 * inside, other spaces, typographic apostrophes), each anchor code unit
 * replaced by every code unit that folds to it. And plain prose does not pass.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { compileDataset, vocabularyOf } from '../../src/data/compile.ts';
import { AnchorScreen, mapPairs } from '../../src/matcher/anchor-screen.ts';
import { ANCHOR_LENGTH, compileAnchors } from '../../src/matcher/anchors.ts';
import { fold, foldString, SPACE } from '../../src/matcher/fold.ts';
import { Matcher } from '../../src/matcher/matcher.ts';
import { compileVocabulary } from '../../src/matcher/vocabulary.ts';
import { allSegments } from '../../src/page-text/segments.ts';

const dataset = compileDataset();
const voc = vocabularyOf(dataset);
const matcher = new Matcher(voc);
const compiled = compileAnchors(voc);
const screen = new AnchorScreen(compiled);

const SHARED = resolve(import.meta.dirname, '../../../shared/corpus');
const corpora = ['dev', 'dev-new'].map((name) => ({ name, dir: join(SHARED, name) }));
for (const c of corpora)
  if (!existsSync(c.dir))
    console.warn(
      `anchor screen: corpus checks on ${c.name} skipped: ${c.dir} is absent (the shared folder beside the repository)`,
    );

/** Each corpus file as the segments a scan reads, and its whole text as textContent joins it. */
function corpusTexts(dir: string): { file: string; segments: string[][] }[] {
  const out: { file: string; segments: string[][] }[] = [];
  const html = join(dir, 'html'),
    texts = join(dir, 'texts');
  if (existsSync(html))
    for (const f of readdirSync(html).filter((f) => f.endsWith('.html'))) {
      const { document } = parseHTML(serialize(parse(readFileSync(join(html, f), 'utf8'))));
      out.push({
        file: f,
        segments: allSegments(document.body as unknown as Node).map((s) => s.map((t) => t.data)),
      });
    }
  if (existsSync(texts))
    for (const f of readdirSync(texts))
      out.push({ file: f, segments: [[readFileSync(join(texts, f), 'utf8')]] });
  return out;
}

const examples = dataset.vendors.flatMap((v) => v.examples.match.map((e) => e.replace(/[[\]]/g, '')));

/** Every raw code unit that folds to each folded one (spaces aside: the expression takes any). */
const sameFold = new Map<number, number[]>();
for (let c = 0; c < 0x10000; c++) {
  const f = fold(c);
  if (f !== SPACE) sameFold.set(f, [...(sameFold.get(f) ?? []), c]);
}

describe('anchor screen', () => {
  it(`passes every vendor example the matcher marks (${examples.length})`, () => {
    let marked = 0;
    for (const text of examples) {
      if (!matcher.scan(text).length) continue;
      marked++;
      expect(screen.passes(text), text).toBe(true);
    }
    expect(marked).toBeGreaterThan(examples.length * 0.9);
  });

  for (const c of corpora)
    it.skipIf(!existsSync(c.dir))(
      `passes every segment of ${c.name} in which the matcher finds a name`,
      () => {
        let marked = 0;
        for (const page of corpusTexts(c.dir))
          for (const seg of page.segments) {
            if (!matcher.scan(seg).length) continue;
            marked++;
            expect(screen.passes(seg.join('')), `${page.file}: ${seg.join('').slice(0, 80)}`).toBe(true);
          }
        expect(marked).toBeGreaterThan(20);
      },
    );

  it('passes the examples respelt as fold.ts reads them alike, wherever the matcher still marks them', () => {
    const respell: ((s: string) => string)[] = [
      (s) => s.toUpperCase(),
      (s) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
      (s) => [...s].join('\u00ad'),
      (s) => [...s].join('\u200b'),
      (s) => s.replace(/ /g, '\u00a0\n '),
      (s) => s.replace(/'/g, '\u2019').replace(/-/g, '\u2011'),
      (s) => s.replace(/K/g, '\u212a'),
    ];
    let checked = 0;
    for (const text of examples)
      for (const f of respell) {
        const t = f(text);
        if (!matcher.scan(t).length) continue;
        checked++;
        expect(screen.passes(t), JSON.stringify(t)).toBe(true);
      }
    expect(checked).toBeGreaterThan(examples.length);
  });

  it('passes each alias with any code unit of its anchor replaced by one that folds alike', () => {
    let checked = 0;
    voc.patterns.forEach((p, i) => {
      if (voc.vendorOf[i]! < 0) return;
      const folded = foldString(p);
      for (let k = 0; k < Math.min(ANCHOR_LENGTH, folded.length); k++)
        for (const c of sameFold.get(folded.charCodeAt(k)) ?? []) {
          const t = ` ${folded.slice(0, k)}${String.fromCharCode(c)}${folded.slice(k + 1)} `;
          checked++;
          expect(screen.passes(t), `${p} → ${JSON.stringify(t)}`).toBe(true);
        }
    });
    expect(checked).toBeGreaterThan(voc.patterns.length);
  });

  it('lets plain prose, an ad slot and an empty frame through to nothing', () => {
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
    expect(screen.passes(lorem.repeat(50))).toBe(false);
    expect(screen.passes(`Advertisement · ${lorem}`)).toBe(false);
    expect(screen.passes('')).toBe(false);
  });

  it('refuses compiled anchors of another format, naming both', () => {
    expect(() => new AnchorScreen({ ...compiled, format: 1 })).toThrow(/format 1, this screen reads 2/);
  });

  it('merges branches that end after one code unit into a character class, escaping what a class reads otherwise', () => {
    const small = compileVocabulary(
      ['Abcd', 'Abce', 'Abc-', 'Abc]', 'Abc^', 'Xyz\\', 'Xyzw', 'Qr s'].map((name, i) => ({
        id: `v${i}`,
        name,
        aliases: [{ text: name }],
        exclude: [],
        cues: [],
      })),
    );
    const { source } = compileAnchors(small);
    expect(source).toContain('abc[de\\-\\]\\^]');
    expect(source).toContain('xyz[\\\\w]');
    const re = new RegExp(source);
    for (const yes of ['abcd', 'abc-', 'abc]', 'abc^', 'xyz\\', 'xyzw', 'qr s', 'qrs', 'qr   s'])
      expect(re.test(yes), yes).toBe(true);
    for (const no of ['abcf', 'abc\\', 'xyzq', 'abc', 'b-d']) expect(re.test(no), no).toBe(false);
  });

  it('stays a small expression (it ships in every frame’s script)', () => {
    expect(compiled.source.length).toBeLessThan(4000);
  });

  it('marks exactly the code units it maps as special, runs of them written as ranges', () => {
    const special = new RegExp(compiled.special);
    const mapped = new Set(mapPairs(compiled).map(([from]) => from));
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (special.test(String.fromCharCode(c)) !== mapped.has(c)) wrong.push(`U+${c.toString(16)}`);
    expect(wrong).toEqual([]);
    expect(compiled.special).toContain('\\uff01-\\uff20');
    expect(compiled.special.length).toBeLessThan(mapped.size * 3);
  });

  it('maps special code units the way fold.ts reads them, in text with and without them', () => {
    const s = new AnchorScreen(compiled);
    expect(s.prepare('Plain text')).toBe('plain text');
    expect(s.prepare('Ｋａｓｐｅｒｓｋｙ')).toBe('kaspersky');
    expect(s.prepare('Kas\u00adper\u200bsky')).toBe('kaspersky');
    expect(s.passes('ＨＵＡＷＥＩ')).toBe(true);
  });

  it('screens alike after letting its expressions go, as the gate does after each look', () => {
    const s = new AnchorScreen(compiled);
    const texts = [
      'Lorem ipsum dolor sit amet',
      'ＨＵＡＷＥＩ',
      'Kas\u00adper\u200bsky',
      'the TP Link router',
    ];
    const before = texts.map((t) => s.passes(t));
    expect(before).toEqual([false, true, true, true]);
    for (const t of texts) {
      s.release();
      expect(s.passes(t), t).toBe(before[texts.indexOf(t)]);
    }
  });
});
