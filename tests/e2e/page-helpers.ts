/** Small page helpers for the Chromium tests: open a page once scanned, find text on it, hover it, read the tooltip. */
import type { BrowserContext, Page } from 'playwright-core';
import { inContentWorld, waitForScan } from './harness.ts';
import { centreOfText } from '../../src/cli/browser/page-text.ts';

/** Opens `url` in a new tab and waits for the content script's scan to be over. */
export async function openScanned(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForScan(page);
  return page;
}

/** The centre of `part` (default: all) of the first occurrence of `text` within one text node. */
export async function textPoint(page: Page, text: string, part = text): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(centreOfText, [text, part] as const);
  if (!p) throw new Error(`text not on the page: ${text}`);
  return p;
}

export async function hoverText(page: Page, text: string, part = text): Promise<void> {
  await page.mouse.move(2, 2);
  const p = await textPoint(page, text, part);
  await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.waitForFunction(() => true);
  // On a busy machine the first pass can be missed: rest on the mention again, as a reader would.
  let retried = false;
  const deadline = Date.now() + 10_000;
  while (!(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open'))) {
    if (Date.now() > deadline) throw new Error(`no tooltip after hovering ${text}`);
    if (!retried && Date.now() > deadline - 7_000) {
      retried = true;
      await page.mouse.move(p.x + 1, p.y, { steps: 2 });
    }
    await page.waitForTimeout(50);
  }
}

/**
 * Whether a card's text is its details, loaded: what tooltipText waits for
 * from Node, and the benchmark's first-card timing inside the page (it runs
 * there as its source, so it stays one self-contained expression).
 */
export const cardFilled = (text: string): boolean =>
  text.includes('Data as of') && !text.includes('Loading…');

/** The tooltip's text once its details have loaded. */
export async function tooltipText(page: Page): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const t = await inContentWorld<string>(
      page,
      `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`,
    );
    if (cardFilled(t)) return t;
    if (Date.now() > deadline) throw new Error(`tooltip did not load: ${t}`);
    await page.waitForTimeout(50);
  }
}

export const mentionTexts = (page: Page) =>
  inContentWorld<string[]>(
    page,
    `[...(globalThis.__vendorLens?.scanner?.mentions ?? [])].map((m) => m.text)`,
  );
