/**
 * What the page shows of the mentions found: the highlights (highlights.ts)
 * of the mentions the marking settings admit (mark-filter.ts), strong for a
 * vendor with a binding restriction in force, and the one active while its
 * tooltip is open. New settings repaint the mentions already found. Marks on
 * very long unwrapped lines share a budget (paint-budget.ts).
 */
import { vendorFlags } from '../shared/bundled-flags.ts';
import { VENDOR_FLAG } from '../shared/vendor-flags.ts';
import { MarkFilter, type MarkSettings } from './mark-filter.ts';
import { Marks } from './highlights.ts';
import { PaintBudget } from './paint-budget.ts';
import type { Mention } from './mentions.ts';

export class Painter {
  readonly #marks = new Marks();
  #budget = new PaintBudget();
  #settings: MarkSettings = { markMode: 'all', markWhich: 'any', muted: [] };
  #filter = new MarkFilter(this.#settings, []);

  /** Starts over with the vendors of a new matcher (`ids`, its vocabulary's order). */
  reset(ids: readonly string[]): void {
    this.#filter = new MarkFilter(this.#settings, ids);
  }

  /**
   * New marking settings: `found` (the mentions in page order, the vocabulary's `ids`, the range of the
   * open tooltip) is filtered again and repainted in one task, the active mark kept; before the first
   * scan the settings are only stored.
   */
  setSettings(
    s: MarkSettings,
    found?: { mentions: Iterable<Mention>; ids: readonly string[]; active: StaticRange | null },
  ): void {
    this.#settings = s;
    if (!found) return;
    this.#filter = new MarkFilter(s, found.ids);
    this.#marks.clear();
    this.#budget = new PaintBudget();
    for (const m of found.mentions) this.paint(m);
    if (found.active) this.setActive(found.active);
  }

  /** Marks a mention if the marking settings want it. */
  paint(m: Mention): void {
    if (this.#filter.admit(m) && this.#budget.take(m.range))
      this.#marks.add(m.range, ((vendorFlags[m.vendor] ?? 0) & VENDOR_FLAG.binding) !== 0);
  }

  removed(m: Mention): void {
    this.#filter.removed(m);
    this.#budget.release(m.range);
    this.#marks.delete(m.range);
  }

  /** Whether hover opens a card on this mention (it is marked, and painted). */
  isMarked(m: Mention): boolean {
    return this.#filter.isMarked(m) && !this.#budget.isRefused(m.range);
  }

  /** Whether the keyboard and the popup offer this mention. */
  reachable(m: Mention): boolean {
    return this.#filter.reachable(m);
  }

  /** The mention whose card is open (none painted on a line too long to paint: see paint-budget.ts). */
  setActive(range: StaticRange | null): void {
    this.#marks.setActive(range && !this.#budget.isRefused(range) ? range : null);
  }

  /** Marks are waiting for their first registration (highlights.ts). */
  get settling(): boolean {
    return this.#marks.settling;
  }

  clear(): void {
    this.#marks.clear();
  }
}
