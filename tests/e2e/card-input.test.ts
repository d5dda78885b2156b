/**
 * Reaching the card without a mouse, in real Chromium: a tap on a touch screen
 * (a tapped link inside a mark still navigates), and the keyboard with Tab
 * kept inside the card and Esc giving the reader their place back.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { inContentWorld } from './harness.ts';
import { openScanned, textPoint } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();

const open = (page: Page) => inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open');

async function tap(cdp: CDPSession, x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const fresh = (path: string) => openScanned(suite.browser.context, suite.url(`/${path}`));

describe('reaching the card', () => {
  it('opens on a tap; a tapped link inside a mark still navigates', async () => {
    const page = await fresh('light.html');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    try {
      const p = await textPoint(page, 'Kaspersky on some', 'Kaspersky');
      await tap(cdp, p.x, p.y);
      await expect.poll(() => open(page)).toBe(true);
      const far = await textPoint(page, 'Agencies');
      await tap(cdp, far.x, far.y); // elsewhere: closes
      await expect.poll(() => open(page)).toBe(false);
      const link = await textPoint(page, 'the Kaspersky ruling', 'Kaspersky');
      await tap(cdp, link.x, link.y);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#k');
      expect(await open(page)).toBe(false);
    } finally {
      await cdp.detach();
      await page.close();
    }
  });

  it('keeps Tab inside the card, and Esc gives focus and scroll back at the mention', async () => {
    const page = await fresh('demo.html');
    try {
      await inContentWorld(page, 'globalThis.__vendorLens.next()');
      await expect
        .poll(() =>
          inContentWorld<string>(page, `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`),
        )
        .toContain('Data as of');
      const scrolled = await page.evaluate(() => window.scrollY);
      const stops = await inContentWorld<number>(
        page,
        `globalThis.__vendorLens.tooltip.element.querySelectorAll('a[href], button').length`,
      );
      for (let i = 0; i < stops + 2; i++) await page.keyboard.press('Tab'); // more than a full round
      expect(
        await inContentWorld<boolean>(
          page,
          `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
        ),
      ).toBe(true);
      for (let i = 0; i < stops + 2; i++) await page.keyboard.press('Shift+Tab');
      expect(
        await inContentWorld<boolean>(
          page,
          `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
        ),
      ).toBe(true);
      const mention = await inContentWorld<string>(
        page,
        'globalThis.__vendorLens.tooltip.current.range.startContainer.data',
      );
      await page.keyboard.press('Escape');
      expect(await open(page)).toBe(false);
      // The place is restorable: the caret sits in the mention's text, the page where the card showed it.
      expect(await page.evaluate(() => getSelection()?.anchorNode?.textContent ?? '')).toBe(mention);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    } finally {
      await page.close();
    }
  });
});
