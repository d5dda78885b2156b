/**
 * The content script's handle on the tooltip, with the tooltip's own API.
 * Its code (ui.ts: rendering, styles, positioning, about 28 KB) is fetched
 * when a tooltip is first about to open in this frame: `load` asks the
 * background to inject it into this content-script world, then the real
 * Tooltip takes over. `prepare` fetches it ahead, with the card data of the
 * vendor named, while the pointer rests on a name before the hover delay
 * opens its card, so the card opens when the delay ends instead of after
 * the injection and a round trip to the background. Until then nothing is
 * open and nothing of ours is on the page. A failed load leaves the tooltip
 * closed and is tried again next time.
 */
import type { Tooltip } from '../tooltip/tooltip.ts';
import type { Anchor, ShowOptions, TooltipDeps } from '../tooltip/types.ts';
import { uiModule } from '../shared/tooltip-contract.ts';

export class LazyTooltip {
  #real: Tooltip | null = null;
  #loading: Promise<Tooltip | null> | null = null;
  /** What to show once the code is there (the latest request wins; hide() clears it). */
  #wanted: { anchor: Anchor; options: ShowOptions } | null = null;
  /** A load started by `prepare` failed: `prepare` no longer starts one. */
  #prepareFailed = false;
  onClose: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly deps: TooltipDeps,
    private readonly load: () => Promise<unknown>,
  ) {}

  get open(): boolean {
    return this.#real?.open ?? false;
  }
  get current(): Anchor | null {
    return this.#real?.current ?? this.#wanted?.anchor ?? null;
  }
  get element(): HTMLElement | null {
    return this.#real?.element ?? null;
  }
  get hostElement(): HTMLElement | null {
    return this.#real?.hostElement ?? null;
  }
  get loaded(): boolean {
    return this.#real !== null;
  }
  /** Open, or about to open once its code is there. */
  get showing(): boolean {
    return this.open || this.#wanted !== null;
  }

  containsTarget(t: EventTarget | null): boolean {
    return this.#real?.containsTarget(t) ?? false;
  }

  show(anchor: Anchor, options: ShowOptions = {}): void {
    if (this.#real) {
      this.#real.show(anchor, options);
      return;
    }
    this.#wanted = { anchor, options };
    void this.#ensure().then((t) => {
      const w = this.#wanted;
      this.#wanted = null;
      if (t && w) t.show(w.anchor, w.options);
      else if (w) this.onClose?.();
    });
  }

  /**
   * Loads the code (and the interface strings) and asks for `vendorId`'s card
   * data now, for a tooltip likely to open soon; opens nothing. After a failed
   * load it waits for a tooltip to be asked for (show retries), so a pointer
   * moving over names does not ask again on every frame.
   */
  prepare(vendorId: string): void {
    if (this.#real) this.#real.prefetch(vendorId);
    else if (!this.#prepareFailed)
      void this.#ensure().then((t) => {
        if (t) t.prefetch(vendorId);
        else this.#prepareFailed = true;
      });
  }

  hide(): void {
    if (this.#wanted) {
      this.#wanted = null;
      this.onClose?.();
    }
    this.#real?.hide();
  }

  #ensure(): Promise<Tooltip | null> {
    return (this.#loading ??= (async () => {
      if (!uiModule()) await this.load().catch(() => {});
      const mod = uiModule();
      if (!mod) {
        this.#loading = null;
        return null;
      }
      const strings = await this.deps.strings().catch(() => null);
      if (!strings) {
        this.#loading = null;
        return null;
      }
      const t = new mod.Tooltip(this.doc, this.deps, strings);
      t.onClose = () => this.onClose?.();
      return (this.#real = t);
    })());
  }
}
