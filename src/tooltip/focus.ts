/**
 * Keeps keyboard focus inside the open card: Tab from its last control goes
 * to its first and Shift+Tab from the first to the last (the card is a
 * non-modal dialog, so Esc, a click elsewhere or the close button leave it).
 * Gives focus back when the card that had it closes.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function trapTab(tip: HTMLElement): void {
  tip.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || !e.isTrusted) return;
    const items = [...tip.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (!items.length) return;
    const root = tip.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const outside = !active || !items.includes(active as HTMLElement);
    if (e.shiftKey && (active === first || outside)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || outside)) {
      e.preventDefault();
      first.focus();
    }
  });
}

/** The card had focus and closes: focus goes back to `back` (where it was when the card took it) or to the page at `place`. */
export function giveFocusBack(doc: Document, back: Element | null, place: AbstractRange): void {
  if (back instanceof HTMLElement && back.isConnected && back !== doc.body)
    back.focus({ preventScroll: true });
  else {
    // Nothing to return to: leave focus on the page at the mention's place, so that the next Tab
    // continues from there (the selection is where sequential focus navigation starts).
    (doc.activeElement as HTMLElement | null)?.blur();
    try {
      doc.getSelection()?.collapse(place.startContainer, place.startOffset);
    } catch {
      /* the mention's text is gone */
    }
  }
}
