/**
 * The store assets, from the built extension in headless Chromium (run by
 * take.ts): screenshots at exactly 1280×800 — a card on a news-like page, a
 * calm page, the popup over a page, a vendor profile — and the 440×280 promo
 * tile (tests/pages/store-tile.html), written to tests/screenshots/store/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, waitForScan, type Chromium } from '../e2e/harness.ts';
import { hoverText } from '../e2e/page-helpers.ts';

const STORE_SIZE = { width: 1280, height: 800 };
const TILE_SIZE = { width: 440, height: 280 };
const dir = join(ROOT, 'tests/screenshots/store');
const out = (f: string) => join(dir, f);

async function pageAt(c: Chromium, url: string, size = STORE_SIZE): Promise<Page> {
  const page = await c.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  return page;
}

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The popup as it drops from the toolbar, over the page it describes (composed in the browser). */
async function popupOverPage(c: Chromium, page: Page): Promise<void> {
  const sw = c.context.serviceWorkers()[0]!;
  const url = page.url();
  const tabId = await sw.evaluate(async (u) => {
    const api = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    };
    return (await api.chrome.tabs.query({ url: u }))[0]?.id;
  }, url);
  const popup = await pageAt(c, `chrome-extension://${c.extensionId}/src/popup/index.html?tab=${tabId}`, {
    width: 400,
    height: 600,
  });
  await popup.waitForSelector('#found button');
  // As tall as its content, as the browser sizes a popup.
  const height = await popup.evaluate(() =>
    Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
  );
  await popup.setViewportSize({ width: 400, height: Math.min(height, 760) });
  const popupPng = await popup.screenshot();
  await popup.close();
  const pagePng = await page.screenshot();
  const frame = await pageAt(c, 'about:blank');
  await frame.setContent(
    `<html data-vendor-lens="off"><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">` +
      `<img src="${dataUrl(pagePng)}" style="display:block;filter:brightness(0.9)">` +
      `<img src="${dataUrl(popupPng)}" style="position:absolute;top:12px;right:24px;border-radius:8px;` +
      `box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.15)"></body></html>`,
  );
  await frame.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await frame.screenshot({ path: out('3-popup.png') });
  await frame.close();
}

export async function takeStoreAssets(c: Chromium, base: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const news = await pageAt(c, `${base}/news.html`);
  await waitForScan(news);
  await hoverText(news, 'From Kaspersky licences', 'Kaspersky');
  await news.waitForTimeout(300);
  await news.screenshot({ path: out('1-card.png') });
  await news.mouse.move(5, 5);
  await news.keyboard.press('Escape');

  const calm = await pageAt(c, `${base}/calm.html`);
  await waitForScan(calm);
  await calm.screenshot({ path: out('2-calm.png') });
  await calm.close();

  await popupOverPage(c, news);
  await news.close();

  const profile = await pageAt(
    c,
    `chrome-extension://${c.extensionId}/src/options/index.html#vendor=kaspersky`,
  );
  await profile.waitForSelector('.timeline li');
  await profile.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await profile.screenshot({ path: out('4-profile.png') });
  await profile.close();

  const tile = await pageAt(c, `${base}/store-tile.html`, TILE_SIZE);
  await tile.waitForFunction(() => document.images[0]?.complete && document.images[0].naturalWidth > 0);
  await tile.screenshot({ path: out('promo-tile.png') });
  await tile.close();
  return ['1-card', '2-calm', '3-popup', '4-profile', 'promo-tile'].map((f) => `store/${f}.png`);
}
