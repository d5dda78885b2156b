/**
 * End-to-end harness: serves test pages on 127.0.0.1 only, starts Debian's
 * Chromium (playwright-core) with the built extension, records every request
 * the browser makes, and reads the content script's isolated world over CDP.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export {
  CHROMIUM,
  CHROMIUM_ARGS,
  DIST_CHROME,
  DIST_FIREFOX,
  DIST_TEST_CHROME,
  DIST_TEST_FIREFOX,
  FIREFOX,
  ROOT,
  SHARED,
} from '../../src/cli/browser/chromium.ts';
export { serve, type Served } from '../../src/cli/browser/serve.ts';
import { CHROMIUM, CHROMIUM_ARGS, DIST_TEST_CHROME } from '../../src/cli/browser/chromium.ts';

export interface Chromium {
  context: BrowserContext;
  extensionId: string;
  /** Every URL requested by any page, worker or extension context. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Chromium with the test build (the shipped code plus the test hook) unless `dist` says otherwise.
 * `keepWelcome`: leave the welcome page the extension opens on install (it takes focus from the
 * test's pages, where hover timing then differs); closed by default.
 */
export async function launchChromium(
  dist = DIST_TEST_CHROME,
  { keepWelcome = false } = {},
): Promise<Chromium> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`No built extension at ${dist}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'vl-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: CHROMIUM_ARGS(dist),
    viewport: { width: 1100, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  if (!keepWelcome) {
    const isWelcome = (p: Page) => p.url().endsWith('/src/options/welcome.html');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null));
    await welcome?.close();
  }
  return {
    context,
    extensionId,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The same Chromium, same flags and window, without the extension: the reference for DOM and layout. */
export async function launchPlainChromium(): Promise<{
  context: BrowserContext;
  requests: string[];
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'vl-plain-'));
  const args = CHROMIUM_ARGS('').filter((a) => !a.includes('extension'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args,
    viewport: { width: 1100, height: 800 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that left the machine: anything but 127.0.0.1 and the browser's own internal schemes. */
export function externalRequests(requests: string[]): string[] {
  return requests.filter(
    (u) =>
      !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:|chrome:)/.test(u),
  );
}

/** Evaluates `expr` in the content script's isolated world of `page`'s main frame (not an iframe's). */
interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
const findFrame = (t: FrameTree, url: string): string | undefined =>
  t.frame.url.endsWith(url) ? t.frame.id : t.childFrames?.map((c) => findFrame(c, url)).find(Boolean);

/** Evaluates `expr` in the content script's world of the main frame, or of the frame whose URL ends with `frameUrl`. */
export async function inContentWorld<T>(page: Page, expr: string, frameUrl?: string): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: {
      id: number;
      auxData?: { type?: string; isDefault?: boolean; frameId?: string };
      name: string;
    }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    // The main frame's world unless asked otherwise: iframes run their own copy of the content script.
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const main = frameUrl ? findFrame(frameTree, frameUrl) : frameTree.frame.id;
    if (!main) throw new Error(`no frame at ${frameUrl}`);
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 10_000;
    let ctx: (typeof contexts)[number] | undefined;
    while (
      !(ctx = contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.name === 'Vendor Lens' && c.auxData.frameId === main,
      )) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 50));
    if (!ctx)
      throw new Error(
        `content script world not found (worlds: ${contexts.map((c) => c.name || c.auxData?.type).join(', ')})`,
      );
    const res = await cdp.send('Runtime.evaluate', {
      expression: expr,
      contextId: ctx.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails)
      throw new Error(
        `in content world: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`,
      );
    return res.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Waits until the content script has finished its scan — idle twice in a row with nothing changed between
 * (`settled`), or just idle once for pages that never stop changing — and returns the vendor counts.
 */
export async function waitForScan(
  page: Page,
  { settled = true } = {},
): Promise<{ id: string; name: string; count: number }[]> {
  const deadline = Date.now() + 20_000;
  let last = '';
  for (;;) {
    const r = await inContentWorld<{
      idle: boolean;
      version: number;
      counts: { id: string; name: string; count: number }[];
    } | null>(
      page,
      `(() => { const a = globalThis.__vendorLens; if (!a || !a.scanner) return null; return { idle: a.idle, version: a.scanner.version, counts: a.counts() }; })()`,
    );
    const key = r?.idle ? `${r.version}` : '';
    if (key && (key === last || !settled)) return r!.counts;
    last = key;
    if (Date.now() > deadline) throw new Error('scan did not finish');
    await page.waitForTimeout(120);
  }
}

/** The page's DOM as the page sees it, without our host element. */
export const PAGE_DOM = `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('[data-vendor-lens-ui]').forEach((e) => e.remove()); return c.outerHTML; })()`;

/** What a screen reader sees of the tooltip (the accessibility tree over CDP). */
export async function accessibleDialog(
  page: Page,
): Promise<{ role: string; name: string; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        nodeId: string;
        role?: { value: string };
        name?: { value: string };
        childIds?: string[];
        ignored?: boolean;
      }[];
    };
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return null;
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const texts: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
      n.childIds?.forEach(walk);
    };
    walk(dialog.nodeId);
    return { role: dialog.role!.value, name: dialog.name?.value ?? '', text: texts.join(' ') };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
