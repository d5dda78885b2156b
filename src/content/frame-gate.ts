/**
 * Which frames deserve the scanner, decided before anything is built (the
 * gate, gate.ts): a frame asks for it only once it is at least MIN_SIDE px
 * both ways (ad slots are often 0×0, 1×1 or hidden) and the text a scan would
 * read, open shadow roots included, passes the anchor screen (a native regex:
 * matcher/anchor-screen.ts). Until then it watches what is added or changed,
 * at the cost of one MutationObserver, and screens only that: 200 empty
 * frames cost 200 observers, not 200 scanners. A long page is read only up to
 * its first possible name; more than SCREEN_BUDGET code units in one look
 * let the frame through undecided (the scanner reads in time slices).
 */
import { shadowHostCandidates } from '../page-text/prefilter-scope.ts';
import { FULL_SHADOW_SEARCH_MAX, SHADOW_SEARCH_MAX_TEXT } from '../shared/limits.ts';

/** Frames narrower or lower than this (px) are not scanned until they grow. */
const MIN_SIDE = 20;
/** Pause (ms) before looking at changes, so a page being built is looked at once. */
const RECHECK_MS = 50;
/** Code units screened at a time (Portions below): the first portion is small (a name is usually early), then ×4 up to the most. */
const FIRST_PORTION = 2048,
  PORTION = 1 << 16;
const OVERLAP = 256;
/**
 * Code units one look may screen: past them the frame is let through without
 * a decision (the scanner reads in time slices, the gate in one task), so a
 * 10 MB log without names costs the gate about 10 ms, not a frozen tab.
 */
const SCREEN_BUDGET = 1 << 20;
/** Text under these is never scanned (element-kinds.ts skips more: reading it only lets more frames through). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

type Screen = (text: string) => boolean;

/** Roots of up to this many elements are screened whole first (scripts included), in one native read. */
const SMALL_ROOT = 1000;

/** Text screened in portions as it is read; `take` is true once a portion passes, or the budget is spent. */
class Portions {
  private parts: string[] = [];
  private size = 0;
  private limit = FIRST_PORTION;
  length = 0;
  constructor(private readonly screen: Screen) {}

  take(text: string): boolean {
    if (this.length + text.length > SCREEN_BUDGET) return true; // too much for one look: the scanner decides
    this.parts.push(text);
    this.size += text.length;
    this.length += text.length;
    return this.size >= this.limit && this.flush();
  }

  /** Screens what is buffered; keeps its last OVERLAP code units, so a name across two portions is still seen. */
  flush(): boolean {
    const text = this.parts.join('');
    if (this.screen(text)) return true;
    this.parts = [text.slice(-OVERLAP)];
    this.size = this.parts[0]!.length;
    this.limit = Math.min(PORTION, this.limit * 4);
    return false;
  }
}

/**
 * Feeds `read` the text nodes a scan could read under `root`, in document
 * order (text in scripts, styles and the like is its element's only child);
 * stops as soon as a portion passes, so a long page is read up to its first
 * possible name only.
 */
function readText(root: Node, read: Portions): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentNode as Element | null;
    if (!(parent && NOT_TEXT.has(parent.localName)) && read.take(n.data)) return true;
  }
  return read.flush();
}

/**
 * Whether the text under `root` (a document, element or shadow root) may
 * hold a name. A small root is screened whole first, scripts included, in one
 * native read (most frames stop there); else, or if that passes, its text
 * nodes outside scripts and styles (which often name vendors: "googletag")
 * are read and screened until a portion passes.
 */
function rootPasses(root: Node, screen: Screen): boolean {
  const scope = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element | null;
  if (!scope || (root.nodeType === 9 && isEmpty(root as Document, scope))) return false;
  const small = smallRoot(scope);
  if (small) {
    if (small.length > SCREEN_BUDGET) return true; // not read at all: a 10 MB log costs a frame nothing here
    if (!screen(scope.textContent ?? '')) return small.hosts.some((sr) => rootPasses(sr, screen));
  }
  const exact = new Portions(screen);
  return readText(root, exact) || shadowRoots(root, exact.length).some((sr) => rootPasses(sr, screen));
}

/**
 * A document with nothing in its body (about:blank, an ad slot not filled
 * yet): nothing to read, nowhere a shadow root can be. Told from two
 * properties, so such a frame's script world never builds the bindings of
 * the walker, its other elements or the screen's expression (200 empty
 * frames: 3.6 MB of renderer memory less). What is added later is screened as
 * it comes (whenNamesMayBeHere).
 */
function isEmpty(doc: Document, html: Element): boolean {
  const body = doc.body;
  return body !== null && html.childElementCount <= 2 && !body.hasChildNodes();
}

/**
 * What a look at a small root needs, in one walk: the length of its text and
 * the open shadow roots under it (itself included); null if it has more than
 * SMALL_ROOT elements. Counted only that far (a live collection's index or
 * length costs a full count: 20 ms on 200,000 elements), and the text is not
 * built: its nodes' lengths are summed, so a 10 MB log is let through unread.
 */
function smallRoot(scope: Element | ShadowRoot): { length: number; hosts: ShadowRoot[] } | null {
  const hosts: ShadowRoot[] = [];
  if ('shadowRoot' in scope && scope.shadowRoot) hosts.push(scope.shadowRoot);
  const walker = (scope.ownerDocument ?? (scope as unknown as Document)).createTreeWalker(
    scope,
    5 /* SHOW_ELEMENT | SHOW_TEXT */,
  );
  let k = 0,
    length = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.nodeType === 3) length += (n as Text).data.length;
    else if (++k > SMALL_ROOT) return null;
    else {
      const sr = (n as Element).shadowRoot;
      if (sr) hosts.push(sr);
    }
  return { length, hosts };
}

/** The open shadow roots of `scope` and the elements under it. */
function hostedRoots(scope: Element | ShadowRoot, els: ArrayLike<Element>): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  if ('shadowRoot' in scope && scope.shadowRoot) out.push(scope.shadowRoot);
  for (let i = 0; i < els.length; i++) {
    const sr = els[i]!.shadowRoot;
    if (sr) out.push(sr);
  }
  return out;
}

/** The open shadow roots under `root`, looked for within the scanner's own bounds (prefilter-scope.ts). */
function shadowRoots(root: Node, textLength: number): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const scope = (root.nodeType === 9 ? (root as Document).documentElement : root) as Element;
  const els = scope.getElementsByTagName?.('*') ?? (scope as ParentNode).querySelectorAll('*');
  const out: ShadowRoot[] = [];
  if (els.length > FULL_SHADOW_SEARCH_MAX) {
    for (const el of shadowHostCandidates(scope, doc, textLength))
      if (typeof el !== 'number' && el.shadowRoot) out.push(el.shadowRoot);
    return out;
  }
  // A moderate root: every element, read directly (no walker, no generator).
  return textLength > SHADOW_SEARCH_MAX_TEXT ? out : hostedRoots(scope, els);
}

function bigEnough(win: Window): boolean {
  return win === win.top || (win.innerWidth >= MIN_SIDE && win.innerHeight >= MIN_SIDE);
}

/**
 * Calls `go` once, as soon as the frame's text passes `screen` and the frame
 * is big enough: now, or after a change (only what changed is screened) or a
 * resize. Returns a function that stops watching.
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
