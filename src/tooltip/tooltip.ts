/**
 * The tooltip controller: opens for a mention (hover or keyboard), fills in
 * the vendor's record, stays open while the pointer is over the mention or
 * the tooltip (hoverable and persistent, WCAG 1.4.13), closes with Esc or the
 * close button. Opened from the keyboard it takes focus and gives it back when
 * closed. A card opened by pointer or tap shows the keyboard shortcut in its
 * footer while the background still offers it (the first few cards).
 * The card's frame and buttons are in frame.ts, its record rendered in
 * render.ts, positioning in position.ts, defence against the page in
 * guard.ts.
 */
import type { VendorCard } from '../shared/vendor-card.ts';
import type { Anchor, ShowOptions, TooltipDeps } from './types.ts';
import { createHost, ensureAttached, hideTip, showTip, type Host } from './host.ts';
import { translator, type Messages, type Translate, type UiLanguage } from '../shared/i18n.ts';
import { giveFocusBack, trapTab } from './focus.ts';
import { buildFrame, fillFrame, frameUnavailable } from './frame.ts';
import { HostGuard } from './guard.ts';
import { place } from './position.ts';

let uidCounter = 0;

export class Tooltip {
  private ui: Host | null = null;
  private anchor: Anchor | null = null;
  private stopPlacing: (() => void) | null = null;
  private returnFocus: Element | null = null;
  private guard: HostGuard | null = null;
  private readonly cache = new Map<string, Promise<VendorCard | null>>();
  onClose: (() => void) | null = null;

  private t: Translate;

  constructor(
    private readonly doc: Document,
    private readonly deps: TooltipDeps,
    strings: { lang: UiLanguage; messages: Messages },
  ) {
    this.t = translator(strings.lang, strings.messages);
  }

  get open(): boolean {
    return this.anchor !== null;
  }
  get current(): Anchor | null {
    return this.anchor;
  }
  get element(): HTMLElement | null {
    return this.ui?.tip ?? null;
  }
  get hostElement(): HTMLElement | null {
    return this.ui?.host ?? null;
  }

  containsTarget(t: EventTarget | null): boolean {
    return !!this.ui && t === this.ui.host;
  }

  show(anchor: Anchor, { focus = false, pointer = false }: ShowOptions = {}): void {
    if (this.anchor && this.anchor.range === anchor.range) {
      if (focus) this.focus();
      return;
    }
    this.build(anchor, focus, pointer ? this.deps.hint().catch(() => null) : Promise.resolve(null));
  }

  private build(anchor: Anchor, focus: boolean, hint: Promise<string | null>): void {
    if (!this.ui) {
      this.ui = createHost(this.doc);
      trapTab(this.ui.tip);
    }
    ensureAttached(this.ui, this.doc);
    if (focus && !this.open) this.returnFocus = this.doc.activeElement;
    this.anchor = anchor;
    const tip = this.ui.tip;
    const uid = `vl-${++uidCounter}`;
    const body = buildFrame(this.doc, tip, anchor.vendorName, uid, this.t, {
      close: () => this.hide(),
      profile: () => this.deps.openProfile(anchor.vendorId),
      mute: () => {
        this.deps.mute(anchor.vendorId);
        this.hide();
      },
    });
    tip.dataset.vendor = anchor.vendorId;
    showTip(tip);
    this.placeAt(anchor.range);
    this.guard ??= new HostGuard(this.doc, this.ui, {
      open: () => this.open,
      back: () => {
        showTip(this.ui!.tip);
        this.placeAt(this.anchor!.range);
      },
      lost: () => this.hide(),
    });
    this.guard.watch();
    if (focus) this.focus();
    void this.fill(anchor, body, uid, hint);
  }

  private placeAt(range: AbstractRange): void {
    this.stopPlacing?.();
    this.stopPlacing = place(this.doc, range, this.ui!.tip);
  }

  private async fill(
    anchor: Anchor,
    body: HTMLElement,
    uid: string,
    hint: Promise<string | null>,
  ): Promise<void> {
    const [data, strings, shortcut] = await Promise.all([
      this.details(anchor.vendorId),
      this.deps.strings().catch(() => null),
      hint,
    ]);
    if (this.anchor !== anchor) return;
    if (strings && strings.lang !== this.t.lang) {
      // The interface language changed since this card was built: build it again in the new one.
      this.t = translator(strings.lang, strings.messages);
      const again = this.anchor;
      this.anchor = null;
      this.build(again, false, hint);
      return;
    }
    if (!data) {
      this.cache.delete(anchor.vendorId);
      frameUnavailable(this.doc, body, this.t);
      return;
    }
    // The card's own formatting (done in the background) first: no Intl object is made in the page.
    const t = strings ? translator(strings.lang, strings.messages, undefined, data.formatted) : this.t;
    fillFrame(this.doc, this.ui?.tip, body, data, uid, t, shortcut);
  }

  /** A vendor's card data, asked of the background once (a failed answer is asked again next time). */
  private details(vendorId: string): Promise<VendorCard | null> {
    let p = this.cache.get(vendorId);
    if (!p) {
      p = this.deps.details(vendorId).catch(() => null);
      this.cache.set(vendorId, p);
    }
    return p;
  }

  /** Asks for a vendor's card data ahead of its card (the pointer rests on its name during the hover delay). */
  prefetch(vendorId: string): void {
    void this.details(vendorId);
  }

  focus(): void {
    const title = this.ui?.tip.querySelector('h2');
    (title as HTMLElement | null)?.focus({ preventScroll: true });
  }

  hide(): void {
    if (!this.anchor || !this.ui) return;
    const hadFocus = this.ui.host.matches(':focus-within') || this.doc.activeElement === this.ui.host;
    const place = this.anchor.range;
    this.anchor = null;
    this.guard?.stop();
    this.stopPlacing?.();
    this.stopPlacing = null;
    hideTip(this.ui.tip);
    if (hadFocus) giveFocusBack(this.doc, this.returnFocus, place);
    this.returnFocus = null;
    this.onClose?.();
  }
}
