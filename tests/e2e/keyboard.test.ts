/**
 * The settings page from the keyboard alone, in Chromium, light and dark: the
 * skip link shows when focused and moves focus into the page's content
 * (staying on the settings), Tab reaches every control (a radio group is one
 * stop, its other choices are reached with the arrow keys), and every focused
 * control shows an outline at least 2px wide whose colour contrasts 3:1 or
 * more with the background behind it, measured from computed styles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from './harness.ts';
import { FOCUS_PROBE, type FocusProbe } from './focus-probe.ts';

let browser: Chromium;

beforeAll(async () => {
  browser = await launchChromium();
  const sw = browser.context.serviceWorkers()[0]!;
  // A site rule and a muted vendor, so that the lists' buttons are on the way too.
  await sw.evaluate(() =>
    chrome.storage.sync.set({ settings: { format: 2, siteRules: ['example.org'], muted: ['huawei'] } }),
  );
});

afterAll(async () => {
  await browser?.close();
});

const probe = (page: Page) => page.evaluate(FOCUS_PROBE) as Promise<FocusProbe>;

/** Back to the skip link with Shift+Tab (the view puts focus on its heading when it opens). */
async function backToSkipLink(page: Page): Promise<FocusProbe> {
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+Tab');
    const p = await probe(page);
    if (p.key === 'a.skip') return p;
  }
  throw new Error('the skip link is not reached with Shift+Tab');
}

describe.each(['light', 'dark'] as const)('the settings page from the keyboard, %s', (colorScheme) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html#settings`);
    await page.waitForSelector('#muted-list li button');
    await page.waitForSelector('#site-rules li button');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('the skip link shows when focused and takes focus to the settings themselves', async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html#settings`);
    await expect.poll(async () => (await probe(page)).key).toBe('h1#view-title');
    expect((await backToSkipLink(page)).onScreen).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await probe(page)).key).toBe('main#main');
    expect(await page.evaluate(() => location.hash)).toBe('#settings');
    expect(await page.isVisible('#view-title')).toBe(true);
    // The next stop is the first control of the settings, not the navigation above them.
    await page.keyboard.press('Tab');
    expect((await probe(page)).inMain).toBe(true);
  });

  it('Tab reaches every control, each with a focus outline of 3:1 or more', async () => {
    const expected = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')];
      const usable = all.filter((e) => !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0);
      // A radio group is one tab stop.
      return [
        ...new Set(
          usable.map((e) =>
            e.matches('input[type=radio]')
              ? `radio ${(e as HTMLInputElement).name}`
              : e.outerHTML.slice(0, 120),
          ),
        ),
      ];
    });
    const first = await backToSkipLink(page);
    const seen = new Map<string, FocusProbe>([[first.stop, first]]);
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const p = await probe(page);
      if (p.key === 'body' || seen.has(p.stop)) break;
      seen.set(p.stop, p);
    }
    expect(expected.length).toBeGreaterThan(15);
    expect(expected.filter((k) => !seen.has(k))).toEqual([]);
    const weak = [...seen.values()].filter((p) => !(p.outlineWidth >= 2 && p.contrast >= 3));
    expect(
      weak.map((p) => `${p.stop}: ${p.outline} on ${p.background} (${p.contrast.toFixed(2)}:1)`),
    ).toEqual([]);
  });
});
