/**
 * Keeps keyboard focus inside the open card: Tab from its last control goes
 * to its first and Shift+Tab from the first to the last (the card is a
 * non-modal dialog, so Esc, a click elsewhere or the close button leave it).
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
