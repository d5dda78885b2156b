/**
 * Content script entry. Wires the scanner (what is marked), the marks (how),
 * hover and keyboard (how a tooltip opens) and the extension messages. One
 * AbortController per activation: turning marking off, for the site or
 * everywhere, is one `stop()`; a stale copy left by an extension reload stops
 * itself when the extension no longer answers.
 */
import { browser, onPageSettingsChanged, readPageSettings, sendToBackground } from '../shared/browser-api.ts';
import { Matcher } from '../matcher/matcher.ts';
import { vendorFlags } from '../shared/bundled-flags.ts';
import { VENDOR_FLAG } from '../shared/vendor-flags.ts';
import { parseMessage, type StatusReply, type VendorCount } from '../shared/messages.ts';
import { isActiveOn } from '../shared/site-rules.ts';
import { MarkFilter, markKey, type MarkSettings } from './mark-filter.ts';
import { LIMITS } from '../shared/limits.ts';
import { Marks } from './highlights.ts';
import { Scanner, type Mention } from './scanner.ts';
import { Scheduler } from './scheduler.ts';
import { LazyTooltip } from './tooltip-loader.ts';
import { visibleBlocks } from './viewport.ts';
import { wireHover } from './interaction.ts';
import { styleShadowRoot } from './highlight-style.ts';
import { whenWorthScanning } from './frame-gate.ts';
import { installTestHook } from './test-hook.ts';

class App {
  private ctrl: AbortController | null = null;
  /** The matcher, once the frame had text to scan (frame-gate.ts); its data comes from the background. */
  private matcher: Matcher | null = null;
  private matcherLoad: Promise<Matcher> | null = null;
  private loading = false;
  /** Time to open the compiled matcher (ms, its data already received), for benchmarks. */
  matcherMs: number | null = null;
  private readonly marks = new Marks();
  readonly tooltip = new LazyTooltip(
    document,
    {
      details: (id) => sendToBackground({ type: 'card', id }),
      openProfile: (id) => void sendToBackground({ type: 'open-profile', id }).catch(() => {}),
      mute: (id) => void sendToBackground({ type: 'mute', id, muted: true }).catch(() => {}),
      strings: () => sendToBackground({ type: 'strings' }),
      hint: () => sendToBackground({ type: 'hint' }),
    },
    () => sendToBackground({ type: 'load-ui' }),
  );
  scanner: Scanner | null = null;
  private scheduler: Scheduler | null = null;
  private reportTimer = 0;
  private marking: MarkSettings = { markMode: 'all', markWhich: 'any', muted: [] };
  private filter = new MarkFilter(this.marking, []);

  /**
   * New marking settings: the mentions already found are filtered again and repainted in one task (no
   * rescan, no moment without marks); before the first scan they take effect when it starts.
   */
  setMarking(s: MarkSettings): void {
    this.marking = s;
    const scanner = this.scanner;
    const voc = this.matcher?.voc;
    if (!scanner || !voc) return;
    this.filter = new MarkFilter(s, voc.ids);
    const open = this.tooltip.current?.range ?? null;
    this.marks.clear();
    for (const m of scanner.ordered()) this.paint(m);
    if (open) this.marks.setActive(open);
  }

  /** Marks a mention if the marking settings want it (strong for a vendor with a binding restriction in force). */
  private paint(m: Mention): void {
    if (this.filter.admit(m))
      this.marks.add(m.range, ((vendorFlags[m.vendor] ?? 0) & VENDOR_FLAG.binding) !== 0);
  }

  get active(): boolean {
    return this.ctrl !== null;
  }
  /** Scan timings (slices, busy ms, longest slice, first mark) for benchmarks and tests. */
  get stats() {
    return this.scheduler?.stats ?? null;
  }
  get idle(): boolean {
    return !this.loading && (this.scheduler?.idle ?? true);
  }
  /** Whether this frame has built its matcher (tests: a frame without text never does). */
  get matcherBuilt(): boolean {
    return this.matcher !== null;
  }

  start(): void {
    if (this.ctrl) return;
    const ctrl = (this.ctrl = new AbortController());
    whenWorthScanning(document, ctrl.signal, () => {
      this.loading = true;
      this.loadMatcher().then(
        (m) => {
          this.loading = false;
          if (!ctrl.signal.aborted) this.begin(m, ctrl);
        },
        () => {
          this.loading = false;
          this.matcherLoad = null;
          if (!browser.runtime?.id) this.stop(); // the extension was reloaded or removed: this copy is stale
        },
      );
    });
  }

  private loadMatcher(): Promise<Matcher> {
    return (this.matcherLoad ??= sendToBackground({ type: 'vocabulary' }).then((voc) => {
      const t0 = performance.now();
      this.matcher = new Matcher(voc);
      this.matcherMs = performance.now() - t0;
      return this.matcher;
    }));
  }

