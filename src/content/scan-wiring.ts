/**
 * One activation's scan: the scanner (what is found), its scheduler (when it
 * works), and the mutation observer that feeds it changes of the page and of
 * every shadow root found, never of our own host. The viewport is scanned
 * first, then the whole document. The viewport is looked for when the
 * browser has just laid the page out for its next frame: reading the scroll
 * position in the task that starts the scan laid out, inside our task, a
 * page that had changed since its last frame (a table of 1,000 rows just
 * rewritten: 60–100 ms of the page's own layout, in one task of ours).
 * Aborting `signal` ends it.
 */
import type { Matcher } from '../matcher/matcher.ts';
import type { Mention } from './mentions.ts';
import { Scanner } from './scanner.ts';
import { Scheduler } from './scheduler.ts';
import { visibleBlocks } from './viewport.ts';
import { styleShadowRoot } from './highlight-style.ts';

const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributeFilter: ['data-vendor-lens'], // a region that opts out (or back in) later
};

/** Longest wait (ms) for the page's next frame before the viewport is looked for regardless. */
const VIEWPORT_WAIT_MS = 100;

export interface ScanHooks {
  /** An element never read (our tooltip's host). */
  skip(el: Element): boolean;
  /** A node of ours, whose changes are not the page's. */
  ours(n: Node): boolean;
  added(m: Mention): void;
  removed(m: Mention): void;
  /** The counts may have changed. */
  changed(): void;
}

export function startScan(
  matcher: Matcher,
  hooks: ScanHooks,
  signal: AbortSignal,
  since?: number,
): { scanner: Scanner; scheduler: Scheduler } {
  const scanner = new Scanner(matcher, {
    skip: hooks.skip,
    added: hooks.added,
    removed: hooks.removed,
    shadowRoot: (root) => {
      styleShadowRoot(root);
      observer.observe(root, OBSERVE);
      scanner.enqueue(root);
    },
  });
  const scheduler = new Scheduler(scanner, hooks.changed, signal);
  const observer = new MutationObserver((records) =>
    scheduler.mutated(records.filter((r) => !hooks.ours(r.target))),
  );
  scanner.enqueue(document.body ?? document.documentElement);
  // The viewport first, looked for in the page's next rendering step, once it is laid out (see the
  // top), and put before the document in the queue; or after VIEWPORT_WAIT_MS, in a frame the
  // browser does not render (one out of view). A hidden page is not rendered and has nothing on
  // screen: its scan begins at once.
  if (document.visibilityState === 'hidden') scheduler.runNow(since);
  else {
    let looked = false;
    const look = () => {
      frame.disconnect();
      if (looked || signal.aborted) return;
      looked = true;
      for (const block of visibleBlocks(document).reverse()) scanner.enqueue(block, { first: true });
      scheduler.runNow();
    };
    // A resize observer's first report comes in the browser's next rendering step, right after layout.
    const frame = new ResizeObserver(look);
    frame.observe(document.documentElement);
    setTimeout(look, VIEWPORT_WAIT_MS);
  }
  observer.observe(document, OBSERVE);
  signal.addEventListener('abort', () => observer.disconnect());
  return { scanner, scheduler };
}
