/**
 * Marks mentions with the CSS Custom Highlight API: ranges in a registry,
 * painted by `::highlight(vendor-lens)` (public/highlight.css, injected by the
 * manifest). No page node is added, wrapped or split.
 *
 * Fallback: where `CSS.highlights` is missing (Chrome < 105, Firefox < 140),
 * nothing is painted — the page stays untouched, and the popup, the keyboard
 * command and the tooltip still work. Wrapping text in elements is never done.
 */
const HIGHLIGHT = 'vendor-lens';
const ACTIVE_HIGHLIGHT = 'vendor-lens-active';

const highlightSupported = (): boolean =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

export class Marks {
  private readonly all = highlightSupported() ? new Highlight() : null;
  private readonly active = highlightSupported() ? new Highlight() : null;

  constructor() {
    if (this.all && this.active) {
      this.active.priority = 1;
      CSS.highlights.set(HIGHLIGHT, this.all);
      CSS.highlights.set(ACTIVE_HIGHLIGHT, this.active);
    }
  }

  add(r: AbstractRange): void {
    this.all?.add(r);
  }
  delete(r: AbstractRange): void {
    this.all?.delete(r);
    this.active?.delete(r);
  }
  setActive(r: AbstractRange | null): void {
    this.active?.clear();
    if (r) this.active?.add(r);
  }
  clear(): void {
    this.all?.clear();
    this.active?.clear();
  }
  get size(): number {
    return this.all?.size ?? 0;
  }
  dispose(): void {
    this.clear();
    if (this.all && CSS.highlights.get(HIGHLIGHT) === this.all) CSS.highlights.delete(HIGHLIGHT);
    if (this.active && CSS.highlights.get(ACTIVE_HIGHLIGHT) === this.active)
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