  private begin(matcher: Matcher, ctrl: AbortController): void {
    this.filter = new MarkFilter(this.marking, matcher.voc.ids);
    const scanner = (this.scanner = new Scanner(matcher, {
      skip: (el) => el === this.tooltip.hostElement,
      added: (m) => this.paint(m),
      removed: (m) => {
        this.filter.removed(m);
        this.marks.delete(m.range);
      },
      shadowRoot: (root) => {
        styleShadowRoot(root);
        observer.observe(root, OBSERVE);
        scanner.enqueue(root);
      },
    }));
    const scheduler = (this.scheduler = new Scheduler(scanner, () => this.scheduleReport(), ctrl.signal));
    const observer = new MutationObserver((records) =>
      scheduler.mutated(records.filter((r) => !this.ours(r.target))),
    );
    for (const block of visibleBlocks(document)) scanner.enqueue(block);
    scanner.enqueue(document.body ?? document.documentElement);
    scheduler.runNow(); // the viewport first, in the next task
    observer.observe(document, OBSERVE);
    ctrl.signal.addEventListener('abort', () => observer.disconnect());
    wireHover(document, this, ctrl.signal);
    this.tooltip.onClose = () => this.marks.setActive(null);
  }

  stop(): void {
    this.ctrl?.abort();
    this.ctrl = null;
    this.tooltip.hide();
    this.scanner?.clear();
    this.marks.clear();
    this.scanner = null;
    this.report();
  }

  private ours(n: Node): boolean {
    const host = this.tooltip.hostElement;
    return !!host && (n === host || host.contains(n));
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = window.setTimeout(() => this.report(), LIMITS.countReportDelayMs);
  }

  counts(): VendorCount[] {
    const c = this.scanner?.counts() ?? new Map<number, number>();
    const voc = this.matcher?.voc;
    if (!voc) return [];
    return [...c]
      .map(([v, count]) => ({ id: voc.ids[v]!, name: voc.names[v]!, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  report(): void {
    sendToBackground({ type: 'counts', vendors: this.counts() }).catch(() => {
      if (!browser.runtime?.id) this.stop(); // the extension was reloaded or removed: this copy is stale
    });
  }

  /** Opens the tooltip of a mention, scrolled into view, with focus inside. */
  present(m: Mention, focus: boolean): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.marks.setActive(m.range);
    this.tooltip.show(this.anchorOf(m), { focus });
  }

  anchorOf(m: Mention) {
    const voc = this.matcher!.voc; // a mention exists only once the matcher does
    return { range: m.range, vendorId: voc.ids[m.vendor]!, vendorName: voc.names[m.vendor]! };
  }

  /** Opens the tooltip of a mention pointed at or tapped. */
  hoverShow(m: Mention): void {
    if (!this.filter.isMarked(m)) return;
    this.marks.setActive(m.range);
    this.tooltip.show(this.anchorOf(m), { pointer: true });
  }

  next(): void {
    const list = (this.scanner?.ordered() ?? []).filter((m) => this.filter.reachable(m));
    if (!list.length) return;
    const cur = this.tooltip.current?.range;
    const i = cur ? list.findIndex((m) => m.range === cur) : -1;
    this.present(list[(i + 1) % list.length]!, true);
  }

  reveal(id: string): boolean {
    const m = this.scanner?.ordered().find((x) => this.matcher?.voc.ids[x.vendor] === id);
    if (m) this.present(m, true);
    return !!m;
  }
}

const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributeFilter: ['data-vendor-lens'], // a region that opts out (or back in) later
};

async function main(): Promise<void> {
  const app = new App();
  const host = location.hostname;
  let settings = await readPageSettings();
  let marking = '';
  const apply = () => {
    if (!isActiveOn(settings, host)) return app.stop();
    if (marking !== markKey(settings)) {
      marking = markKey(settings);
      app.setMarking(settings); // marks follow the new settings
    }
    app.start();
  };
  apply();
  // A page (or frame) going away takes its counts with it; one restored from the back/forward cache reports again.
  addEventListener('pagehide', (e) => {
    if (e.isTrusted) void sendToBackground({ type: 'counts', vendors: [] }).catch(() => {});
  });
  addEventListener('pageshow', (e) => {
    if (e.isTrusted && e.persisted) app.report();
  });
  onPageSettingsChanged((s) => {
    settings = s;
    apply();
  });
  browser.runtime.onMessage.addListener((raw: unknown): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg) return undefined;
    switch (msg.type) {
      case 'status':
        return Promise.resolve({ host, active: app.active, vendors: app.counts() } satisfies StatusReply);
      case 'next':
        app.next();
        return Promise.resolve(true);
      case 'reveal':
        return Promise.resolve(app.reveal(msg.id));
      default:
        return undefined;
    }
  });
  installTestHook(app); // the test build only
}

void main();

export type { App };
