/**
 * What the attacker's scenario (hostile.ts, opt-out.ts) asks of the page and
 * the extension: the page's own attacks (tests/pages/attacker.html's `attack`
 * object) run in the page's world, the tab's badge read from an extension
 * context, settings written as an older version stored them, and a poll.
 */
import type { Driver, Tab } from '../drivers/driver.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls `fn` every 100 ms until `ok` holds for what it returns (which is returned), or fails after `ms`. */
export async function until<T>(
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  ms = 10_000,
): Promise<T> {
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
export function run<M extends Method>(
  tab: Tab,
  method: M,
  ...args: Parameters<Attack[M]>
): Promise<Awaited<ReturnType<Attack[M]>>> {
  return tab.inPage(
    ([m, a]: [string, unknown[]]) =>
      (window as unknown as { attack: Record<string, (...x: unknown[]) => unknown> }).attack[m]!(...a),
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<Attack[M]>>>;
}

/** The tab in the extension's eyes and its badge text, read from an extension context. */
export function tabState(d: Driver, tab: Tab): Promise<{ tabId: number | null; badge: string }> {
  return d.inExtension(async (href: string) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    for (const t of await api.tabs.query({})) {
      const r = await api.tabs
        .sendMessage(t.id!, { test: 'tooltip', href }, { frameId: 0 })
        .catch(() => null);
      if (r) return { tabId: t.id!, badge: await api.action.getBadgeText({ tabId: t.id! }) };
    }
    return { tabId: null, badge: '' };
  }, tab.url());
}

/** Stores settings in the older format (a global switch and switched-off hosts). */
export async function setMarking(d: Driver, settings: { enabled: boolean; disabledSites: string[] }) {
  await d.inExtension(async (s) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    await api.storage.local.set({ settings: s });
  }, settings);
}

/** Open tabs showing the extension's profile page. */
export const profileTabs = async (d: Driver) =>
  (await d.tabUrls()).filter((u) => u.includes('/src/options/index.html')).length;
