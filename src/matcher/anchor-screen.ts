/**
 * The anchor screen as it runs in every frame (content/gate.ts): whether a
 * text could hold a vendor name, decided by the browser's regex engine with
 * the expression compiled at build time (anchors.ts, where the design is).
 * The text is lower-cased natively, then the few code units that fold.ts
 * maps otherwise (zero-width and bidi marks dropped, full-width forms,
 * typographic apostrophes and hyphens) are mapped by the table the build
 * derived from fold.ts, so the two never disagree.
 */

export const ANCHORS_FORMAT = 2;

export interface CompiledAnchors {
  format: number;
  /** The anchors as one expression (no flags), run on `prepare`d text. */
  source: string;
  /** A character class of the code units `prepare` maps after lower-casing. */
  special: string;
  /**
   * What each maps to, as code-unit pairs (-1: dropped), written as JSON and
   * parsed on the first text that holds one. Numbers, not characters: a
   * bundler writes string escapes out as raw characters, and Chrome refuses a
   * content script holding a non-character such as U+FFFF. A string, not an
   * array: every frame's script would copy an array literal of 100 pairs
   * when it starts (2 KB of heap a frame), where a string is shared.
   */
  map: string;
}

/**
 * The expressions are built on the first screen, not with the screen: a
 * frame that never has text to screen (about:blank, an empty ad slot) never
 * parses them. `release` lets them go between looks: compiled (to machine
 * code, for a long text) they are about 26 KB of an idle frame's heap, and
 * building them again is a lookup in the engine's cache of compiled
 * expressions while that still holds them (a full compile, 1–2 ms, once
 * they have aged out of it).
 */
export class AnchorScreen {
  private re: RegExp | null = null;
  private special: RegExp | null = null;
  private specialAll: RegExp | null = null;
  private map: Record<string, string> | null = null;

  constructor(private readonly c: CompiledAnchors) {
    if (c.format !== ANCHORS_FORMAT)
      throw new Error(
        `compiled anchors have format ${c.format}, this screen reads ${ANCHORS_FORMAT}: rebuild`,
      );
  }

  /** The text as the expression reads it. */
  prepare(text: string): string {
    const lower = text.toLowerCase();
    if (!(this.special ??= new RegExp(this.c.special)).test(lower)) return lower;
    const map = (this.map ??= Object.fromEntries(
      mapPairs(this.c).map(([from, to]) => [
        String.fromCharCode(from),
        to < 0 ? '' : String.fromCharCode(to),
      ]),
    ));
    return lower.replace((this.specialAll ??= new RegExp(this.special.source, 'g')), (ch) => map[ch] ?? ch);
  }

  /** False only if no vendor name can be in `text`. */
  passes(text: string): boolean {
    return (this.re ??= new RegExp(this.c.source)).test(this.prepare(text));
  }

  /** Drops the compiled expressions until the next screen (see the top). */
  release(): void {
    this.re = this.special = this.specialAll = null;
    this.map = null;
  }
}

/** The compiled anchors' map as code-unit pairs (see CompiledAnchors.map). */
export function mapPairs(c: CompiledAnchors): [number, number][] {
  return JSON.parse(c.map) as [number, number][];
}
