/**
 * The built extension in real headless Firefox ESR: marks through the
 * highlight registry, the hover tooltip with the right facts, Esc, the popup
 * list and toggles, an untouched page DOM, and no request off the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { externalRequests, PAGE_DOM } from './harness.ts';
import { centreOfText } from '../../src/cli/browser/page-text.ts';
import {
  markedTexts,
  newPage,
  openExtensionPage,
  poll,
  tooltipProbe,
  tooltipText,
} from './firefox-harness.ts';
import { firefoxSuite } from './suite.ts';

const suite = firefoxSuite();
let page: Page;
let demo: string;

async function textCentre(p: Page, text: string): Promise<{ x: number; y: number }> {
  const c = await p.evaluate(centreOfText, [text, text] as const);
  if (!c) throw new Error(`text not on the page: ${text}`);
  return c;
}

beforeAll(async () => {
  demo = suite.url('/demo.html');
  page = await newPage(suite.browser);
  await page.goto(demo);
  await poll(
    () => markedTexts(page),
    (t) => t.length >= 10,
    'marks',
  );
});

describe('Firefox ESR: the built extension', () => {
  it('marks vendor names and not the look-alikes', async () => {
    const texts = await markedTexts(page);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Kaspersky Lab',
        'Hikvision',
        '华为',
        'Лаборатория Касперского',
        'Palo Alto Networks',
      ]),
    );
    expect(texts).not.toContain('Palo Alto');
    expect(texts.filter((t) => t === 'F5')).toHaveLength(1);
  });

  it('paints the marks (their stylesheet comes with the scanner, not with every frame)', async () => {
    // The first strong mark (a binding restriction in force: a tinted background), in view.
    const box = await page.evaluate(() => {
      const r = [...(CSS.highlights.get('vendor-lens-strong') ?? [])][0]!;
      const x = document.createRange();
      x.setStart(r.startContainer, r.startOffset);
      x.setEnd(r.endContainer, r.endOffset);
      r.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const b = x.getBoundingClientRect();
      return { x: b.left + scrollX, y: b.top + scrollY, width: b.width, height: b.height };
    });
    const png = await page.screenshot({ clip: box, encoding: 'base64' });
    // Share of the box's pixels that are tinted (warm: red well above blue), as the mark's colours are.
    const tinted = await page.evaluate(async (data: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      [c.width, c.height] = [img.width, img.height];
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const px = g.getImageData(0, 0, c.width, c.height).data;
      let warm = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! - px[i + 2]! > 40) warm++;
      return warm / (px.length / 4);
    }, png);
    expect(tinted).toBeGreaterThan(0.3);
  });

  it('shows the facts on hover and closes with Esc', async () => {
    const p = await textCentre(page, 'Hikvision');
    await page.mouse.move(p.x, p.y, { steps: 3 });
    const text = await poll(
      () => tooltipText(suite.browser, page),
      (t) => t.includes('Data as of'),
      'tooltip',
    );
    expect(text).toContain('Hikvision');
    // The answer first: what binds in the US now, since when (the newest FCC actions lead; §889 is among "more in force").
    expect(text).toMatch(/In force now\s*US/);
    expect(text).toMatch(/since [^·]*\d{4} · binding/);
    expect(text).toContain('Federal Communications Commission');
    const links = (await tooltipProbe(suite.browser, page))!.links;
    expect(links.length).toBeGreaterThan(2);
    expect(links.every((u) => u.startsWith('https://'))).toBe(true);
    await page.keyboard.press('Escape');
    await poll(
      () => tooltipText(suite.browser, page),
      (t) => t === '',
      'tooltip to close',
    );
  });

  it('leaves the page DOM outside its host unchanged', async () => {
    // Reference: the served HTML parsed by the same browser, untouched by anything.
    const reference = await page.evaluate(async (url) => {
      const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      return doc.documentElement.outerHTML;
    }, demo);
    const p = await textCentre(page, 'Huawei');
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await poll(
      () => tooltipText(suite.browser, page),
      (t) => t.includes('Huawei'),
      'Huawei tooltip',
    );
    expect(await page.evaluate(() => document.querySelectorAll('[data-vendor-lens-ui]').length)).toBe(1);
    expect(await page.evaluate(PAGE_DOM)).toBe(reference);
  });

  it('popup lists the vendors and its site toggle switches marking off and on', async () => {
    const popupProbe = await openExtensionPage(suite.browser, 'src/popup/index.html');
    const tabId = await popupProbe.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (const t of await api.tabs.query({})) {
        const reply = await api.tabs.sendMessage(t.id!, { type: 'status' }).catch(() => null);
        if (reply?.host === '127.0.0.1') return t.id;
      }
      return undefined;
    });
    await popupProbe.close();
    const popup = await openExtensionPage(suite.browser, `src/popup/index.html?tab=${tabId}`);
    await poll(
      () => popup.evaluate(() => document.querySelectorAll('#found button').length),
      (n) => n > 5,
      'popup list',
    );
    expect(
      await popup.evaluate(
        () => document.querySelector('#found button[data-vendor="kaspersky"]')?.textContent,
      ),
    ).toMatch(/Kaspersky\d+ mentions?/);
    await popup.click('#site');
    await poll(
      () => markedTexts(page),
      (t) => t.length === 0,
      'marks off',
    );
    await popup.click('#site');
    await poll(
      () => markedTexts(page),
      (t) => t.length >= 10,
      'marks on',
    );
    await popup.close();
  });

  it('sends no request off the machine', () => {
    expect(suite.browser.requests.length).toBeGreaterThan(0);
    expect(externalRequests(suite.browser.requests)).toEqual([]);
  });
});
