/**
 * The scan loop behind Matcher.scan and Matcher.scanInSteps (see matcher.ts):
 * one pass of the automaton over the chunks, folding each code unit on the
 * fly (ignorable units skipped, a space run counted once), its raw hits
 * verified (verify.ts) and selected leftmost-longest, in steps of `step`
 * code units: spans starting within HOLD of a step's end wait for the next.
 * A step also ends once it holds STEP_HITS raw hits, so text dense with
 * names (a paragraph of 20,000 inline names) costs a step no more
 * verifying than ordinary text does: one step of 16,384 such code units
 * verified about 1,200 hits, 15 ms in one go.
 */
import type { Automaton } from './automaton.ts';
import type { ChunkText } from './chunk-text.ts';
import type { Span } from './span.ts';
import type { Verifier } from './verify.ts';

export function scanInSteps(
  aut: Automaton,
  verifier: Verifier,
  t: ChunkText,
  step: number,
): () => Span[] | null {
  const { ignore, space } = aut;
  let state = 0,
    prevSpace = true,
    pos = 0,
    chunk = 0,
    i = 0,
    lastEnd = -1,
    held: Span[] = [],
    done = false;
  return () => {
    if (done) return null;
    const raw: number[] = []; // pairs: end, pattern
    let stop = pos + step;
    for (; chunk < t.chunks.length && pos < stop; chunk++, i = 0) {
      const c = t.chunks[chunk]!;
      for (; i < c.length && pos < stop; i++, pos++) {
        const a = aut.symbol(c.charCodeAt(i));
        if (a === ignore) continue;
        if (a === space && space !== 0) {
          if (prevSpace) continue;
          prevSpace = true;
        } else prevSpace = false;
        state = aut.next(state, a);
        const o = aut.outputs(state);
        if (o) {
          for (const p of o) raw.push(pos + 1, p);
          if (raw.length >= 2 * STEP_HITS) stop = pos + 1; // the step ends after this code unit
        }
      }
      if (i < c.length) break; // the step ends inside this chunk
    }
    done = pos >= t.length;
    if (!raw.length && !held.length) return done ? null : [];
    const spans = held;
    for (let k = 0; k < raw.length; k += 2) {
      const s = verifier.verify(t, raw[k]!, raw[k + 1]!);
      if (s) spans.push(s);
    }
    spans.sort(byPosition);
    const cut = done ? Infinity : pos - HOLD;
    held = [];
    const out: Span[] = [];
    for (const s of spans) {
      if (s.start >= cut) held.push(s);
      else if (s.start >= lastEnd) {
        lastEnd = s.end;
        if (s.vendor >= 0) out.push(s);
      }
    }
    return out;
  };
}

/** Longest mention (code units) a step of scanInSteps waits for; longer ones may be cut at a step's end. */
const HOLD = 4096;
/** Raw hits a step verifies at most (see the top): a few milliseconds while the code is cold. */
export const STEP_HITS = 256;

/** Leftmost-longest order; stop phrases win ties (selection then drops them). */
function byPosition(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || a.vendor - b.vendor;
}
