/**
 * End-to-end harness: serves test pages on 127.0.0.1 only, starts Debian's
 * Chromium (playwright-core) with the built extension, records every request
 * the browser makes; the content script's isolated world over CDP is in
 * content-world.ts, re-exported here.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
export { accessibleDialog, inContentWorld, waitForScan } from './content-world.ts';
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

/** The page's DOM as the page sees it, without our host element. */
export const PAGE_DOM = `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('[data-vendor-lens-ui]').forEach((e) => e.remove()); return c.outerHTML; })()`;
