/**
 * The one element Vendor Lens adds to a page: a host for a shadow root
 * that holds the tooltip. Created lazily (first tooltip), once; a host left by
 * an earlier injection (extension reload) is removed first; re-attached if the
 * page removes it. Styles are adopted into the shadow root (a <style> inside
 * it where adoption is not allowed), so page CSS cannot reach in and ours
 * cannot leak out. The tooltip sits in the top layer (popover), above any
 * z-index the page uses.
 *
 * Hostile pages: the host is a built-in `div` (a custom-element name would
 * run whatever constructor the page defined for it first, and hand it
 * `attachInternals()`), its shadow root is closed and only this code holds
 * the reference, so no page script can read, restyle or rewrite the
 * tooltip. Attributes a page sets on the host are put back (restore()).
 */
import { TOOLTIP_CSS } from './styles.ts';
import { HOST_ATTR } from '../shared/host-tag.ts';

const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important; pointer-events: auto !important;';

export interface Host {
  host: HTMLElement;
  root: ShadowRoot;
  tip: HTMLElement;
}

function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Not allowed in this context (e.g. some content-script worlds): fall back below.
  }
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  root.append(style);
}

const HOST_ATTRS: Record<string, string> = {
  style: HOST_STYLE,
  'data-vendor-lens': 'off', // never scanned, by us or a second copy of us
  [HOST_ATTR]: '',
};

/** Puts the host's attributes back as we set them (a page may have added, changed or removed some). */
export function restore(host: HTMLElement): void {
  for (const a of [...host.attributes]) if (!(a.name in HOST_ATTRS)) host.removeAttribute(a.name);
  for (const [k, v] of Object.entries(HOST_ATTRS)) if (host.getAttribute(k) !== v) host.setAttribute(k, v);
}

export function createHost(doc: Document): Host {
  for (const old of doc.querySelectorAll(`div[${HOST_ATTR}]`)) old.remove();
  const host = doc.createElement('div');
  restore(host);
  // Closed: the page gets null from host.shadowRoot and no other way in.
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(root, doc);
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'dialog');
  tip.setAttribute('aria-modal', 'false');
  if ('popover' in tip) tip.setAttribute('popover', 'manual');
  root.append(tip);
  doc.documentElement.append(host);
  return { host, root, tip };
}

export function ensureAttached(h: Host, doc: Document): void {
  restore(h.host);
  if (!h.host.isConnected) doc.documentElement.append(h.host);
}

/** Shows the tip in the top layer (popover) or, where that is refused, in place. */
export function showTip(tip: HTMLElement): void {
  try {
    if (tip.hasAttribute('popover') && !tip.matches(':popover-open')) tip.showPopover();
  } catch {
    // Popover unsupported or refused: the .open class shows it in place.
  }
  tip.classList.add('open');
}

export function hideTip(tip: HTMLElement): void {
  tip.classList.remove('open');
  try {
    if (tip.matches(':popover-open')) tip.hidePopover();
  } catch {
    /* already hidden */
  }
}
