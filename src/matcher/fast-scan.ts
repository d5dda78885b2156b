/**
 * The matcher's raw pass for the content script's prefilter
 * (Matcher.candidateEnds): the automaton of dfa.ts read with its `ignore`
 * symbol (ignorable code units: stay) and its loop on spaces (a run of spaces
 * counts as one), so the hot loop has no branch but the rare hit. It must
 * accept whatever scan() accepts.
 */
import type { Dfa } from './dfa.ts';
import { fold, IGNORE } from './fold.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * Beside the automaton's own table (its `ignore` symbol and the loop on
 * spaces make the hot loop branch-free), built once per automaton on first
 * use: code unit → symbol + 1 (0 = not yet known); per state, 1 if an alias
 * (not only a stop phrase) ends there.
 */
interface FastTables {
  tab: Uint16Array;
  hit: Uint8Array;
}
const fastCache = new WeakMap<object, FastTables>();
export function fastTables(dfa: Dfa, voc: Vocabulary): FastTables {
  let f = fastCache.get(dfa);
  if (f) return f;
  const hit = new Uint8Array(dfa.out.length);
  dfa.out.forEach((ps, s) => {
    if (ps?.some((p) => voc.vendorOf[p]! >= 0)) hit[s] = 1;
  });
  fastCache.set(dfa, (f = { tab: new Uint16Array(0x10000), hit }));
  // A few runs over an alias give the hot loop type feedback for its rare branch,
  // so the optimised code is not thrown away at the page's first hit.
  const sample = ` ${voc.patterns[voc.vendorOf.findIndex((v) => v >= 0)] ?? ''} `,
    raw: number[] = [];
  for (let k = 0; k < 12; k++) fastScan(f, dfa, sample, 0, raw);
  return f;
}
/** The hot loop, alone in a small function (optimised early, no rare branch to deoptimise it): pushes end, state per raw hit. */
export function fastScan(f: FastTables, dfa: Dfa, text: string, state: number, raw: number[]): number {
  const { tab, hit } = f,
    { A, delta } = dfa;
  for (let i = 0, n = text.length; i < n; i++) {
    let s = tab[text.charCodeAt(i)]!;
    if (s === 0) s = fastSymbol(tab, dfa, text.charCodeAt(i));
    state = delta[state * A + s - 1]!;
    if (hit[state] !== 0) raw.push(i + 1, state);
  }
  return state;
}
function fastSymbol(tab: Uint16Array, dfa: Dfa, c: number): number {
  const f = fold(c);
  return (tab[c] = (f === IGNORE ? dfa.ignore : dfa.sym[f]!) + 1);
}
