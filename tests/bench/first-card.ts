/**
 * What the first card in a page costs (cost.ts reports it, no target): our
 * JS from the pointer resting on a name until the card is filled, the
 * tooltip's code injected and run, its host made and placed, the card
 * rendered; from the CPU profiler (cost.ts `attribute`), each load in a
 * fresh page, the median of `loads`. Beside it, what the reader waits: from
 * the pointer coming to rest on the name until the card is filled, timed in
 * the page (the hover delay, HOVER_OPEN_DELAY_MS, is part of it).
 */
import type { BrowserContext } from 'playwright-core';
import { inContentWorld } from '../e2e/harness.ts';
import { cardFilled, textPoint } from '../e2e/page-helpers.ts';
import { median } from './measure.ts';

/** A page naming one vendor, large enough to hover. */
export const cardPage = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>card</title></head><body>
<p style="font: 20px/1.5 sans-serif; margin: 120px 40px">The US government banned Kaspersky software in 2017.</p></body></html>`;

interface Attributed {
  ms: number;
  longestMs: number;
}

/** In the content script's world: from `__vlRest` (the pointer at rest on the name) until the card is filled, in ms. */
const UNTIL_FILLED = `(async () => { const t = globalThis.__vendorLens.tooltip, end = performance.now() + 10000;
  const filled = () => (${cardFilled.toString()})(t.element?.textContent ?? '');
  while (!filled()) { if (performance.now() > end) throw new Error('no card after 10 s'); await new Promise((r) => requestAnimationFrame(r)); }
  return performance.now() - globalThis.__vlRest; })()`;

export async function firstCard<P>(
  context: BrowserContext,
  url: string,
  idle: string,
  attribute: (profile: P) => Attributed,
  loads: number,
): Promise<Attributed & { openMs: number }> {
  const runs: (Attributed & { openMs: number })[] = [];
  for (let k = 0; k < loads; k++) {
    const page = await context.newPage();
    try {
      await page.goto(url);
      await inContentWorld(page, idle);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
      await page.mouse.move(2, 2);
      const p = await textPoint(page, 'Kaspersky');
      await inContentWorld(page, 'globalThis.__vlRest = performance.now()');
      await page.mouse.move(p.x, p.y);
      const openMs = await inContentWorld<number>(page, UNTIL_FILLED);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: P };
      runs.push({ ...attribute(profile), openMs });
    } finally {
      await page.close();
    }
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    longestMs: median(runs.map((r) => r.longestMs)),
    openMs: median(runs.map((r) => r.openMs)),
  };
}
