/**
 * The keyboard shortcut in the card's footer on first use, in real Chromium:
 * the first cards opened by pointer or tap (SHORTCUT_HINT_CARDS) say
 * which keys open the next mention, as the commands API reports them; a card
 * opened from the keyboard neither shows nor spends it; after the limit no
 * card shows it again, and the count is kept in storage.local.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContentWorld } from './harness.ts';
import { chromiumSuite } from './suite.ts';
import { hoverText, openScanned, textPoint } from './page-helpers.ts';
import { hintText, shortcutOf, type CardDriver } from './card-scenario.ts';
import { HINTS_SHOWN_KEY } from '../../src/shared/ids.ts';
import { SHORTCUT_HINT_CARDS } from '../../src/shared/limits.ts';

const s = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await openScanned(s.browser.context, s.url('/demo.html'));
});

const worker = () => s.browser.context.serviceWorkers()[0]!;
const driver: CardDriver = {
  inExtension: (fn, arg) => worker().evaluate(fn as (a: unknown) => unknown, arg),
  url: () => page.url(),
};
const shownCount = () =>
  worker().evaluate(async (key) => (await chrome.storage.local.get(key))[key] ?? 0, HINTS_SHOWN_KEY);

/** The open card's vendor and footer hint, once its record is filled in. */
async function filledCard(): Promise<{ vendor: string; hint: string }> {
  let card: { vendor: string; hint: string } | null = null;
  await expect
    .poll(async () => {
      card = await inContentWorld<{ vendor: string; hint: string } | null>(
        page,
        `(() => { const t = globalThis.__vendorLens.tooltip.element;
          if (!globalThis.__vendorLens.tooltip.open || !t.querySelector('.asof')?.textContent) return null;
          return { vendor: t.dataset.vendor, hint: t.querySelector('footer .hint')?.textContent ?? '' }; })()`,
      );
      return card !== null;
    })
    .toBe(true);
  return card!;
}

async function closeCard(): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(false);
}

/** A tap on a touch screen (touch emulation on for the tap only). */
async function tap(text: string, part: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const { x, y } = await textPoint(page, text, part);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();
  }
}

describe('the shortcut hint on first use', () => {
  it('shows the shortcut the commands API reports on the first cards opened by pointer or tap only', async () => {
    const shortcut = await shortcutOf(driver);
    expect(shortcut).not.toBe('');
    expect(SHORTCUT_HINT_CARDS).toBe(3);
    await worker().evaluate((key) => chrome.storage.local.remove(key), HINTS_SHOWN_KEY); // a retry starts afresh

    // From the keyboard (the command's own path): the reader knows the keys already; nothing is spent.
    await worker().evaluate(() =>
      (globalThis as unknown as { vendorLens: { nextMention(): Promise<void> } }).vendorLens.nextMention(),
    );
    expect((await filledCard()).hint).toBe('');
    expect(await shownCount()).toBe(0);
    await closeCard();

    const opened: { vendor: string; hint: string }[] = [];
    for (const [how, text, part] of [
      ['hover', 'remaining Kaspersky', 'Kaspersky'],
      ['hover', 'Hikvision', 'Hikvision'],
      ['tap', 'Dahua', 'Dahua'],
      ['hover', 'ZTE', 'ZTE'],
      ['hover', 'remaining Kaspersky', 'Kaspersky'],
    ] as const) {
      if (how === 'hover') await hoverText(page, text, part);
      else await tap(text, part);
      opened.push(await filledCard());
      await closeCard();
    }
    const hint = hintText(shortcut);
    expect(opened).toEqual([
      { vendor: 'kaspersky', hint },
      { vendor: 'hikvision', hint },
      { vendor: 'dahua', hint },
      { vendor: 'zte', hint: '' },
      { vendor: 'kaspersky', hint: '' },
    ]);
    expect(await shownCount()).toBe(3);
  });
});
