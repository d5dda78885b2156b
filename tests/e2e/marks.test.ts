/**
 * A calm page, legible on any background, in real Chromium: vendors with a
 * binding restriction in force get the strong mark, the rest the subtle one;
 * a dark page gets the -dark highlights; and the contrast measured on the
 * rendered pixels (a screenshot read back in the page) keeps link text
 * inside a mark ≥ 4.5:1 and the underline ≥ 3:1.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForScan } from './harness.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();

/** Which of our highlights holds the mention that starts with `word` inside #id. */
const holder = (page: Page, id: string, word: string) =>
  page.evaluate(
    ([id, word]) => {
      for (const name of ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'])
        for (const r of CSS.highlights.get(name) ?? [])
          if (
            r.startContainer.parentElement?.closest(`#${id}`) &&
            r.toString?.() !== '' &&
            (r.startContainer as Text).data.slice(r.startOffset).startsWith(word)
          )
            return name;
      return null;
    },
    [id, word] as const,
  );

/**
 * Contrast measured on rendered pixels of one word's box, against the mark's background (the commonest
 * colour of its top rows): the strongest pixel above the baseline region (the glyphs) and below it
 * (the underline; use a word without descenders, so that only the underline is drawn there).
 */
async function measured(
  page: Page,
  selector: string,
  word: string,
): Promise<{ text: number; underline: number }> {
  const box = await page.evaluate(
    ([selector, word]) => {
      const el = document.querySelector(selector)!;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        const i = t.data.indexOf(word);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(t, i);
        r.setEnd(t, i + word.length);
        const b = r.getBoundingClientRect();
        return { x: b.left, y: b.top, width: b.width, height: b.height + 4 };
      }
      throw new Error(`${word} not in ${selector}`);
    },
    [selector, word] as const,
  );
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const lum = (i: number) => {
      const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(px[i]!) + 0.7152 * f(px[i + 1]!) + 0.0722 * f(px[i + 2]!);
    };
    const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    // The mark's background: the most common colour in the top rows (above the glyphs' x-height).
    const counts = new Map<number, number>();
    for (let y = 0; y < 3; y++)
      for (let x = 0; x < c.width; x++) {
        const i = (y * c.width + x) * 4;
        const key = (px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const bgKey = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const bg = ((k: number) => {
      const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f((k >> 16) & 255) + 0.7152 * f((k >> 8) & 255) + 0.0722 * f(k & 255);
    })(bgKey);
    let text = 1;
    let underline = 1;
    const glyphRows = Math.floor(c.height * 0.7);
    for (let y = 0; y < c.height; y++)
      for (let x = 0; x < c.width; x++) {
        const r = ratio(lum((y * c.width + x) * 4), bg);
        if (y < glyphRows) text = Math.max(text, r);
        else underline = Math.max(underline, r);
      }
    return { text, underline };
  }, png);
}

describe('marks in Chromium', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`on a ${theme} page: strong for binding restrictions in force, subtle otherwise, and legible`, async () => {
      const page = await suite.browser.context.newPage();
      try {
        await page.goto(`${suite.server.url}/${theme}.html`);
        await waitForScan(page);
        const suffix = theme === 'dark' ? '-dark' : '';
        expect(await holder(page, 'plain', 'Kaspersky')).toBe(`vendor-lens-strong${suffix}`);
        expect(await holder(page, 'plain', 'SolarWinds')).toBe(`vendor-lens${suffix}`);
        // Link text inside a strong mark.
        expect((await measured(page, '#linked a', 'Kaspersky')).text).toBeGreaterThanOrEqual(4.5);
        // Underlines of both marks (words without descenders).
        expect((await measured(page, '#plain', 'Huawei')).underline).toBeGreaterThanOrEqual(3);
        expect((await measured(page, '#plain', 'SolarWinds')).underline).toBeGreaterThanOrEqual(3);
      } finally {
        await page.close();
      }
    });
  }
});
