/**
 * Which frames deserve a scan, decided before anything is built: a frame
 * asks for the matcher only once it has text that could hold a name (a
 * non-space character outside scripts and styles) and, inside a frame, is
 * at least MIN_SIDE px both ways (ad slots are often 0×0, 1×1 or hidden
 * `about:blank` frames). Until then it only watches for text to arrive or
 * the frame to grow, at the cost of one MutationObserver: 200 empty frames
 * cost 200 observers, not 200 matchers.
 */

/** Frames narrower or lower than this (px) are not scanned until they grow. */
const MIN_SIDE = 20;
/** Text nodes looked at for a first non-space character; beyond, the frame is taken to have text. */
const PROBE_NODES = 2000;
/** Pause (ms) before looking again after a change, so a page being built is looked at once. */
const RECHECK_MS = 50;

const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** Whether `doc` has a non-space character in text a scan would read. */
function hasText(doc: Document): boolean {
  const root = doc.body ?? doc.documentElement;
  if (!root) return false;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let k = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++k > PROBE_NODES) return true;
    const parent = n.parentNode as Element | null;
    if (parent && NOT_TEXT.has(parent.localName)) continue;
    if (/\S/.test((n as Text).data)) return true;
  }
  return false;
}

function bigEnough(win: Window): boolean {
  return win === win.top || (win.innerWidth >= MIN_SIDE && win.innerHeight >= MIN_SIDE);
}

/** Calls `go` once, as soon as the frame is worth scanning (now, or after a change); never after `signal` aborts. */
export function whenWorthScanning(doc: Document, signal: AbortSignal, go: () => void): void {
  const win = doc.defaultView!;
  const worth = () => bigEnough(win) && hasText(doc);
  if (worth()) return go();
  const wait = new AbortController();
  const done = () => {
    wait.abort();
    observer.disconnect();
  };
  signal.addEventListener('abort', done, { signal: wait.signal });
  let timer = 0;
  const check = () => {
    if (timer) return;
    timer = win.setTimeout(() => {
      timer = 0;
      if (signal.aborted || !worth()) return;
      done();
      go();
    }, RECHECK_MS);
  };
  const observer = new MutationObserver(check);
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  win.addEventListener('resize', check, { signal: wait.signal });
}
