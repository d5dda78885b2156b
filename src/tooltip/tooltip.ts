/**
 * The tooltip controller: opens for a mention (hover or keyboard), fills in
 * the vendor's record, stays open while the pointer is over the mention or
 * the tooltip (hoverable and persistent, WCAG 1.4.13), closes with Esc or the
 * close button. Opened from the keyboard it takes focus and gives it back when
 * closed. A card opened by pointer or tap shows the keyboard shortcut in its
 * footer while the background still offers it (the first few cards).
 * Rendering is in render.ts, positioning in position.ts. Its buttons
 * act on trusted activation only (a real click, or Enter/Space on them): a
 * page cannot script them.
 */
import type { VendorCard } from '../shared/vendor-card.ts';
import { createHost, ensureAttached, restore, type Host } from './host.ts';
import { announcement, renderCard } from './render.ts';
import { translator, type Messages, type Translate, type UiLanguage } from '../shared/i18n.ts';
import { trapTab } from './focus.ts';
import { h } from '../shared/dom.ts';
import { place } from './position.ts';

export interface TooltipDeps {
  details(id: string): Promise<VendorCard | null>;
  openProfile(id: string): void;
  /** Stop marking this vendor (settings; undone from the popup or the settings page). */
  mute(id: string): void;
  /** The interface strings in the UI language (asked of the background each time a card fills in). */
  strings(): Promise<{ lang: UiLanguage; messages: Messages }>;
  /** The shortcut to show in a card opened by pointer or tap, or null (asked once per such card). */
  hint(): Promise<string | null>;
}

export interface ShowOptions {
  /** Opened from the keyboard (or the popup): focus moves into the card. */
  focus?: boolean;
  /** Opened by pointer or tap: the footer may show the keyboard shortcut. */
  pointer?: boolean;
}

export interface Anchor {
  range: AbstractRange;
  vendorId: string;
  vendorName: string;
}

let uidCounter = 0;
const MAX_REATTACH = 100;

export class Tooltip {
  private ui: Host | null = null;
  private anchor: Anchor | null = null;
  private stopPlacing: (() => void) | null = null;
  private returnFocus: Element | null = null;
  private guard: MutationObserver | null = null;
  private reattached = 0;
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
    const title = h(this.doc, 'h2', { id: `${uid}-title`, tabindex: '-1' }, anchor.vendorName);
    const t = this.t;
    const close = h(this.doc, 'button', { class: 'close', type: 'button', 'aria-label': t('tipClose') }, '×');
    close.addEventListener('click', (e) => e.isTrusted && this.hide());
    const body = h(this.doc, 'div', { class: 'body' }, h(this.doc, 'p', { class: 'meta' }, t('tipLoading')));
    const live = h(this.doc, 'p', { class: 'sr', role: 'status' });
    const more = h(this.doc, 'button', { class: 'more', type: 'button' }, t('tipProfile'));
    more.addEventListener('click', (e) => e.isTrusted && this.deps.openProfile(anchor.vendorId));
    const mute = h(
      this.doc,
      'button',
      { class: 'more', type: 'button' },
      t('tipMute', { name: anchor.vendorName }),
    );
    mute.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      this.deps.mute(anchor.vendorId);
      this.hide();
    });
    const footer = h(this.doc, 'footer', {}, more, mute, h(this.doc, 'span', { class: 'asof' }, ''));
    tip.replaceChildren(h(this.doc, 'header', {}, title, close), body, live, footer);
    tip.setAttribute('lang', t.lang);
    tip.setAttribute('aria-labelledby', title.id);
    tip.dataset.vendor = anchor.vendorId;
    this.reveal();
    this.stopPlacing?.();
    this.stopPlacing = place(this.doc, anchor.range, tip);
    this.watchRemoval();
    if (focus) this.focus();
    void this.fill(anchor, body, uid, hint);
  }

  /**
   * A page that throws our host away while the tooltip is open gets it back (a bounded number of times);
   * attributes it sets on the host (style, hidden, inert, popover…) are undone.
   */
  private watchRemoval(): void {
    this.reattached = 0;
    if (this.guard) return;
    this.guard = new MutationObserver(() => {
      if (!this.ui || !this.anchor) return;
      restore(this.ui.host);
      if (this.ui.host.isConnected) return;
      if (++this.reattached > MAX_REATTACH) {
        this.hide();
        return;
      }
      ensureAttached(this.ui, this.doc);
      this.reveal();
      this.stopPlacing?.();
      this.stopPlacing = place(this.doc, this.anchor.range, this.ui.tip);
    });
    this.guard.observe(this.doc.documentElement, { childList: true });
    this.guard.observe(this.ui!.host, { attributes: true });
  }

  private reveal(): void {
    const tip = this.ui!.tip;
    try {
      if (tip.hasAttribute('popover') && !tip.matches(':popover-open')) tip.showPopover();
    } catch {
      // Popover unsupported or refused: the .open class shows it in place.
    }
    tip.classList.add('open');
  }

  private async fill(
    anchor: Anchor,
    body: HTMLElement,
    uid: string,
    hint: Promise<string | null>,
  ): Promise<void> {
    let p = this.cache.get(anchor.vendorId);
    if (!p) {
      p = this.deps.details(anchor.vendorId).catch(() => null);
      this.cache.set(anchor.vendorId, p);
    }
    const [data, strings, shortcut] = await Promise.all([p, this.deps.strings().catch(() => null), hint]);
    if (this.anchor !== anchor) return;
    if (strings && strings.lang !== this.t.lang) {
      // The interface language changed since this card was built: build it again in the new one.
      this.t = translator(strings.lang, strings.messages);
      const again = this.anchor;
      this.anchor = null;
      this.build(again, false, hint);
      return;
    }
    const t = this.t;
    if (!data) {
      this.cache.delete(anchor.vendorId);
      body.replaceChildren(h(this.doc, 'p', { class: 'meta' }, t('tipUnavailable')));
      return;
    }
    body.replaceChildren(...renderCard(this.doc, data, uid, t));
    const tip = this.ui?.tip;
    const asOf = tip?.querySelector('.asof');
    if (asOf) asOf.textContent = t('tipAsOf', { date: t.date(data.asOf) });
    if (shortcut) asOf?.after(h(this.doc, 'p', { class: 'hint' }, t('tipShortcutHint', { shortcut })));
    const live = tip?.querySelector('[role=status]');
    if (live) live.textContent = announcement(data, t);
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
    this.guard?.disconnect();
    this.guard = null;
    this.stopPlacing?.();
    this.stopPlacing = null;
    const tip = this.ui.tip;
    tip.classList.remove('open');
    try {
      if (tip.matches(':popover-open')) tip.hidePopover();
    } catch {
      /* already hidden */
    }
    if (hadFocus) {
      const back = this.returnFocus;
      if (back instanceof HTMLElement && back.isConnected && back !== this.doc.body)
        back.focus({ preventScroll: true });
      else {
        // Nothing to return to: leave focus on the page at the mention's place, so that the next Tab
        // continues from there (the selection is where sequential focus navigation starts).
        (this.doc.activeElement as HTMLElement | null)?.blur();
        try {
          this.doc.getSelection()?.collapse(place.startContainer, place.startOffset);
        } catch {
          /* the mention's text is gone */
        }
      }
    }
    this.returnFocus = null;
    this.onClose?.();
  }
}
