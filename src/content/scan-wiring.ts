/**
 * One activation's scan: the scanner (what is found), its scheduler (when it
 * works), and the mutation observer that feeds it changes of the page and of
 * every shadow root found, never of our own host. The viewport is scanned
 * first, then the whole document. Aborting `signal` ends it.
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
  for (const block of visibleBlocks(document)) scanner.enqueue(block);
  scanner.enqueue(document.body ?? document.documentElement);
  scheduler.runNow(since); // the viewport first, in the next task
  observer.observe(document, OBSERVE);
  signal.addEventListener('abort', () => observer.disconnect());
  return { scanner, scheduler };
}
