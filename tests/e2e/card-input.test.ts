/**
 * Every way of reaching the card, in real Chromium: a tap on a touch screen
 * (a tapped link inside a mark still navigates), the keyboard with Tab kept
 * inside the card and Esc giving the reader their place back, and "Don't
 * mark …" removing a vendor's marks on every open tab until undone.
 */
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { inContentWorld, waitForScan } from './harness.ts';
import { hoverText, textPoint } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite();

const open = (page: Page) => inContentWorld<boolean>(page, 'globalThis.__vendorLens.tooltip.open');
const painted = (page: Page) =>
  page.evaluate(() =>
    ['vendor-lens', 'vendor-lens-strong'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
  );

async function tap(cdp: CDPSession, x: number, y: number): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Changes the stored settings as the settings page does (both storage areas), from the service worker. */
async function patchSettings(change: (s: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const sw = suite.browser.context.serviceWorkers()[0]!;
  const now = await sw.evaluate(async () => {
    type Area = { get(k: string): Promise<Record<string, Record<string, unknown> | undefined>> };
    const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome
      .storage;
    const synced = (await api.sync.get('settings')).settings;
    return synced && synced.inLocal !== true ? synced : ((await api.local.get('settings')).settings ?? {});
  });
  const next = change(now);
  await sw.evaluate(async (value) => {
    type Area = { set(v: object): Promise<void> };
    const api = (globalThis as unknown as { chrome: { storage: { sync: Area; local: Area } } }).chrome
      .storage;
    await api.local.set({ settings: value });
    await api.sync.set({ settings: value });
  }, next);
}

async function fresh(path: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(`${suite.server.url}/${path}`);
  await waitForScan(page);
  return page;
}

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

  it('"Don\'t mark …" removes the vendor\'s marks on every open tab, and undoing brings them back', async () => {
    const a = await fresh('light.html');
    const b = await fresh('light.html');
    try {
      const all = await painted(b);
      expect(all).toBeGreaterThanOrEqual(4);
      await a.bringToFront();
      const p = await textPoint(a, 'Kaspersky on some', 'Kaspersky');
      await a.mouse.move(p.x, p.y, { steps: 3 });
      await expect
        .poll(() => inContentWorld<string>(a, `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`))
        .toContain('Data as of');
      const button = await inContentWorld<{ x: number; y: number }>(
        a,
        `(() => { const b = [...globalThis.__vendorLens.tooltip.element.querySelectorAll('button')].find((x) => x.textContent.startsWith("Don't mark")); const r = b.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`,
      );
      await a.mouse.move(button.x, button.y, { steps: 3 });
      await a.mouse.click(button.x, button.y);
      await expect.poll(() => painted(b)).toBe(all - 2); // both Kaspersky mentions, in the other tab too
      await expect.poll(() => painted(a)).toBe(all - 2);
      // Still listed (the popup and the keyboard reach it).
      expect(
        await inContentWorld<string[]>(b, `globalThis.__vendorLens.counts().map((c) => c.id)`),
      ).toContain('kaspersky');
      // Undo (as the popup and the settings page do): the marks come back.
      await patchSettings((s) => ({ ...s, muted: (s.muted as string[]).filter((id) => id !== 'kaspersky') }));
      await expect.poll(() => painted(b)).toBe(all);
      await expect.poll(() => painted(a)).toBe(all);
    } finally {
      await a.close();
      await b.close();
      await patchSettings((s) => ({ ...s, muted: [] })); // the next test starts unmuted, whatever happened here
    }
  });

  it("speaks the interface language: German labels, the dataset's English marked as English", async () => {
    await patchSettings((s) => ({ ...s, language: 'de' }));
    const page = await fresh('light.html');
    try {
      await hoverText(page, 'Kaspersky on some', 'Kaspersky');
      await expect
        .poll(
          () => inContentWorld<string>(page, `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`),
          {
            timeout: 15_000,
          },
        )
        .toContain('Datenstand');
      const card = await inContentWorld<{ lang: string; text: string; english: number }>(
        page,
        `(() => { const t = globalThis.__vendorLens.tooltip.element; return { lang: t.lang, text: t.textContent, english: t.querySelectorAll('[lang=en]').length }; })()`,
      );
      expect(card.lang).toBe('de');
      expect(card.text).toContain('Derzeit in Kraft');
      expect(card.text).toContain('Kaspersky nicht markieren');
      expect(card.english).toBeGreaterThan(2);
    } finally {
      await page.close();
      await patchSettings((s) => ({ ...s, language: 'auto' }));
    }
  });
});
