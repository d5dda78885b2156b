/**
 * The compiled vocabulary: everything the matcher needs and nothing more.
 * It is produced at build time from the vendor files (`compileVocabulary`)
 * and bundled into the content script, so the page never parses vendor
 * files, and carries the automaton already compiled (automaton-build.ts), so
 * the page never builds one. Plain arrays and packed strings: compact JSON.
 */
import { compileAutomaton, type CompiledAutomaton } from './automaton-build.ts';
import { foldString, isUpper } from './fold.ts';

/** Bumped whenever the shape below changes; the matcher refuses other formats (a stale build). */
export const VOCABULARY_FORMAT = 3;

/** Pattern flags, packed into one number per pattern. */
export const Flag = {
  /** Case-sensitive: verified against the original text. */
  Exact: 1,
  /** Needs context: a cue nearby, or an unambiguous mention elsewhere. */
  Weak: 2,
  /** Further letters may follow (Cyrillic case endings). */
  Stem: 4,
  /** A stop phrase: blocks the aliases it covers, is never reported. */
  Exclude: 8,
  /** Written with a capital, so the text must hold one (not for `exact` aliases or stop phrases). */
  Cap: 16,
} as const;

export interface Vocabulary {
  format: number;
  /** Vendor ids; a pattern's `vendor` indexes this array. */
  ids: string[];
  names: string[];
  /** Pattern texts as written in the vendor files. */
  patterns: string[];
  /** Vendor index per pattern (-1 for stop phrases). */
  vendorOf: number[];
  flags: number[];
  /**
   * Per vendor: cue words for weak aliases, folded (fold.ts) at build time:
   * folding all 680 of them in the page, on the first weak hit, took 10–20 ms
   * in one task (the folding code not compiled yet).
   */
  cues: string[][];
  /** Per pattern: its length folded (matcher.ts walks back that many folded units from a hit). */
  plen: number[];
  /** The patterns, folded, as one automaton. */
  automaton: CompiledAutomaton;
}

/** The parts of a vendor record the vocabulary is built from. */
export interface VocabularySource {
  id: string;
  name: string;
  aliases: { text: string; case?: 'exact' | 'insensitive'; needsContext?: boolean; stem?: boolean }[];
  exclude: string[];
  cues: string[];
}

export function compileVocabulary(vendors: readonly VocabularySource[]): Vocabulary {
  const voc: Vocabulary = {
    format: VOCABULARY_FORMAT,
    ids: [],
    names: [],
    patterns: [],
    vendorOf: [],
    flags: [],
    cues: [],
    plen: [],
    automaton: compileAutomaton([], () => false),
  };
  vendors.forEach((v, vi) => {
    voc.ids.push(v.id);
    voc.names.push(v.name);
    voc.cues.push(v.cues.map((c) => foldString(c.toLowerCase())).filter(Boolean));
    for (const a of v.aliases) {
      voc.patterns.push(a.text);
      voc.vendorOf.push(vi);
      voc.flags.push(
        (a.case === 'exact' ? Flag.Exact : 0) | (a.needsContext ? Flag.Weak : 0) | (a.stem ? Flag.Stem : 0),
      );
    }
    for (const x of v.exclude) {
      voc.patterns.push(x);
      voc.vendorOf.push(-1);
      voc.flags.push(Flag.Exclude);
    }
  });
  const folded = voc.patterns.map((p) => foldString(p));
  voc.plen = folded.map((f) => f.length);
  voc.flags = voc.flags.map((f, i) =>
    !(f & Flag.Exclude) && [...voc.patterns[i]!].some((c) => isUpper(c.charCodeAt(0))) ? f | Flag.Cap : f,
  );
  voc.automaton = compileAutomaton(folded, (p) => voc.vendorOf[p]! >= 0);
  return voc;
}
