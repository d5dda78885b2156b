/**
 * The matcher's rules on a small hand-made vocabulary: folding, case,
 * boundaries, longest match, stop phrases, plurals and possessives,
 * invisible characters, scripts without spaces, Cyrillic stems, names split
 * over text nodes, context rules, and a size check on speed.
 */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/matcher/matcher.ts';
import { scanBlocks } from '../../src/page-text/scan-text.ts';
import { compileVocabulary, type VocabularySource } from '../../src/matcher/vocabulary.ts';

type Alias = VocabularySource['aliases'][number];
const v = (
  id: string,
  aliases: (string | Alias)[],
  exclude: string[] = [],
  cues: string[] = [],
): VocabularySource => ({
  id,
  name: id,
  aliases: aliases.map((a) => (typeof a === 'string' ? { text: a } : a)),
  exclude,
  cues,
});
const weak = (text: string): Alias => ({ text, case: 'exact', needsContext: true });

const m = new Matcher(
  compileVocabulary([
    v(
      'kaspersky',
      ['Kaspersky', 'Kaspersky Lab', { text: 'Касперск', stem: true }, '卡巴斯基'],
      ['Eugene Kaspersky'],
    ),
    v('cisco', ['Cisco']),
    v('microsoft', ['Microsoft']),
    v('huawei', ['华为']),
    v('check-point', ["צ'ק פוינט"]),
    v('f5', ['F5 Networks', weak('F5'), 'BIG-IP'], ['press F5'], ['BIG-IP', 'patch', 'load balancer']),
    v('progress', [{ text: 'Progress', case: 'exact' }]),
    v('nso', ['NSO Group', weak('NSO')], [], ['spyware']),
  ]),
);

/** Found mentions as [text, vendor], with the page's context rules. */
const find = (...blocks: (string | string[])[]) =>
  scanBlocks(
    m,
    blocks.map((b) => (typeof b === 'string' ? [b] : b)),
  ).mentions.map((x) => [x.text, x.vendor]);
const texts = (...blocks: (string | string[])[]) => find(...blocks).map(([t]) => t);

describe('folding and case', () => {
  it('matches any case that has a capital, never all lower case', () => {
    expect(texts('KASPERSKY, Kaspersky, KasperSky and kaspersky.com')).toEqual([
      'KASPERSKY',
      'Kaspersky',
      'KasperSky',
    ]);
  });
  it('matches exact aliases only as written', () => {
    expect(texts('progress, PROGRESS and Progress')).toEqual(['Progress']);
  });
  it('folds full-width letters and keeps offsets into the original', () => {
    const r = scanBlocks(m, [['見て Ｋａｓｐｅｒｓｋｙ です']]).mentions;
    expect(r).toEqual([{ vendor: 'kaspersky', text: 'Ｋａｓｐｅｒｓｋｙ', start: 3, end: 12 }]);
  });
  it('skips soft hyphens, zero-width characters and bidi marks; any space run is one space', () => {
    expect(texts('Kasper\u00ADsky, Kas\u200Bpersky, Micro\u200Fsoft')).toEqual([
      'Kasper\u00ADsky',
      'Kas\u200Bpersky',
      'Micro\u200Fsoft',
    ]);
    expect(texts('Kaspersky\u00A0Lab, Kaspersky \n\t Lab')).toEqual([
      'Kaspersky\u00A0Lab',
      'Kaspersky \n\t Lab',
    ]);
  });
  it('reads a Hebrew geresh as an apostrophe', () => {
    expect(texts('חברת צ׳ק פוינט הודיעה')).toEqual(['צ׳ק פוינט']);
  });
});

