/**
 * Keeps an open card on a page that fights it: a page that throws our host
 * away gets it back (a bounded number of times per card, then the card
 * closes); attributes it sets on the host (style, hidden, inert, popover…)
 * are undone.
 */
import { ensureAttached, restore, type Host } from './host.ts';

const MAX_REATTACH = 100;

export interface GuardEvents {
  /** A card is open (nothing to guard otherwise). */
  open(): boolean;
  /** The host is back on the page: show the card again where it was. */
  back(): void;
  /** Removed too often: give up (close the card). */
  lost(): void;
}

export class HostGuard {
  private observer: MutationObserver | null = null;
  private reattached = 0;

  constructor(
    private readonly doc: Document,
    private readonly ui: Host,
    private readonly on: GuardEvents,
  ) {}

  /** Starts watching (a new card: its count of re-attachments starts again). */
  watch(): void {
    this.reattached = 0;
    if (this.observer) return;
    this.observer = new MutationObserver(() => {
      if (!this.on.open()) return;
      restore(this.ui.host);
      if (this.ui.host.isConnected) return;
      if (++this.reattached > MAX_REATTACH) {
        this.on.lost();
        return;
      }
      ensureAttached(this.ui, this.doc);
      this.on.back();
    });
    this.observer.observe(this.doc.documentElement, { childList: true });
    this.observer.observe(this.ui.host, { attributes: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
