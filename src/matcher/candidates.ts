/**
 * The fast path for the content script's prefilter
 * (src/page-text/prefilter.ts `candidateSegments`); scan() does not use it.
 * It must stay a superset of scan() (tests/unit/compiled-matcher.test.ts
 * checks it): keep it in step with the automaton and verify()'s case rules.
 */
import type { Automaton } from './automaton.ts';
import type { Verifier } from './verify.ts';
import type { Vocabulary } from './vocabulary.ts';

const rawHits: number[] = [];

export class Candidates {
  private warm = false;

  constructor(
    private readonly aut: Automaton,
    private readonly voc: Vocabulary,
    private readonly verifier: Verifier,
  ) {}

  /** Matcher.candidateEnds (see there). */
  ends(text: string, ends: number[], carry: number): number {
    const raw = rawHits;
    if (!this.warm) this.warmUp();
    const state = this.aut.run(text, carry, raw);
    for (let k = 0; k < raw.length; k += 2) {
      for (const p of this.aut.outputs(raw[k + 1]!)!)
        if (this.voc.vendorOf[p]! >= 0 && this.verifier.caseFits(text, raw[k]!, p)) {
          ends.push(raw[k]!);
          break;
        }
    }
    raw.length = 0;
    return state;
  }

  /**
   * A few runs over an alias give the raw pass type feedback for its rare
   * branch, so its optimised code is not thrown away at the page's first hit.
   */
  private warmUp(): void {
    this.warm = true;
    const sample = ` ${this.voc.patterns[this.voc.vendorOf.findIndex((v) => v >= 0)] ?? ''} `;
    for (let k = 0; k < 12; k++) this.aut.run(sample, 0, rawHits);
    rawHits.length = 0;
  }
}
