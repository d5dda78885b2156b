/**
 * Firefox ESR (Debian's) driven by puppeteer-core over WebDriver BiDi, with
 * the built extension installed as a temporary add-on and a fixed
 * moz-extension UUID. Records every request the pages make.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_TEST_FIREFOX, FIREFOX } from './harness.ts';
import { GECKO_ID } from '../../src/shared/ids.ts';
import type { TooltipProbe } from '../../src/content/test-hook.ts';

export const FIREFOX_UUID = '0b6f5d52-7a4e-4c1e-9c31-5f2d7c1a9e01';

const OFFLINE = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.allow_hijacking_localhost': false,
};

export interface Firefox {
  browser: Browser;
  requests: string[];
  base: string;
  close(): Promise<void>;
}

/**
 * Firefox with the built extension, or (`extension: false`) the same browser
 * without it, as a reference. `images: false` blocks images (real pages ask
 * for their images at addresses that fail here, at moments that shift layout).
 * `offline: true` sends every request off the machine to a closed local port,
 * so it fails at once (still recorded), whether or not the machine is online.
 */
export async function launchFirefox({
  extension = true,
  images = true,
  offline = false,
} = {}): Promise<Firefox> {
  if (extension && !existsSync(join(DIST_TEST_FIREFOX, 'manifest.json')))
    throw new Error('No built Firefox extension: run `npm run build` first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.dns.disableIPv6': true,
      ...(images ? {} : { 'permissions.default.image': 2 }),
      ...(offline ? OFFLINE : {}),
    },
  });
  if (extension) await browser.installExtension(DIST_TEST_FIREFOX);
  const requests: string[] = [];
  browser.on('targetcreated', async (t) => {
    const p = await t.page().catch(() => null);
    p?.on('request', (r) => requests.push(r.url()));
  });
  return { browser, requests, base: `moz-extension://${FIREFOX_UUID}`, close: () => browser.close() };
}

export async function newPage(ff: Firefox): Promise<Page> {
  const page = await ff.browser.newPage();
  page.on('request', (r) => ff.requests.push(r.url()));
  return page;
}

/** Opens an extension page (goto never resolves for moz-extension:, so poll). */
export async function openExtensionPage(ff: Firefox, path: string): Promise<Page> {
  const page = await newPage(ff);
  void page.goto(`${ff.base}/${path}`).catch(() => {});
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const ok = await page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
    if (ok) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`extension page did not load: ${path}`);
}

/** What the page's highlight registry marks, as text. */
export const markedTexts = (page: Page) =>
  page.evaluate(() => {
    const ranges = ['vendor-lens', 'vendor-lens-strong'].flatMap((k) => [...(CSS.highlights.get(k) ?? [])]);
    return ranges.map((r) => {
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      return x.toString();
    });
  });

const probes = new WeakMap<Browser, Promise<Page>>();

/** One extension page kept open in a background tab, for what tests ask of the extension. */
export async function extensionPage(ff: Firefox, page?: Page): Promise<Page> {
  let probe = probes.get(ff.browser);
  if (!probe) {
    probe = openExtensionPage(ff, 'src/popup/index.html');
    probes.set(ff.browser, probe);
    await probe;
    await page?.bringToFront(); // hover needs the page's tab in front (frames are painted only there)
  }
  return probe;
}

/**
 * The tooltip of the document at `href` (a page or a frame of `page`) as the content script sees it, from
 * the test build's hook (src/content/test-hook.ts): no page script can read it (closed shadow root), and
 * WebDriver BiDi cannot evaluate in the content script's world, so an extension page asks over messaging.
 */
export async function tooltipProbe(ff: Firefox, page: Page, href = page.url()): Promise<TooltipProbe | null> {
  return (await extensionPage(ff, page)).evaluate(async (href) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    for (const t of await api.tabs.query({})) {
      const reply = await api.tabs.sendMessage(t.id!, { test: 'tooltip', href }).catch(() => null);
      if (reply) return reply as TooltipProbe;
    }
    return null;
  }, href);
}

/** The open tooltip's text ('' when closed). */
export const tooltipText = async (ff: Firefox, page: Page, href?: string) =>
  (await tooltipProbe(ff, page, href))?.text ?? '';

/** Calls `fn` every 100 ms until `ok` holds for what it returns (which is returned), or fails after `ms`. */
export const poll = async <T>(
  fn: () => Promise<T>,
  ok: (v: T) => boolean,
  what: string,
  ms = 10_000,
): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
