/**
 * The anchor screen, built at build time: one regular expression that every
 * text holding a vendor name matches, so a frame can tell in well under a
 * millisecond, with the browser's native regex engine, that it holds none,
 * and never load the scanner (content/gate.ts).
 *
 * Design: an anchor is the first ANCHOR_LENGTH folded code units of an alias
 * (fold.ts); the anchors are merged into one trie-shaped expression (no
 * flags: it reads code units, as the matcher does) that `AnchorScreen`
 * (anchor-screen.ts) runs on the text lower-cased and mapped the way fold.ts
 * maps it. The screen is conservative by construction: a name the matcher
 * reports is a run of folded code units starting with its anchor, possibly
 * with spaces the page joins differently (a space in an anchor may match none
 * or many). It is not exact: it ignores word boundaries, case rules, cues and
 * stop phrases, so "Lorem ipsum" passes no anchor but "sponsor" passes "nso";
 * every text it passes is scanned by the matcher, which decides.
 * tests/unit/anchor-screen.test.ts checks that every text the matcher marks
 * (vendor examples, the labelled corpora, altered spellings) passes.
 */
import { ANCHORS_FORMAT, type CompiledAnchors } from './anchor-screen.ts';
import { fold, foldString, IGNORE, SPACE } from './fold.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Folded code units per anchor: 4 keeps plain prose from passing (3 lets "ali" of "aliqua" through). */
export const ANCHOR_LENGTH = 4;
/** What a space in an anchor matches in the prepared text: any run of the matcher's spaces, or none. */
const SPACES = '[\\s\\0-\\x1f\\x85]*';

type Trie = Map<string, Trie>;
const END = '';

const literal = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * How fold.ts and native lower-casing differ, over every UTF-16 code unit:
 * `map` takes a lower-cased unit to its folded form ('' for ignorables) where
 * they differ; `longer` lists, per folded unit, the multi-unit lower-case
 * forms of units fold.ts keeps as they are ("İ" lower-cases to "i̇").
 */
function foldTable(): { map: Record<string, string>; longer: Map<string, string[]> } {
  const map: Record<string, string> = {};
  const longer = new Map<string, string[]>();
  for (let c = 0; c < 0x10000; c++) {
    const f = fold(c);
    if (f === SPACE) continue; // the expression matches every space where an anchor has one
    const want = f === IGNORE ? '' : String.fromCharCode(f);
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower === want) continue;
    if (lower.length > 1) {
      longer.set(want, [...(longer.get(want) ?? []), lower]);
      continue;
    }
    if (lower in map && map[lower] !== want)
      throw new Error(`U+${c.toString(16)} lower-cases to a unit that folds two ways`);
    map[lower] = want;
  }
  return { map, longer };
}

function escape(ch: string, longer: Map<string, string[]>): string {
  if (ch === ' ') return SPACES;
  const forms = [ch, ...(longer.get(ch) ?? [])];
  // Final sigma: String#toLowerCase writes "ς" at a word's end where fold.ts writes "σ".
  if (ch === 'σ') forms.push('ς');
  return forms.length === 1 ? literal(ch) : `(?:${forms.map(literal).join('|')})`;
}

/** A code unit as a member of a character class. */
const inClass = (ch: string) => (/[\\\]^-]/.test(ch) ? '\\' + ch : ch);

/**
 * The expression of a trie node. Branches that end after one plain code unit
 * are merged into one character class: the regex engine compiles a class as
 * one node where it compiles an alternation as many, and compiling is what a
 * frame pays for on its first look (about 1 µs per character of expression).
 */
function emit(t: Trie, longer: Map<string, string[]>): string {
  if (t.has(END)) return ''; // an anchor ends here: any longer one through this node is implied
  const units: string[] = [],
    alts: string[] = [];
  for (const [ch, sub] of t) {
    const rest = emit(sub, longer),
      unit = escape(ch, longer);
    if (!rest && unit === literal(ch))
      units.push(ch); // one code unit, in one form
    else alts.push(unit + rest);
  }
  if (units.length === 1) alts.push(literal(units[0]!));
  else if (units.length) alts.push(`[${units.map(inClass).join('')}]`);
  return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
}

/** A character class of code units, runs of consecutive ones as ranges (the engine parses it on every frame's first look). */
function unitClass(units: number[]): string {
  const u = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const sorted = [...units].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    out +=
      j === i
        ? u(sorted[i]!)
        : j === i + 1
          ? u(sorted[i]!) + u(sorted[j]!)
          : `${u(sorted[i]!)}-${u(sorted[j]!)}`;
    i = j + 1;
  }
  return `[${out}]`;
}

/** The screen for a vocabulary: the anchors of its aliases (stop phrases never make a mention). */
export function compileAnchors(voc: Pick<Vocabulary, 'patterns' | 'vendorOf'>): CompiledAnchors {
  const root: Trie = new Map();
  voc.patterns.forEach((p, i) => {
    if (voc.vendorOf[i]! < 0) return;
    const anchor = foldString(p).slice(0, ANCHOR_LENGTH).trimEnd();
    if (!anchor) return;
    let t = root;
    for (const ch of anchor) {
      if (!t.has(ch)) t.set(ch, new Map());
      t = t.get(ch)!;
    }
    t.set(END, new Map());
  });
  const { map, longer } = foldTable();
  const special = unitClass(Object.keys(map).map((k) => k.charCodeAt(0)));
  const pairs = Object.entries(map).map(([from, to]): [number, number] => [
    from.charCodeAt(0),
    to ? to.charCodeAt(0) : -1,
  ]);
  return {
    format: ANCHORS_FORMAT,
    source: root.size ? emit(root, longer) : '(?!)',
    special,
    map: JSON.stringify(pairs),
  };
}
