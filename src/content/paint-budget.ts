/**
 * Which marks the browser can afford to paint on one very long line of text.
 * Painting a highlight costs the browser in proportion to the length of the
 * unwrapped line of the text node it is in, on every mark of that node: in
 * Chromium 156, 100 marks on a 100,000-character line of a `<pre>` hold the
 * next frame for about 0.8 s, on a 1 MB line about 5 s, and a 10 MB log on one
 * line froze the tab for minutes. Wrapped text (a paragraph, `pre-wrap`, a log
 * with line breaks) costs nothing of the kind, whatever its length.
 *
 * So a mark on a line longer than LONG_LINE code units of a text node that
 * does not wrap costs that line's length, and such marks share PAINT_BUDGET;
 * past it they are not painted. The mention is still found: the popup counts
 * it, and the keyboard command reaches it (its card opens without an active
 * highlight). A mark removed gives its cost back.
 */

/** Lines up to this long (code units) are free. */
const LONG_LINE = 2000;
/** Code units of long lines that marks may cover in all (about 50 ms of one frame, measured as above). */
const PAINT_BUDGET = 500_000;

/** Members are #private: the minifier shortens them (the content script's size is budgeted). */
export class PaintBudget {
  #spent = 0;
  readonly #costs = new Map<AbstractRange, number>();
  readonly #refused = new WeakSet<AbstractRange>();
  /** Each text node parent's computed `white-space`, read once. */
  readonly #space = new WeakMap<Element, string>();
  /** The line looked up last: its node's text, where it starts and ends. */
  #last: [string, number, number] | null = null;

  /** Whether `r` may be painted; if so its cost counts until `release(r)`. */
  take(r: AbstractRange): boolean {
    const cost = this.#line(r);
    if (cost <= LONG_LINE) return true;
    if (this.#spent + cost > PAINT_BUDGET) {
      this.#refused.add(r);
      return false;
    }
    this.#spent += cost;
    this.#costs.set(r, cost);
    return true;
  }

  /** A mark is gone: its cost is free again. */
  release(r: AbstractRange): void {
    this.#spent -= this.#costs.get(r) ?? 0;
    this.#costs.delete(r);
  }

  /** Whether `r` was found too costly to paint. */
  isRefused(r: AbstractRange): boolean {
    return this.#refused.has(r);
  }

  /** The length of the unwrapped line `r` starts on, within its text node (0 where lines wrap). */
  #line(r: AbstractRange): number {
    const t = r.startContainer as Text,
      data = t.data ?? '',
      parent = t.parentElement;
    if (data.length <= LONG_LINE || !parent) return 0;
    let space = this.#space.get(parent);
    if (space === undefined) this.#space.set(parent, (space = getComputedStyle(parent).whiteSpace));
    // Only `pre` and `nowrap` keep a line whole; `nowrap` runs line breaks into it too.
    if (space === 'nowrap') return data.length;
    if (space !== 'pre') return 0;
    // Marks come in the order of the text: the line found last is looked up first (a 10 MB line is read once, not per mark).
    const at = r.startOffset,
      last = this.#last;
    if (last?.[0] === data && at >= last[1] && at <= last[2]) return last[2] - last[1];
    const from = data.lastIndexOf('\n', at - 1) + 1,
      end = data.indexOf('\n', at);
    this.#last = [data, from, end < 0 ? data.length : end];
    return this.#last[2] - from;
  }
}
