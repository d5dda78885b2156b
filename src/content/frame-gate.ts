/**
 * Which frames deserve the scanner, decided before anything is built (the
 * gate, gate.ts): a frame asks for it only once it is at least MIN_SIDE px
 * both ways (ad slots are often 0×0, 1×1 or hidden) and the text a scan would
 * read, open shadow roots included, passes the anchor screen (a native regex:
 * matcher/anchor-screen.ts). Until then it watches what is added or changed,
 * at the cost of one MutationObserver, and screens only that: 200 empty
 * frames cost 200 observers, not 200 scanners. Only small roots are
 * screened: one of more than SMALL_ROOT elements (SMALL_TOP in the top frame)
 * is a page, not an ad slot, and is let through unread, as is more than
 * SCREEN_BUDGET code units of text: the scanner reads those natively in
 * batches, in time slices, where the gate would visit every node from script
 * in one task (14 ms on a news article of 1,500 elements, in a new script
 * world: most of it making the world's wrappers of the page's nodes).
 */
/** Frames narrower or lower than this (px) are not scanned until they grow. */
const MIN_SIDE = 20;
/** Pause (ms) before looking at changes, so a page being built is looked at once. */
const RECHECK_MS = 50;
/** Code units screened at a time (Portions below): the first portion is small (a name is usually early), then ×4 up to the most. */
const FIRST_PORTION = 2048,
  PORTION = 1 << 16;
const OVERLAP = 256;
/**
 * Code units of text a root may have to be screened: past them it is let
 * through unread (the scanner reads in time slices, the gate in one task), so
 * a 10 MB log costs the gate one walk over its few nodes, not a frozen tab.
 */
const SCREEN_BUDGET = 1 << 20;
/** Text under these is never scanned (element-kinds.ts skips more: reading it only lets more frames through). */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);

/** The anchor screen (matcher/anchor-screen.ts): `release` after each look that finds nothing, so an idle frame holds no compiled expression. */
interface Screen {
  passes(text: string): boolean;
  release(): void;
}

/**
 * Roots of up to this many elements are screened (an ad slot, a widget); a
 * bigger one is let through. In the top frame, the page being read, fewer:
 * it holds a name far more often than not, and walking its first thousand
 * elements in a new script world cost a news article 7 ms before it was let
 * through anyway.
 */
const SMALL_ROOT = 1000,
  SMALL_TOP = 200;

/**
 * Whether this is the top frame, asked only of a root of more than SMALL_TOP
 * elements: from a frame, reading `top` makes the top frame's script world
 * for this extension if the gate has not run there yet (about 3 ms in all
 * on a page of 30 ad frames, inside the frame's script), where the browser
 * would make it anyway when it injects the gate there, outside any script.
 */
type IsTop = () => boolean;

/**
 * Text screened in portions as it is read; `take` is true once a portion
 * passes. Only a small root is read, whose text rootPasses has measured
 * within SCREEN_BUDGET.
 */
class Portions {
  private parts: string[] = [];
  private size = 0;
  private limit = FIRST_PORTION;
  constructor(private readonly screen: Screen) {}

  take(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.limit && this.flush();
  }

