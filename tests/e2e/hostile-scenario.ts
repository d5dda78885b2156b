/**
 * The attacker's scenario (tests/pages/attacker.html plays the page), written
 * once and run in Chromium and Firefox through a thin driver. What the page
 * does runs in the page's own world; what the extension did is read from the
 * test build's hook (src/content/test-hook.ts) and the extension's own
 * contexts, never through the tooltip's shadow root.
 */
import { expect, it } from 'vitest';
import type { TooltipProbe } from '../../src/content/test-hook.ts';

/** What a browser's test must provide. */
export interface Driver {
  /** Opens `path` on the test server in a fresh tab (the current one), waits for the first marks (`marks`) or a second. */
  open(path: string, marks?: boolean): Promise<void>;
  /** Runs `fn(arg)` in the page's own world (as the page's scripts would); `arg` is JSON. */
  inPage(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  /** Runs `fn(arg)` in an extension context (`browser`/`chrome` available); `arg` is JSON. */
  inExtension(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  /** Real pointer input. */
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** The centre of `text` on the page. */
  textCentre(text: string): Promise<{ x: number; y: number }>;
  /** The tooltip of the current page as the content script sees it. */
  tooltip(): Promise<TooltipProbe | null>;
  /** The URL of the current page. */
  url(): string;
  /** Open tabs showing the extension's profile page. */
  profileTabs(): Promise<number>;
  /**
   * How deep the deep change is nested. Both browsers take time quadratic in the depth to build such a
   * tree (20,000 levels: ~7 s in Chromium, ~50 s in Firefox), so each gets what it builds in a few
   * seconds, past where the old recursive walk overflowed; 100,000 levels run as a unit test.
   */
  deepLevels: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await sleep(100);
  }
}

interface Attack {
  caught(): [string[], number];
  hostCount(): number;
  synthetic(): number;
  read(): string;
  rewrite(): void;
  clickProfile(n: number): void;
  highlightNames(): string[];
  inject(): number;
  highlighted(): string[];
  deep(depth: number): void;
  frames(n: number, batch: number): Promise<void>;
}
type Method = keyof Attack;

/** Calls the page's `attack[method](...args)` in the page's own world. */
function run<M extends Method>(
  d: Driver,
  method: M,
  ...args: Parameters<Attack[M]>
): Promise<Awaited<ReturnType<Attack[M]>>> {
  return d.inPage(
    ([m, a]: [string, unknown[]]) =>
      (window as unknown as { attack: Record<string, (...x: unknown[]) => unknown> }).attack[m]!(...a),
    [method, args],
  ) as Promise<Awaited<ReturnType<Attack[M]>>>;
}

/** The tab of the current page in the extension's eyes and its badge text, read from an extension context. */
async function tabState(d: Driver): Promise<{ tabId: number | null; badge: string }> {
  return d.inExtension(async (href: string) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    for (const t of await api.tabs.query({})) {
      const r = await api.tabs
        .sendMessage(t.id!, { test: 'tooltip', href }, { frameId: 0 })
        .catch(() => null);
      if (r) return { tabId: t.id!, badge: await api.action.getBadgeText({ tabId: t.id! }) };
    }
    return { tabId: null, badge: '' };
  }, d.url()) as Promise<{ tabId: number | null; badge: string }>;
}

async function setMarking(d: Driver, settings: { enabled: boolean; disabledSites: string[] }): Promise<void> {
  await d.inExtension(async (s: { enabled: boolean; disabledSites: string[] }) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    await api.storage.local.set({ settings: s });
  }, settings);
}

