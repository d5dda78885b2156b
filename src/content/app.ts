/**
 * The content script's App: one activation at a time (an AbortController;
 * turning marking off is one `stop()`), the matcher loaded from the
 * background when marking starts (this code is in the frame because its
 * gate, gate.ts, found text that may hold a name), the scan
 * (scan-wiring.ts), what is painted (painter.ts), the counts reported to the
 * background, and the tooltip on a mention (mention-tooltip.ts). A
 * stale copy left by an extension reload stops itself when the extension no
 * longer answers.
 */
import { native, sendToBackground } from '../shared/browser-api.ts';
import { Matcher } from '../matcher/matcher.ts';
import type { VendorCount } from '../shared/messages.ts';
import { COUNT_REPORT_DELAY_MS } from '../shared/limits.ts';
import type { MarkSettings } from './mark-filter.ts';
import { Painter } from './painter.ts';
import type { Mention } from './mentions.ts';
import type { Scanner } from './scanner.ts';
import type { Scheduler } from './scheduler.ts';
import { MentionTooltip } from './mention-tooltip.ts';
import { wireHover } from './interaction.ts';
import { startScan } from './scan-wiring.ts';
import { codeUnitOrder } from '../shared/order.ts';

export class App {
  private ctrl: AbortController | null = null;
  /** The matcher, loaded when marking starts (the gate, gate.ts, injected this script because the frame may hold a name); its data comes from the background. */
  private matcher: Matcher | null = null;
  private matcherLoad: Promise<Matcher> | null = null;
  private loading = false;
  /** Time to open the compiled matcher (ms, its data already received), for benchmarks. */
  matcherMs: number | null = null;
  /** When the task that built the matcher began (performance.now()). */
  private startTaskAt = 0;
  private readonly painter = new Painter();
  private readonly view = new MentionTooltip(this.painter, () => this.matcher);
  readonly tooltip = this.view.tooltip;
  scanner: Scanner | null = null;
  private scheduler: Scheduler | null = null;
  private reportTimer = 0;

  /**
   * New marking settings: the mentions already found are filtered again and repainted in one task (no
   * rescan, no moment without marks); before the first scan they take effect when it starts.
   */
  setMarking(s: MarkSettings): void {
    const voc = this.scanner && this.matcher?.voc;
    this.painter.setSettings(
      s,
      voc
        ? { mentions: this.scanner!.ordered(), ids: voc.ids, active: this.tooltip.current?.range ?? null }
        : undefined,
    );
  }

  get active(): boolean {
    return this.ctrl !== null;
  }
  /** Scan timings (slices, busy ms, longest slice, first mark) for benchmarks and tests. */
  get stats() {
    return this.scheduler?.stats ?? null;
  }
  get idle(): boolean {
    return !this.loading && (this.scheduler?.idle ?? true) && !this.painter.settling;
  }

  start(): void {
    if (this.ctrl) return;
    const ctrl = (this.ctrl = new AbortController());
    this.loading = true;
    const asked = performance.now();
    this.loadMatcher().then(
      (m) => {
        this.loading = false;
        // The task that begins the scan began when the matcher was built, or (one built before) now.
        if (!ctrl.signal.aborted) this.begin(m, ctrl, Math.max(asked, this.startTaskAt));
      },
      () => {
        this.loading = false;
        this.matcherLoad = null;
        if (!native().runtime?.id) this.stop(); // the extension was reloaded or removed: this copy is stale
      },
    );
  }

  private loadMatcher(): Promise<Matcher> {
    return (this.matcherLoad ??= sendToBackground({ type: 'vocabulary' }).then((voc) => {
      const t0 = (this.startTaskAt = performance.now());
      this.matcher = new Matcher(voc);
      this.matcherMs = performance.now() - t0;
      return this.matcher;
    }));
  }

  private begin(matcher: Matcher, ctrl: AbortController, since: number): void {
    this.painter.reset(matcher.voc.ids);
    const host = () => this.tooltip.hostElement;
    ({ scanner: this.scanner, scheduler: this.scheduler } = startScan(
      matcher,
      {
        skip: (el) => el === host(),
        ours: (n) => !!host() && (n === host() || host()!.contains(n)),
        added: (m) => this.painter.paint(m),
        removed: (m) => this.painter.removed(m),
        changed: () => this.scheduleReport(),
      },
      ctrl.signal,
      since,
    ));
    wireHover(document, this, ctrl.signal);
  }

  stop(): void {
    this.ctrl?.abort();
    this.ctrl = null;
    this.tooltip.hide();
    this.scanner?.clear();
    this.painter.clear();
    this.scanner = null;
    this.report();
  }

  private scheduleReport(): void {
    clearTimeout(this.reportTimer);
    this.reportTimer = window.setTimeout(() => this.report(), COUNT_REPORT_DELAY_MS);
  }

  counts(): VendorCount[] {
    const c = this.scanner?.counts() ?? new Map<number, number>();
    const voc = this.matcher?.voc;
    if (!voc) return [];
    return [...c]
      .map(([v, count]) => ({ id: voc.ids[v]!, name: voc.names[v]!, count }))
      .sort((a, b) => b.count - a.count || codeUnitOrder(a.name, b.name));
  }

  report(): void {
    sendToBackground({ type: 'counts', vendors: this.counts() }).catch(() => {
      if (!native().runtime?.id) this.stop(); // the extension was reloaded or removed: this copy is stale
    });
  }

  hoverShow(m: Mention): void {
    this.view.hoverShow(m);
  }

  hoverIntent(m: Mention): void {
    this.view.hoverIntent(m);
  }

  next(): void {
    this.view.next(this.scanner?.ordered() ?? []);
  }

  reveal(id: string): boolean {
    return this.view.reveal(this.scanner?.ordered() ?? [], id);
  }
}