  /** Screens what is buffered; keeps its last OVERLAP code units, so a name across two portions is still seen. */
  flush(): boolean {
    const text = this.parts.join('');
    if (this.screen.passes(text)) return true;
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
 * native read (most frames stop there); if that passes, its text nodes
 * outside scripts and styles (which often name vendors: "googletag") are read
 * and screened until a portion passes; else its open shadow roots are. A root
 * of more than SMALL_ROOT elements (SMALL_TOP in the top frame), or more than
 * SCREEN_BUDGET code units of text, passes unread. A document is looked at
 * from its body (textScope).
 */
function rootPasses(root: Node, screen: Screen, isTop: IsTop): boolean {
  const scope = root.nodeType === 9 ? textScope(root as Document) : (root as Element | ShadowRoot);
  if (!scope) return false;
  const small = smallRoot(scope, isTop);
  if (!small || small.length > SCREEN_BUDGET) return true; // a page, or a 10 MB log: the scanner reads it in slices
  if (screen.passes(scope.textContent ?? '') && readText(scope, new Portions(screen))) return true;
  return small.hosts.some((sr) => rootPasses(sr, screen, isTop));
}

/**
 * Where a document's text is looked at: what the scanner reads
 * (scan-wiring.ts), its body (the head's scripts, styles and title are never
 * scanned, an ad frame's head scripts often name vendors, "googletag", and
 * its elements are not counted against the limit), or <html> in a document
 * without one. Null when there is nothing to read: an empty body
 * (about:blank, an ad slot not filled yet), or no element. Asked of the
 * document with selectors, so that such a frame's script world makes no
 * wrapper of any element (its first wrapper of an element builds the
 * bindings of the element's whole interface chain in that world) and never
 * builds the walker or the screen's expression. What is added later is
 * screened as it comes (whenNamesMayBeHere).
 */
function textScope(doc: Document): Element | null {
  if (doc.querySelector('body:not(:empty)')) return doc.body;
  // No body with content: an empty one (null, no wrapper made), or none at all (the root element).
  return doc.querySelector(':root:not(:has(> body))');
}

/**
 * What a look at a small root needs, in one walk: the length of its text and
 * the open shadow roots under it (itself included); null if it has more than
 * SMALL_ROOT elements, or SMALL_TOP in the top frame. An element is first
 * sized natively: its live collection of descendants is asked for one item
 * past the limit, which walks that far and makes no wrapper but the item's
 * (its length or an index would count every element: 20 ms on 200,000).
 * Walking a news article's first SMALL_TOP elements from script, only to let
 * it through, cost the top frame 3–12 ms in a new script world. The text is
 * not built: its nodes' lengths are summed, so a 10 MB log is let through
 * unread.
 */
function smallRoot(
  scope: Element | ShadowRoot,
  isTop: IsTop,
): { length: number; hosts: ShadowRoot[] } | null {
  if ('getElementsByTagName' in scope) {
    const all = scope.getElementsByTagName('*');
    if (all.item(SMALL_TOP) && (all.item(SMALL_ROOT) || isTop())) return null;
  }
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
    else if (++k > SMALL_TOP && (k > SMALL_ROOT || isTop())) return null;
    else {
      const sr = (n as Element).shadowRoot;
      if (sr) hosts.push(sr);
    }
  return { length, hosts };
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
  let top: boolean | undefined;
  const isTop = () => (top ??= win === win.top);
  // The text first: reading a frame's size lays it out, and most frames stop at the text.
  let passed = rootPasses(doc, screen, isTop);
  screen.release();
  if (passed && bigEnough(win)) {
    go();
    return () => {};
  }
  let pending = new Set<Node>(),
    timer = 0,
    watchingSize = false;
  const later = () => {
    timer ||= win.setTimeout(check, RECHECK_MS);
  };
  // Only once the text has passed in a frame still too small is the frame's growing (a resize) looked at.
  const watchSize = () => {
    if (!watchingSize) win.addEventListener('resize', later);
    watchingSize = true;
  };
  const stop = () => {
    observer.disconnect();
    if (watchingSize) win.removeEventListener('resize', later);
    clearTimeout(timer);
  };
  const check = () => {
    timer = 0;
    const roots = pending;
    pending = new Set();
    passed ||= [...roots].some((r) => r.isConnected && rootPasses(r, screen, isTop));
    screen.release();
    if (!passed) return;
    if (bigEnough(win)) {
      stop();
      go();
    } else watchSize();
  };
  const observer = new MutationObserver((records) => {
    for (const r of records)
      if (r.type === 'characterData') pending.add(r.target.parentNode ?? r.target);
      else for (const n of r.addedNodes) pending.add(n.nodeType === 3 ? (n.parentNode ?? n) : n);
    later();
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  if (passed) watchSize();
  return stop;
}