describe('boundaries', () => {
  it.each([
    ['San Francisco and SAN FRANCISCO', []],
    ['Cisco2 _Cisco Ciscoes', []],
    ['Cisco-based, (Cisco), «Cisco»', ['Cisco', 'Cisco', 'Cisco']],
    ['Monitor C27F591 and F5OS with BIG-IP', []],
  ])('%s', (text, expected) => {
    expect(texts(text).filter((t) => t !== 'BIG-IP')).toEqual(expected);
  });
  it('needs no boundary in scripts written without spaces', () => {
    expect(texts('我用华为手机和卡巴斯基软件')).toEqual(['华为', '卡巴斯基']);
    expect(texts('ใช้Kasperskyทุกวัน')).toEqual(['Kaspersky']);
  });
});

describe('selection', () => {
  it('prefers the longest alias', () => {
    expect(find('Kaspersky Lab said F5 Networks was hit')).toEqual([
      ['Kaspersky Lab', 'kaspersky'],
      ['F5 Networks', 'f5'],
    ]);
  });
  it('lets stop phrases swallow the aliases inside them', () => {
    expect(texts('Eugene Kaspersky founded Kaspersky Lab.')).toEqual(['Kaspersky Lab']);
    expect(texts('Press F5 to reload the BIG-IP console.')).toEqual(['BIG-IP']);
  });
  it('takes plurals and possessives', () => {
    expect(texts("Kaspersky Labs, Kaspersky's, Kaspersky’s and KASPERSKY LABS")).toEqual([
      'Kaspersky Labs',
      'Kaspersky',
      'Kaspersky',
      'KASPERSKY LABS',
    ]);
    expect(texts('Kasperskyx and Kaspersky Labsx')).toEqual(['Kaspersky']); // "Labsx" is no plural of "Lab"
  });
  it('takes Cyrillic case endings after a stem, not lower-case forms', () => {
    expect(texts('продукты Касперского и Касперским, не касперского')).toEqual(['Касперского', 'Касперским']);
  });
});

describe('names split over text nodes', () => {
  it('finds a name across chunks, with offsets into the joined text', () => {
    expect(scanBlocks(m, [['See ', 'Kasper', 'sky', ' Lab']]).mentions).toEqual([
      { vendor: 'kaspersky', text: 'Kaspersky Lab', start: 4, end: 17 },
    ]);
  });
  it('treats a text-node boundary from lower case to a capital as a word boundary', () => {
    expect(texts(['Learn how', 'Microsoft'], ['Kaspersky', 'Store'])).toEqual(['Microsoft', 'Kaspersky']);
    expect(texts('Learn howMicrosoft')).toEqual([]);
    expect(texts(['San Fran', 'cisco'])).toEqual([]);
  });
});

describe('context rules', () => {
  it('drops a weak alias without a cue or a confirmed vendor', () => {
    expect(texts('F5 was the key to press.')).toEqual([]);
  });
  it('keeps a weak alias with a cue nearby; cues match at the start of a word', () => {
    expect(texts('F5 patches the flaw.')).toEqual(['F5']);
    expect(texts('F5 was on the dispatch list.')).toEqual([]);
  });
  it('ignores cues beyond the window', () => {
    expect(texts('NSO ' + 'word '.repeat(60) + 'spyware')).toEqual([]);
  });
  it('keeps weak mentions once the vendor is named unambiguously anywhere in the document', () => {
    expect(texts('NSO said so.', 'The NSO Group statement followed.')).toEqual(['NSO', 'NSO Group']);
  });
  it('counts a weak mention with a cue as confirming the vendor for the document', () => {
    expect(texts('NSO sold spyware.', 'Later, NSO denied it.')).toEqual(['NSO', 'NSO']);
  });
});

describe('large input', () => {
  // Speed is measured by `npm run bench`, side by side with a floor; here only correctness at size.
  it('scans 4 MB in one call and finds every mention, and no look-alike', () => {
    const page = 'Lorem ipsum dolor sit amet, San Francisco progress 2024 — Kaspersky Lab. '.repeat(55_000);
    const spans = m.scan(page);
    expect(spans.length).toBe(55_000);
    expect(new Set(spans.map((s) => page.slice(s.start, s.end)))).toEqual(new Set(['Kaspersky Lab']));
  });
});
