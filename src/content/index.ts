/**
 * Content script entry. Wires the scanner (what is marked), the marks (how),
 * hover and keyboard (how a tooltip opens) and the extension messages. One
 * AbortController per activation: turning marking off, for the site or
 * everywhere, is one `stop()`; a stale copy left by an extension reload stops
 * itself when the extension no longer answers.
 */
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { browser, onSettingsChanged, readSettings, sendToBackground } from '../shared/browser-api.ts';
import { Matcher } from '../matcher/matcher.ts';
import { parseMessage, type StatusReply, type VendorCount } from '../shared/messages.ts';
import { isActiveOn } from '../shared/settings.ts';
import { LIMITS } from '../shared/limits.ts';
import { Marks } from './highlights.ts';
import { Scanner, type Mention } from './scanner.ts';
import { Scheduler } from './scheduler.ts';
import { LazyTooltip } from './tooltip-loader.ts';
import { visibleBlocks } from './viewport.ts';
import { wireHover } from './interaction.ts';
import { styleShadowRoot } from './highlight-style.ts';
import { installTestHook } from './test-hook.ts';

class App {
  private ctrl: AbortController | null = null;
  private matcher: Matcher | null = null;
  private readonly marks = new Marks();
  readonly tooltip = new LazyTooltip(
    document,
    {
      details: (id) => sendToBackground({ type: 'card', id }),
      openProfile: (id) => void sendToBackground({ type: 'open-profile', id }).catch(() => {}),
    },
    () => sendToBackground({ type: 'load-ui' }),
  );
  scanner: Scanner | null = null;
  private scheduler: Scheduler | null = null;
  private reportTimer = 0;

  get active(): boolean {
    return this.ctrl !== null;
  }
  /** Scan timings (slices, busy ms, longest slice, first mark) for benchmarks and tests. */
  get stats() {
    return this.scheduler?.stats ?? null;
  }
  get idle(): boolean {
    return this.scheduler?.idle ?? true;
  }

  start(): void {
    if (this.ctrl) return;
    const ctrl = (this.ctrl = new AbortController());
    this.matcher ??= new Matcher(vocabulary);
    const scanner = (this.scanner = new Scanner(this.matcher, {
      skip: (el) => el === this.tooltip.hostElement,
      added: (m) => this.marks.add(m.range),
      removed: (m) => this.marks.delete(m.range),
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
    return [...c]
      .map(([v, count]) => ({ id: vocabulary.ids[v]!, name: vocabulary.names[v]!, count }))
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
    return { range: m.range, vendorId: vocabulary.ids[m.vendor]!, vendorName: vocabulary.names[m.vendor]! };
  }

  hoverShow(m: Mention): void {
    this.marks.setActive(m.range);
    this.tooltip.show(this.anchorOf(m));
  }

  next(): void {
    const list = this.scanner?.ordered() ?? [];
    if (!list.length) return;
    const cur = this.tooltip.current?.range;
    const i = cur ? list.findIndex((m) => m.range === cur) : -1;
    this.present(list[(i + 1) % list.length]!, true);
  }

  reveal(id: string): boolean {
    const m = this.scanner?.ordered().find((x) => vocabulary.ids[x.vendor] === id);
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
  let settings = await readSettings();
  const apply = () => (isActiveOn(settings, host) ? app.start() : app.stop());
  apply();
  // A page (or frame) going away takes its counts with it; one restored from the back/forward cache reports again.
  addEventListener('pagehide', (e) => {
    if (e.isTrusted) void sendToBackground({ type: 'counts', vendors: [] }).catch(() => {});
  });
  addEventListener('pageshow', (e) => {
    if (e.isTrusted && e.persisted) app.report();
  });
  onSettingsChanged((s) => {
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