export function hostileScenario(d: () => Driver): void {
  it('opens no tooltip for synthetic pointer, keyboard and click events, and runs no page constructor', async () => {
    await d().open('/attacker.html');
    const points = await run(d(), 'synthetic');
    expect(points).toBeGreaterThan(3);
    await sleep(800); // longer than the hover delay
    const t = await d().tooltip();
    expect(t?.open).toBe(false);
    expect(t?.mentions.length).toBeGreaterThanOrEqual(3);
    // No custom-element constructor of the page ran, no root reached the page.
    expect(await run(d(), 'caught')).toEqual([[], 0]);
  });

  it('shows the tooltip for real input only; the page cannot read, rewrite, hide or click it', async () => {
    const p = await d().textCentre('Kaspersky Lab');
    await d().mouseMove(2, 2);
    await d().mouseMove(p.x, p.y);
    const shown = await until(
      () => d().tooltip(),
      (t) => !!t?.text.includes('Data as of'),
      'tooltip',
    );
    expect(shown!.text).toContain('Kaspersky');
    expect(await run(d(), 'hostCount')).toBe(1); // the page saw our host arrive (and nothing else of ours)
    const read = await run(d(), 'read');
    expect(read).not.toContain('Data as of');
    expect(read).not.toContain('Full profile');
    await run(d(), 'rewrite');
    await sleep(300);
    const after = await d().tooltip();
    expect(after).toMatchObject({ open: true, top: true, bg: 'rgb(255, 255, 255)' });
    expect(after!.text).toBe(shown!.text);
    expect(after!.text).not.toContain('Verified safe');
    // Scripted clicks on the profile button, a hundred times: nothing opens.
    const before = await d().profileTabs();
    await run(d(), 'clickProfile', 100);
    await sleep(1000);
    expect(await d().profileTabs()).toBe(before);
    // Real clicks: one profile tab, however fast they come.
    const more = (await d().tooltip())!.more!;
    for (let i = 0; i < 3; i++) await d().click(more.x, more.y);
    await until(
      () => d().profileTabs(),
      (n) => n === before + 1,
      'one profile tab',
    );
    await sleep(500);
    expect(await d().profileTabs()).toBe(before + 1);
  });

  it('registers highlights only while marking, and paints no range the page adds', async () => {
    const names = () => run(d(), 'highlightNames');
    const ours = (n: string[]) => n.some((x) => /^vendor-lens(-strong)?(-dark)?$/.test(x));
    expect(ours(await names())).toBe(true);
    expect(await run(d(), 'inject')).toBeGreaterThan(0);
    await until(
      () => run(d(), 'highlighted'),
      (h) => !h.some((x) => x.includes('Innocent')) && h.some((x) => x.includes('Huawei')),
      'page ranges gone, ours kept',
    );
    await setMarking(d(), { enabled: true, disabledSites: ['127.0.0.1'] });
    await until(names, (n) => !n.some((x) => x.startsWith('vendor-lens')), 'no highlight, site off');
    await setMarking(d(), { enabled: false, disabledSites: [] });
    await sleep(300);
    expect((await names()).filter((x) => x.startsWith('vendor-lens'))).toEqual([]);
    await setMarking(d(), { enabled: true, disabledSites: [] });
    await until(names, ours, 'highlight back');
  });

  it('rescans a change nested thousands of levels deep', async () => {
    await run(d(), 'deep', d().deepLevels);
    await until(
      () => d().tooltip(),
      (t) => !!t?.mentions.includes('Fortinet'),
      'the deep mention',
      20_000,
    );
  });

  it('drops the counts of frames that are gone: the badge returns to the true count', async () => {
    const vendors = (await d().tooltip())!.vendors;
    expect(vendors).toBeGreaterThanOrEqual(4);
    await run(d(), 'frames', 200, 20);
    await until(
      () => tabState(d()),
      (s) => s.badge === String(vendors),
      `badge back to ${vendors}`,
      15_000,
    );
  });
}

/** `data-vendor-lens="off"` on <html>, <body> or any ancestor, before the first scan and later. */
export function optOutScenario(d: () => Driver): void {
  const mentions = async () => (await d().tooltip())?.mentions ?? [];
  const names = () => d().inPage(() => [...CSS.highlights.keys()], null) as Promise<string[]>;
  it.each(['html', 'body'])('marks nothing on a page whose <%s> opts out', async (where) => {
    await d().open(`/optout.html?off=${where}`, false);
    expect(await mentions()).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('drops the marks of a region that opts out later, and marks it again when it opts back in', async () => {
    await d().open('/optout.html');
    const toggle = (sel: string, on: boolean) =>
      d().inPage(
        ([s, o]: [string, boolean]) =>
          (window as unknown as { optOut(s: string, o: boolean): void }).optOut(s, o),
        [sel, on],
      );
    await until(mentions, (m) => m.length === 3, 'three marks');
    await toggle('#outer', true);
    await until(mentions, (m) => m.length === 2 && !m.includes('Hikvision'), 'the region unmarked');
    // Content added under the opted-out region later is not marked either.
    await d().inPage(() => (window as unknown as { addLater(): void }).addLater(), null);
    await sleep(600);
    expect(await mentions()).not.toContain('Fortinet');
    await toggle('body', true);
    await until(mentions, (m) => m.length === 0, 'the whole body unmarked');
    expect(await names()).toEqual([]);
    await toggle('body', false);
    await toggle('#outer', false);
    await until(mentions, (m) => m.length === 4, 'all four marked again');
  });
}
