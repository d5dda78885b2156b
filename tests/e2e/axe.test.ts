/**
 * axe-core (WCAG 2.2 A/AA rules and best practices) finds nothing to report on
 * the extension's pages and on a page with the card open, in light and dark
 * colour schemes, in Chromium with the built test extension: the popup opened
 * for a real tab (with a muted vendor and a look-up's results), the settings
 * page and each of its sections (every list with rows), the dataset
 * browser, the Kaspersky profile and the welcome page; and these pages again
 * with the interface in German and in French.
 *
 * The card lives in a closed shadow root that axe, like any script, cannot
 * enter from the page. So the check of a page with a card runs axe inside the
 * content script's isolated world, over the whole document, on the real card
 * opened by hovering a mention: for the length of that run, and in that world
 * only, our host element's `shadowRoot` answers with the root the content
 * script holds (axe-run.ts), which is how axe walks any open shadow root. A
 * second run measures the card's contrast and target sizes: axe lays out what
 * it measures from <body> down and our host sits beside <body>, so for that
 * run `document.body` answers with the host (same world, same undoing). A
 * contrast axe could not measure fails the test, and the test asserts that
 * axe checked elements inside the card and measured their contrast, so a run
 * that silently skipped the card would fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, ROOT, serve, waitForScan, type Chromium, type Served } from './harness.ts';
import { hoverText, tooltipText } from './page-helpers.ts';
import { axePage, axeWithCard } from './axe-run.ts';
import { inContentWorld } from './harness.ts';

/** Each section of the settings view, and what shows it is built (lists with rows in them). */
const SECTIONS: [string, string][] = [
  ['marking', '#muted-list li'],
  ['sites', '#site-rules li'],
  ['card', '#card input'],
  ['badge', '#badge input'],
  ['language', '#ui-language'],
  ['data', '#data dl'],
  ['transfer', '#reset'],
];
/** Name, path under the extension, and what shows the page is built. */
const PAGES: [string, string, string][] = [
  ['the dataset browser', 'src/options/index.html#', 'li.card'],
  ['the Kaspersky profile', 'src/options/index.html#vendor=kaspersky', '#vendor-title'],
  ['the welcome page', 'src/options/welcome.html', '#shortcut:not(:empty)'],
  ['the settings page', 'src/options/index.html#settings', '#transfer'],
];

let server: Served;
let browser: Chromium;
let tabId: number;

beforeAll(async () => {
  server = await serve({ '/': join(ROOT, 'tests/pages') });
  browser = await launchChromium();
  const sw = browser.context.serviceWorkers()[0]!;
  // Settings with something in every list, so their rows and buttons are checked too.
  await sw.evaluate(() =>
    chrome.storage.sync.set({
      settings: { format: 2, siteRules: ['example.org', '*.example.com'], muted: ['huawei'] },
    }),
  );
  const demo = await browser.context.newPage();
  await demo.goto(`${server.url}/demo.html`);
  await waitForScan(demo);
  tabId = (await sw.evaluate(async () => {
    const tabs = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
    return tabs[0]?.id;
  }))!;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
async function open(url: string, ready: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(url);
  await page.waitForSelector(ready);
  return page;
}

async function popupChecked(colorScheme: 'light' | 'dark'): Promise<void> {
  const page = await open(ext(`src/popup/index.html?tab=${tabId}`), '#found li', colorScheme);
  await expect.poll(() => page.textContent('#site-label')).toMatch(/127\.0\.0\.1/);
  await page.waitForSelector('#found li.muted'); // Huawei, muted in the settings
  await page.fill('#search', 'hik'); // and the look-up's results
  await page.waitForSelector('#results li');
  expect((await axePage(page)).violations).toEqual([]);
  await page.close();
}

async function pageChecked(path: string, ready: string, colorScheme: 'light' | 'dark'): Promise<void> {
  const page = await open(ext(path), ready, colorScheme);
  const r = await axePage(page);
  expect(r.violations).toEqual([]);
  expect(r.passed).toBeGreaterThan(20);
  await page.close();
}

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (colorScheme) => {
  it('the popup, for a tab with vendors on it', () => popupChecked(colorScheme));

  it.each(PAGES)('%s', (_name, path, ready) => pageChecked(path, ready, colorScheme));

  it.each(SECTIONS)('the settings section "%s"', async (id, ready) => {
    const page = await open(ext(`src/options/index.html#settings/${id}`), ready, colorScheme);
    expect((await axePage(page, `#${id}`)).violations).toEqual([]);
    await page.close();
  });

  it.each([
    ['demo.html', 'Kaspersky Endpoint'],
    ['dark.html', 'Kaspersky on some'],
  ])('%s with the card open', async (file, mention) => {
    const page = await open(`${server.url}/${file}`, 'body', colorScheme);
    await waitForScan(page);
    await hoverText(page, mention, 'Kaspersky');
    await tooltipText(page);
    const r = await axeWithCard(page);
    expect(r.page.violations).toEqual([]);
    expect(r.card.violations).toEqual([]);
    // The card was part of both runs (its colours measured), and still open at their end.
    expect(r.page.passedInShadow).toBeGreaterThan(10);
    expect(r.card.contrastPassed).toBeGreaterThan(10);
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(true);
    await page.close();
  });
});

// Accessible names are translated too (a visible label must stay part of its name in every language).
describe.each(['de', 'fr'])('axe-core, interface in %s', (language) => {
  beforeAll(async () => {
    await browser.context.serviceWorkers()[0]!.evaluate(
      (l) =>
        chrome.storage.sync.set({
          settings: { format: 2, siteRules: ['example.org'], muted: ['huawei'], language: l },
        }),
      language,
    );
  });

  it('the popup', () => popupChecked('light'));
  it.each(PAGES)('%s', (_name, path, ready) => pageChecked(path, ready, 'light'));
});
