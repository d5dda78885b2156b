/**
 * The bench's browser: Debian's Chromium with the built extension (launched
 * by the e2e harness), the extension's on/off setting written through its
 * service worker, and one CDP session per tab to evaluate in the page's main
 * world or in the content script's isolated world, collect garbage and read
 * the JS heap. Also the floor extensions the cost benchmark compares with:
 * one content script declared as ours is, in a Chromium of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../e2e/harness.ts';
import { SETTINGS_KEY, SETTINGS_FORMAT } from '../../src/shared/settings.ts';

/** Long tasks seen by the page (main world), kept for the bench to read. */
const LONGTASKS = `window.__benchLongtasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__benchLongtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

export interface Bench extends Chromium {
  version: string;
  setEnabled(on: boolean): Promise<void>;
  open(url: string): Promise<Tab>;
}

/** BENCH_DIST: another unpacked build to measure (e.g. a copy of an older one, for A/B); else the test build. */
export const BENCH_DIST = process.env.BENCH_DIST || undefined;

/** An extension whose content script is `script`, declared as ours is (every frame, about:blank too), loaded in its own Chromium. */
export async function withFloorExtension<T>(
  script: string,
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'vl-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'floor',
    version: '0.0.1',
    background: { service_worker: 'bg.js' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['cs.js'],
        run_at: 'document_idle',
        all_frames: true,
        match_about_blank: true,
      },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'cs.js'), script);
  writeFileSync(join(dir, 'bg.js'), '\n');
  const ext = await launchChromium(dir, { keepWelcome: true });
  try {
    return await run(ext.context);
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function launchBench(): Promise<Bench> {
  const c = await launchChromium(BENCH_DIST);
  await c.context.addInitScript({ content: LONGTASKS });
  const sw = c.context.serviceWorkers()[0]!;
  const probe = await Tab.open(c.context, 'about:blank', false);
  const version = ((await probe.cdp.send('Browser.getVersion')) as { product: string }).product;
  await probe.close();
  return {
    ...c,
    version,
    setEnabled: async (on) => {
      const value = { format: SETTINGS_FORMAT, enabled: on, disabledSites: [] };
      await sw.evaluate(`chrome.storage.local.set(${JSON.stringify({ [SETTINGS_KEY]: value })})`);
    },
    open: (url) => Tab.open(c.context, url, true),
  };
}

interface Ctx {
  id: number;
  name: string;
  auxData?: { type?: string; frameId?: string };
}

export class Tab {
  private contexts: Ctx[] = [];
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}

  static async open(context: BrowserContext, url: string, withWorld: boolean): Promise<Tab> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const tab = new Tab(page, cdp);
    cdp.on('Runtime.executionContextCreated', (e: { context: Ctx }) => tab.contexts.push(e.context));
    cdp.on('Runtime.executionContextsCleared', () => {
      tab.contexts = [];
    });
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    if (withWorld) await tab.world('1');
    return tab;
  }

  /** Evaluates `expr` (awaiting a promise) in the main world, or in context `contextId`. */
  async eval<T>(expr: string, contextId?: number): Promise<T> {
    const res = await this.cdp.send('Runtime.evaluate', {
      expression: expr,
      contextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails)
      throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return res.result.value as T;
  }

  main<T>(expr: string): Promise<T> {
    return this.eval<T>(expr);
  }

  /** Evaluates in the content script's world of the main frame (waits for it to exist). */
  async world<T>(expr: string): Promise<T> {
    const { frameTree } = (await this.cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    const deadline = Date.now() + 20_000;
    for (;;) {
      const ctx = this.contexts.find(
        (c) =>
          c.auxData?.type === 'isolated' &&
          c.name === 'Vendor Lens' &&
          c.auxData.frameId === frameTree.frame.id,
      );
      // A page whose gate found nothing that could be a name has no scanner: the benchmark asks for it.
      if (
        ctx &&
        (await this.eval<boolean>('(globalThis.__vendorLensGate?.load(), !!globalThis.__vendorLens)', ctx.id))
      )
        return this.eval<T>(expr, ctx.id);
      if (Date.now() > deadline) throw new Error('content script world not found');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** JS heap in use after a full garbage collection, in bytes. */
  async heap(): Promise<number> {
    for (let i = 0; i < 3; i++) await this.cdp.send('HeapProfiler.collectGarbage');
    return ((await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
  }

  /** Long tasks (≥ 50 ms) that started in [from, to] (page time, ms). */
  longtasks(from: number, to: number): Promise<number[]> {
    return this.main(`window.__benchLongtasks.filter(([s]) => s >= ${from} && s <= ${to}).map(([, d]) => d)`);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => {});
    await this.page.close();
  }
}
