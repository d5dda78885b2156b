/**
 * Marking one segment of text, linear in its mentions (segment-text.ts).
 * Context rules apply: a weak mention waits until its vendor is named
 * unambiguously. A segment too long for one slice is read, scanned and
 * marked in steps across slices (`stepBig`). A segment keeps its first
 * MAX_SEGMENT_MENTIONS marks: a long one is scanned only until it has them,
 * so a 10 MB text node full of names costs what its first names do, and the
 * marks kept are those a reader meets first. Members used only here are
 * #private, as in mentions.ts.
 */
import { ChunkText } from '../matcher/chunk-text.ts';
import { resolveContext } from '../matcher/context.ts';
import { type Matcher, type Span } from '../matcher/matcher.ts';
import { type Segment } from '../page-text/segments.ts';
import { MAX_MENTIONS, MAX_SEGMENT_MENTIONS } from '../shared/limits.ts';
import { type MentionHooks, Mentions } from './mentions.ts';
import { mentionOf, type SegText } from './segment-text.ts';

/** A weak mention and the segment it is in. */
interface Waiting {
  st: SegText;
  span: Span;
}

/**
 * Segments longer than this (code units) are scanned in steps of BIG_STEP
 * (or of fewer code units, where names are dense: scan-steps.ts), looking at
 * the clock between two. One scanned whole may verify a hit every 14 code
 * units (a text of inline names): about 600 hits, a few milliseconds.
 */
const BIG_SEGMENT = 8192,
  BIG_STEP = 16_384,
  /** Marks of a long segment added between two looks at the clock. */
  ADD_STEP = 256,
  /** Segments of more text nodes are read in steps of this many (and scanned in steps). */
  READ_STEP = 8192;

/** Mentions kept by marking segments (extended by the scanner, which finds them). */
export abstract class SegmentMarks<H extends MentionHooks> extends Mentions<H> {
  /** Segments scanned (by their first node); the scanner forgets them for a full rescan. */
  protected seen = new WeakSet<Text>();
  readonly #confirmed = new Set<number>();
  /** Weak mentions waiting for their vendor to be named unambiguously. */
  #pending: Waiting[] = [];
  /** A segment too long for one slice, being read, then scanned in steps (its text indexed once as `ct`); the marks it will keep. */
  protected big: {
    st: SegText;
    force: boolean;
    ct: ChunkText | null;
    next: (() => Span[] | null) | null;
    kept: Span[];
    /** Marks of `kept` added so far. */
    added: number;
  } | null = null;

  protected abstract readonly matcher: Matcher;

  /** Marks the mentions of `seg`, or starts a long one; once (`force`: again, its old marks dropped first). */
  scanSegment(seg: Segment, force = false): void {
    const first = seg[0]!;
    if (!first.isConnected) return; // the page removed it since it was found (its removal is handled on its own)
    if (!force && this.seen.has(first)) return;
    this.seen.add(first);
    const st: SegText = { seg, texts: [], ends: [] };
    if (seg.length <= MAX_SEGMENT_MENTIONS) this.#read(st, seg.length, force);
    if (seg.length > MAX_SEGMENT_MENTIONS || st.ends[st.ends.length - 1]! > BIG_SEGMENT) {
      // More text nodes than the marks it keeps (a paragraph of inline names; READ_STEP is more still), or
      // too long for one slice: read and scanned in steps by stepBig(), until it has its marks.
      this.big = { st, force, ct: null, next: null, kept: [], added: 0 };
      return;
    }
    const texts = st.texts;
    const spans = this.matcher.scan(texts);
    if (!spans.length) return;
    const kept = this.#resolve(st, spans);
    for (let k = 0; k < Math.min(kept.length, MAX_SEGMENT_MENTIONS); k++) this.add(mentionOf(st, kept[k]!));
  }

  /** Reads a segment's texts up to node `to` (a forced rescan drops their old marks first). */
  #read(st: SegText, to: number, force: boolean): void {
    const { seg, texts, ends } = st;
    for (let i = texts.length; i < to; i++) {
      const t = seg[i]!;
      const list = force ? this.byNode.get(t) : undefined;
      if (list?.length) for (const m of [...list]) this.remove(m);
      texts.push(t.data);
      ends.push((ends[i - 1] ?? 0) + t.data.length);
    }
  }

  /** Context rules for a segment's spans: returns those to mark; weak ones wait for their vendor. */
  #resolve(st: SegText, spans: Span[], ct?: ChunkText): Span[] {
    const before = this.#confirmed.size;
    const { kept, pending } = resolveContext(this.matcher, ct ?? st.texts, spans, this.#confirmed);
    for (const s of pending) this.#pending.push({ st, span: s });
    // Cut back to the cap only when twice over it, so the cut's cost is shared by as many additions.
    if (this.#pending.length > 2 * MAX_MENTIONS) this.#pending.splice(0, this.#pending.length - MAX_MENTIONS);
    if (this.#confirmed.size !== before && this.#pending.length) this.#promote();
    return kept;
  }

  /** Goes on with the long segment (`big`) until `deadline`; true once it is done and marked (marks too are added in steps). */
  protected stepBig(deadline: number): boolean {
    const b = this.big!,
      { seg, texts } = b.st;
    while (texts.length < seg.length) {
      this.#read(b.st, Math.min(seg.length, texts.length + READ_STEP), b.force);
      if (performance.now() >= deadline) return false;
    }
    b.ct ??= new ChunkText(texts);
    b.next ??= this.matcher.scanInSteps(b.ct, BIG_STEP);
    while (b.kept.length < MAX_SEGMENT_MENTIONS) {
      const spans = b.next();
      if (!spans) break;
      if (spans.length) for (const s of this.#resolve(b.st, spans, b.ct)) b.kept.push(s);
      if (performance.now() >= deadline) return false;
    }
    if (b.kept.length > MAX_SEGMENT_MENTIONS) b.kept.length = MAX_SEGMENT_MENTIONS;
    if (seg[0]!.isConnected)
      for (let n = b.added; n < b.kept.length;) {
        this.add(mentionOf(b.st, b.kept[n++]!));
        b.added = n;
        if (n % ADD_STEP === 0 && performance.now() >= deadline) return false;
      }
    this.big = null;
    return true;
  }

  /** Weak mentions whose vendor has since been named unambiguously. */
  #promote(): void {
    const still: Waiting[] = [];
    for (const p of this.#pending) {
      if (!this.#confirmed.has(p.span.vendor)) still.push(p);
      else if (p.st.seg.every((t, i) => t.isConnected && t.data === p.st.texts[i]))
        this.add(mentionOf(p.st, p.span));
    }
    this.#pending = still;
  }

  /** Weak mentions whose segment left the page are forgotten. */
  protected pruneWaiting(): void {
    this.#pending = this.#pending.filter((p) => p.st.seg[0]!.isConnected);
  }

  override clear(): void {
    super.clear();
    this.#pending = [];
    this.big = null;
    this.#confirmed.clear();
  }
}
