/**
 * The extension's own pages (popup, dataset browser, a vendor profile) in
 * Chromium and Firefox: they load under the manifest's strict policy, make no
 * request beyond the extension's own files, and cannot reach the network even
 * if asked to (connect-src 'none'); neither can Chromium's service worker,
 * which holds host access (for injecting the tooltip).
 */
import { describe, expect, it } from 'vitest';
import { openExtensionPage } from './firefox-harness.ts';
import { chromiumSuite, firefoxSuite } from './suite.ts';

const PAGES = ['src/popup/index.html', 'src/options/index.html', 'src/options/index.html#vendor=kaspersky'];

/** What a page's script gets when it tries to reach a local server (which would answer). */
const tryFetch = async (url: string) => {
  try {
    await fetch(url);
    return 'fetched';
  } catch (e) {
    return String(e);
  }
};

describe('Chromium: extension pages', () => {
  const suite = chromiumSuite();
  const browser = () => suite.browser;

  it.each(PAGES)('%s loads, requests only its own files and cannot fetch', async (path) => {
    const page = await browser().context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`chrome-extension://${browser().extensionId}/${path}`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => document.body.textContent!.trim().length)).toBeGreaterThan(10);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${browser().extensionId}/`))).toEqual([]);
    expect(await page.evaluate(tryFetch, suite.url('/demo.html'))).toMatch(/TypeError/);
    expect(requests.filter((u) => u.startsWith('http'))).toEqual([]);
    await page.close();
  });

  it('the background cannot fetch either, host access notwithstanding', async () => {
    const worker = browser().context.serviceWorkers()[0]!;
    expect(await worker.evaluate(tryFetch, suite.url('/demo.html'))).toMatch(/TypeError/);
  });
});

describe('Firefox ESR: extension pages', () => {
  const suite = firefoxSuite();
  const ff = () => suite.browser;

  it.each(PAGES)('%s loads, requests only its own files and cannot fetch', async (path) => {
    const before = ff().requests.length;
    const page = await openExtensionPage(ff(), path);
    expect(await page.evaluate(() => document.body.textContent!.trim().length)).toBeGreaterThan(10);
    expect(await page.evaluate(tryFetch, suite.url('/demo.html'))).toMatch(/TypeError|NetworkError/);
    const requests = ff().requests.slice(before);
    expect(requests.filter((u) => !u.startsWith(ff().base))).toEqual([]);
    await page.close();
  });
});
