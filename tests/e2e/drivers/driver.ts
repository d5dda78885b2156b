/**
 * What a scenario written once asks of a browser: open a test page, run code
 * in the page (or one of its frames), real pointer and keyboard input, and
 * what the extension did there — the tooltip and mentions from the test
 * build's probe (src/content/test-hook.ts), the marks from the page's
 * highlight registry; and the extension's own pages (popup, options, welcome;
 * ExtensionTab) and code run in an extension context. Implemented for
 * Chromium (chromium.ts, playwright-core) and Firefox ESR (firefox.ts,
 * puppeteer-core over WebDriver BiDi).
 */
import type { TooltipProbe } from '../../../src/content/test-hook.ts';

export type Point = { x: number; y: number };

/** One open tab. */
export interface Tab {
  /** Errors the page reported so far (the browser's own internal pages' noise left out). */
  readonly errors: string[];
  url(): string;
  /** Runs `fn(arg)` in the page's own world; `arg` is JSON. */
  inPage<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Runs `fn(arg)` in the page world of the frame whose address ends with `frame`. */
  inFrame<R, A = undefined>(frame: string, fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /** Evaluates an expression in the page's own world (PAGE_DOM, LAYOUT). */
  evaluate<T>(expr: string): Promise<T>;
  /** The top-left corner of the element at `selector`, in the viewport (to aim into a frame). */
  corner(selector: string): Promise<Point>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** A real click at a point of the viewport. */
  mouseClick(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  type(text: string, delay: number): Promise<void>;
  waitFor(selector: string, ms: number): Promise<void>;
  /** The tooltip of the page, or of its frame whose address ends with `frame`, as the content script sees it. */
  tooltip(frame?: string): Promise<TooltipProbe | null>;
  /** The content script's mentions in the main frame. */
  mentions(): Promise<string[]>;
  /** The texts of the page's highlights (ours: vendor-lens, vendor-lens-strong). */
  marks(): Promise<string[]>;
  /** Waits until the content script's scan is over. */
  scanned(): Promise<void>;
  /** What the extension found once its scan is over (the mentions where readable, the marks otherwise), sorted. */
  found(): Promise<string[]>;
  /** Fonts loaded, failed loads over and two frames painted: a state to measure the layout in. */
  settle(): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  /** Chromium, Firefox ESR: for the test names. */
  readonly name: string;
  /**
   * Opens `path` on the test server in a new tab, after load waits for the scan: `settled` (over),
   * `started` (the first marks; for pages that never stop changing) or `none`.
   */
  open(path: string, scan?: 'settled' | 'started' | 'none'): Promise<Tab>;
  /** Every address the browser asked for so far. */
  requests(): string[];
  /** Opens the extension's page at `path` (e.g. `src/options/index.html#settings`) in a new tab, once loaded. */
  openExtension(path: string): Promise<ExtensionTab>;
  /** The open tab whose address ends with `suffix` (e.g. a page the extension opened), or null. */
  findExtension(suffix: string): Promise<ExtensionTab | null>;
  /** The addresses of every open tab, as the tabs themselves report them. */
  tabUrls(): Promise<string[]>;
  /** Runs `fn(arg)` in an extension context (`browser` or `chrome` there); `arg` is JSON. */
  inExtension<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  /**
   * Runs `fn(arg)` in the background itself, where the test build's worker hook (`vendorLens`) lives; only
   * where the browser lets a test reach it (Chromium's service worker).
   */
  readonly inBackground?: <R, A = undefined>(fn: (arg: A) => R, arg?: A) => Promise<Awaited<R>>;
  /**
   * Evaluates `expr` in the content script's own world (main frame, or the frame whose address ends with
   * `frame`) where the browser allows it (Chromium over CDP); undefined where it does not (Firefox).
   */
  readonly contentWorld?: <T>(tab: Tab, expr: string, frame?: string) => Promise<T>;
}

/** One tab showing an extension page: DOM input as a user gives it, and the page's own world. */
export interface ExtensionTab {
  /** Replaces the text of the input at `selector`, as typed. */
  fill(selector: string, text: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Clicks the radio button or checkbox at `selector` unless it already is `on`. */
  check(selector: string, on?: boolean): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Gives the file input at `selector` one file called `name` holding `text`. */
  importFile(selector: string, name: string, text: string): Promise<void>;
  /** Clicks `selector` and accepts the confirmation it asks for. */
  confirm(selector: string): Promise<void>;
  /** The text of the first element at `selector`; '' when there is none. */
  text(selector: string): Promise<string>;
  count(selector: string): Promise<number>;
  /** Waits until an element at `selector` is visible. */
  waitFor(selector: string): Promise<void>;
  /** Runs `fn(arg)` in the page (the extension API available); `arg` is JSON. */
  inPage<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<Awaited<R>>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** Page-world function: the texts of our highlights in the document's registry. */
export const highlightTexts = (): string[] =>
  ['vendor-lens', 'vendor-lens-strong']
    .flatMap((k) => [...(CSS.highlights.get(k) ?? [])])
    .map((r) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x.toString();
    });

/** Page-world function: fonts loaded and two frames painted. */
export const painted = (): Promise<unknown> =>
  document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
