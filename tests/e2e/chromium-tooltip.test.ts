/**
 * The tooltip in real headless Chromium: the right facts on hover, in order,
 * as a labelled dialog a screen reader reads, open while the pointer is on
 * it; its code fetched while the pointer is on a name, before the hover
 * delay ends; the keyboard command opening the next mention with focus
 * inside, and Esc closing it and giving focus back; no request off the
 * machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleDialog, externalRequests, inContentWorld } from './harness.ts';
import { hoverText, openScanned, textPoint, tooltipText } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();
let page: Page;

beforeAll(async () => {
  page = await openScanned(suite.browser.context, suite.url('/demo.html'));
});

describe('Chromium: the tooltip', () => {
  it('shows the right facts on hover, as a labelled dialog, and stays open over the tooltip', async () => {
    // The tooltip's code is not in the content script: it arrives with the first tooltip.
    expect(await inContentWorld<boolean>(page, `'__vendorLensUi' in globalThis`)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull();
    // Every Intl object made in the content script's world is counted: the card's dates and names
    // come formatted from the background (the first Intl object in a page cost 30–40 ms).
    await inContentWorld(
      page,
      `(() => { globalThis.__intlMade = 0; const real = Intl; globalThis.Intl = new Proxy(real, { get: (o, k) =>
        typeof o[k] === 'function' ? new Proxy(o[k], { construct: (c, a) => (globalThis.__intlMade++, new c(...a)) }) : o[k] }); })()`,
    );
    await hoverText(page, 'Kaspersky Endpoint', 'Kaspersky');
    expect(
      await inContentWorld<boolean>(
        page,
        `'__vendorLensUi' in globalThis && globalThis.__vendorLens.tooltip.loaded`,
      ),
    ).toBe(true);
    const text = await tooltipText(page);
    expect(text).toContain('Kaspersky');
    // The answer first: what binds in the US (the Commerce sales ban, NDAA §1634), then notable items,
    // then the vendor's own words, labelled as its own.
    expect(text.indexOf('In force now')).toBeGreaterThan(0);
    expect(text).toMatch(/Sales[^]*since 20 Jul 2024[^]*binding/);
    expect(text).toMatch(/Government use[^]*since 1 Oct 2018/);
    expect(text).toContain('executives, not the company');
    expect(text.indexOf('Kaspersky says')).toBeGreaterThan(text.indexOf('Notable'));
    expect(text).toMatch(/no ties to any government/);
    expect(text).toMatch(/Data as of \d+ [A-Z][a-z]{2} \d{4}/);
    expect(text).toContain('United States: ');
    expect(await inContentWorld<number>(page, 'globalThis.__intlMade')).toBe(0);
    const links = await inContentWorld<string[]>(
      page,
      `[...globalThis.__vendorLens.tooltip.element.querySelectorAll('a')].map((a) => a.href)`,
    );
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.every((u) => u.startsWith('https://'))).toBe(true);
    const a11y = await accessibleDialog(page);
    expect(a11y?.role).toBe('dialog');
    expect(a11y?.name).toBe('Kaspersky');
    expect(a11y?.text).toMatch(/In force now/i);
    // Move onto the tooltip itself: it stays (hoverable).
    const box = await inContentWorld<{ x: number; y: number }>(
      page,
      `(() => { const r = globalThis.__vendorLens.tooltip.element.getBoundingClientRect(); return { x: r.left + 20, y: r.top + 20 }; })()`,
    );
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(false);
  });

  it('fetches the card’s code while the pointer is on a name, before the hover delay ends, and opens nothing if it moves on', async () => {
    const fresh = await openScanned(suite.browser.context, suite.url('/demo.html'));
    try {
      expect(await inContentWorld<boolean>(fresh, `'__vendorLensUi' in globalThis`)).toBe(false);
      await fresh.mouse.move(2, 2);
      const p = await textPoint(fresh, 'Kaspersky Endpoint', 'Kaspersky');
      await fresh.mouse.move(p.x, p.y);
      // The pointer's position is looked at once a frame: two frames, then away, well within the 300 ms delay.
      await inContentWorld(
        fresh,
        'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
      );
      await fresh.mouse.move(2, 2);
      await expect
        .poll(() =>
          inContentWorld<boolean>(
            fresh,
            `'__vendorLensUi' in globalThis && globalThis.__vendorLens.tooltip.loaded`,
          ),
        )
        .toBe(true);
      expect(await inContentWorld<boolean>(fresh, 'globalThis.__vendorLens.tooltip.showing')).toBe(false);
      expect(await fresh.evaluate(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull();
      // Resting on the name opens its card, with no code left to fetch.
      await hoverText(fresh, 'Kaspersky Endpoint', 'Kaspersky');
      expect(await tooltipText(fresh)).toContain('Kaspersky');
    } finally {
      await fresh.close();
    }
  });

  it('keyboard: the command opens the next mention with focus inside; Esc closes and returns focus', async () => {
    await page.mouse.move(5, 5);
    const sw = suite.browser.context.serviceWorkers()[0]!;
    await page.bringToFront();
    await sw.evaluate(() =>
      (globalThis as unknown as { vendorLens: { nextMention(): Promise<void> } }).vendorLens.nextMention(),
    );
    await expect.poll(() => inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(true);
    const focused = await inContentWorld<boolean>(
      page,
      `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
    );
    expect(focused).toBe(true);
    const first = await inContentWorld<string>(page, 'globalThis.__vendorLens.tooltip.current.vendorId');
    await sw.evaluate(() =>
      (globalThis as unknown as { vendorLens: { nextMention(): Promise<void> } }).vendorLens.nextMention(),
    );
    await expect
      .poll(() =>
        inContentWorld<string>(
          page,
          'globalThis.__vendorLens.tooltip.current.range.startContainer.data + "@" + globalThis.__vendorLens.tooltip.current.range.startOffset',
        ),
      )
      .not.toBe('');
    expect(typeof first).toBe('string');
    await page.keyboard.press('Escape');
    expect(await inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open')).toBe(false);
    expect(
      await inContentWorld<boolean>(
        page,
        `document.activeElement === globalThis.__vendorLens.tooltip.hostElement`,
      ),
    ).toBe(false);
  });

  it('sends no request off the machine', () => {
    expect(suite.browser.requests.length).toBeGreaterThan(0);
    expect(externalRequests(suite.browser.requests)).toEqual([]);
  });
});
