/**
 * Which frames deserve the scanner, decided before anything is built (the
 * gate, gate.ts): a frame asks for it only once it is at least MIN_SIDE px
 * both ways (ad slots are often 0×0, 1×1 or hidden) and the text a scan would
 * read, open shadow roots included, passes the anchor screen (a native regex:
 * matcher/anchor-screen.ts). Until then it watches what is added or changed,
 * at the cost of one MutationObserver, and screens only that: 200 empty
 * frames cost 200 observers, not 200 scanners.
 */
import { shadowHostCandidates } from '../page-text/prefilter-scope.ts';
import { LIMITS } from '../shared/limits.ts';

/** Frames narrower or lower than this (px) are not scanned until they grow. */
const MIN_SIDE = 20;
/** Pause (ms) before looking at changes, so a page being built is looked at once. */
const RECHECK_MS = 50;
/** Code units screened at a time, each portion with the OVERLAP before it, so a name across two is still seen. */
const PORTION = 1 << 16;
const OVERLAP = 256;
/** Text under these is never scanned (element-kinds.ts skips more: reading it only lets more frames through). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

type Screen = (text: string) => boolean;

/** Text under these is never scanned (element-kinds.ts skips more: reading it only lets more frames through). */
const NOT_TEXT_SELECTOR = [...NOT_TEXT].join(',');

/**
 * The text a scan could read under `node`, as native `textContent` reads of
 * the largest subtrees without scripts or styles (one call on most pages).
 */
function readText(node: Node, out: string[]): void {
  if (node.nodeType === 3) return void out.push((node as Text).data);
  if (node.nodeType === 1 && NOT_TEXT.has((node as Element).localName)) return;
  const el = node as ParentNode & Node;
  if (node.nodeType !== 9 && !el.querySelector?.(NOT_TEXT_SELECTOR))
    return void out.push(node.textContent ?? '');
  for (let c = node.firstChild; c; c = c.nextSibling) readText(c, out);
}

/** Whether `text` may hold a name, screened in portions (each with the OVERLAP before it). */
function textPasses(text: string, screen: Screen): boolean {
  for (let i = 0; i < text.length; i += PORTION)
    if (screen(text.slice(Math.max(0, i - OVERLAP), i + PORTION))) return true;
  return false;
}

/**
 * Whether the text under `root` (a document, element or shadow root) may
 * hold a name. All of its text is screened first in one native read; only if
 * that passes is it read again without scripts and styles (which often name
 * vendors: "googletag").
 */
function rootPasses(root: Node, screen: Screen): boolean {
  const all = (root.nodeType === 9 ? (root as Document).documentElement : root)?.textContent ?? '';
  if (textPasses(all, screen)) {
    const parts: string[] = [];
    readText(root, parts);
    if (textPasses(parts.join(''), screen)) return true;
  }
  return shadowRoots(root, all.length).some((sr) => rootPasses(sr, screen));
}

/** The open shadow roots under `root`, looked for within the scanner's own bounds (prefilter-scope.ts). */
function shadowRoots(root: Node, textLength: number): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const scope = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element | null;
  if (!scope) return [];
  const els = scope.getElementsByTagName?.('*') ?? (scope as ParentNode).querySelectorAll('*');
  const out: ShadowRoot[] = [];
  if (els.length > LIMITS.fullShadowSearchMax) {
    for (const el of shadowHostCandidates(scope, doc, textLength))
      if (typeof el !== 'number' && el.shadowRoot) out.push(el.shadowRoot);
    return out;
  }
  if (textLength > LIMITS.shadowSearchMaxText) return out;
  // A moderate root: every element, read directly (no walker, no generator: most frames have a handful).
  if (scope.shadowRoot) out.push(scope.shadowRoot);
  for (let i = 0; i < els.length; i++) {
    const sr = els[i]!.shadowRoot;
    if (sr) out.push(sr);
  }
  return out;
}

function bigEnough(win: Window): boolean {
  return win === win.top || (win.innerWidth >= MIN_SIDE && win.innerHeight >= MIN_SIDE);
}

/**
 * Calls `go` once, as soon as the frame is big enough and its text passes
 * `screen`: now, or after a change (only what changed is screened, unless the
 * frame just grew). Returns a function that stops watching.
 */
export function whenNamesMayBeHere(doc: Document, screen: Screen, go: () => void): () => void {
  const win = doc.defaultView!;
  // The text first: reading a frame's size lays it out, and most frames stop at the text.
  let passed = rootPasses(doc, screen);
  if (passed && bigEnough(win)) {
    go();
    return () => {};
  }
  let pending = new Set<Node>(),
    timer = 0;
  // Text that passed and a frame still too small: the frame's growing (a resize) is looked at.
  const stop = () => {
    observer.disconnect();
    win.removeEventListener('resize', onResize);
    clearTimeout(timer);
  };
  const check = () => {
    timer = 0;
    const roots = pending;
    pending = new Set();
    passed ||= [...roots].some((r) => r.isConnected && rootPasses(r, screen));
    if (passed && bigEnough(win)) {
      stop();
      go();
    }
  };
  const later = () => {
    timer ||= win.setTimeout(check, RECHECK_MS);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records)
      if (r.type === 'characterData') pending.add(r.target.parentNode ?? r.target);
      else for (const n of r.addedNodes) pending.add(n.nodeType === 3 ? (n.parentNode ?? n) : n);
    later();
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  const onResize = () => later();
  win.addEventListener('resize', onResize);
  return stop;
}
