/**
 * Marks mentions with the CSS Custom Highlight API: ranges in a registry,
 * painted by `::highlight(vendor-lens)` (public/highlight.css, injected with
 * the scanner). No page node is added, wrapped or split. Vendors with a binding
 * restriction in force go to `vendor-lens-strong`, the rest to `vendor-lens`;
 * on a dark page the names end in `-dark` (page-theme.ts).
 *
 * The registry is shared with the page. So our highlights are registered only
 * while there is something to paint (none before the first mark, none once
 * marking stops or the last mark goes), and our own list of ranges is the
 * truth: a page that adds ranges to our highlight, removes some, or puts a
 * highlight of its own under our name is undone at the next check (every
 * HIGHLIGHT_CHECK_MS while registered, and at each change of ours).
 *
 * Fallback: where `CSS.highlights` is missing (Chrome < 105, Firefox < 140),
 * nothing is painted — the page stays untouched, and the popup, the keyboard
 * command and the tooltip still work. Wrapping text in elements is never done.
 * Members used only here are #private, which the minifier shortens (the
 * content script's size is budgeted).
 */
import { HIGHLIGHT_CHECK_MS, THEME_READ_MAX_MS } from '../shared/limits.ts';
import { pageIsDark } from './page-theme.ts';

const highlightSupported = (): boolean =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

/** One named highlight whose content is exactly `ranges`. */
class Guarded {
  readonly ranges = new Set<AbstractRange>();
  readonly #hl = new Highlight();
  #name: string;

  constructor(name: string, priority: number) {
    this.#name = name;
    this.#hl.priority = priority;
  }

  /** The -dark name (page-theme.ts); called before the first sync, so nothing is registered under the old one. */
  darken(): void {
    this.#name += '-dark';
  }

  add(r: AbstractRange): void {
    this.ranges.add(r);
    this.#hl.add(r);
  }
  delete(r: AbstractRange): void {
    this.ranges.delete(r);
    this.#hl.delete(r);
  }
  clear(): void {
    this.ranges.clear();
    this.#hl.clear();
  }

  /** Registered while non-empty, with our content only; `full` compares every range (else only the count). */
  sync(full: boolean): void {
    const reg = CSS.highlights;
    if (!this.ranges.size) {
      if (reg.get(this.#name) === this.#hl) reg.delete(this.#name);
      this.#hl.clear();
      return;
    }
    let clean = this.#hl.size === this.ranges.size;
    // Same size and all of ours in it: nothing else is. (The highlight is not iterated: Firefox's content
    // scripts cannot iterate, or call back from, the page's objects.)
    if (clean && full) for (const r of this.ranges) if (!this.#hl.has(r)) clean = false;
    if (!clean) {
      this.#hl.clear();
      for (const r of this.ranges) this.#hl.add(r);
    }
    if (reg.get(this.#name) !== this.#hl) reg.set(this.#name, this.#hl);
  }
}

export class Marks {
  #all: Guarded | null = null;
  #strong: Guarded | null = null;
  #active: Guarded | null = null;
  #timer = 0;
  #queued = false;
  /** Whether the page's theme has been read; until then nothing is registered. */
  #themed = false;

  /**
   * Created with the first mark. Registered once the page's theme is read,
   * right after the next frame: reading a computed background makes the
   * browser compute the page's styles, up to 30 ms on a heavy page that has
   * changed since its last frame, and after a frame they are computed already.
   */
  #ensure(): boolean {
    if (this.#all) return true;
    if (!highlightSupported()) return false;
    this.#all = new Guarded('vendor-lens', 0);
    this.#strong = new Guarded('vendor-lens-strong', 0);
    this.#active = new Guarded('vendor-lens-active', 1);
    const read = () => {
      if (this.#themed) return;
      this.#themed = true;
      if (pageIsDark(document)) for (const g of [this.#all!, this.#strong!, this.#active!]) g.darken();
      this.#check(false);
    };
    requestAnimationFrame(() => setTimeout(read));
    setTimeout(read, THEME_READ_MAX_MS); // no frames in a hidden tab
    return true;
  }

  /** Marks exist that are not registered yet (their theme is read after the next frame). */
  get settling(): boolean {
    return !!this.#all && !this.#themed;
  }

  add(r: AbstractRange, strong = false): void {
    if (!this.#ensure()) return;
    (strong ? this.#strong : this.#all)!.add(r);
    this.#changed();
  }
  delete(r: AbstractRange): void {
    this.#all?.delete(r);
    this.#strong?.delete(r);
    this.#active?.delete(r);
    this.#changed();
  }
  setActive(r: AbstractRange | null): void {
    if (r && !this.#ensure()) return;
    this.#active?.clear();
    if (r) this.#active?.add(r);
    this.#check(false);
  }
  /** Unregisters both highlights (marking stopped). */
  clear(): void {
    this.#all?.clear();
    this.#strong?.clear();
    this.#active?.clear();
    this.#check(false);
  }
  get size(): number {
    return (this.#all?.ranges.size ?? 0) + (this.#strong?.ranges.size ?? 0);
  }

  /** Many marks come at once (a scan slice): registration is settled once, in the next microtask. */
  #changed(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => this.#check(false));
  }

  #check(full: boolean): void {
    this.#queued = false;
    if (!this.#all || !this.#strong || !this.#active || !this.#themed) return;
    this.#all.sync(full);
    this.#strong.sync(full);
    this.#active.sync(full);
    const live = this.size > 0 || this.#active.ranges.size > 0;
    if (live && !this.#timer) this.#timer = window.setInterval(() => this.#check(true), HIGHLIGHT_CHECK_MS);
    else if (!live && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = 0;
    }
  }
}
