/**
 * The card and the settings, in real Chromium: "Don't mark …" removing a
 * vendor's marks on every open tab until undone, and the card speaking the
 * interface language with the dataset's English marked as English.
 */
import { describe, expect, it } from 'vitest';
import { inContentWorld } from './harness.ts';
import { hoverText, openScanned, textPoint } from './page-helpers.ts';
import { chromiumSuite } from './suite.ts';
import type { Page } from 'playwright-core';

const suite = chromiumSuite();

const painted = (page: Page) =>
  page.evaluate(() =>
    ['vendor-lens', 'vendor-lens-strong'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
  );

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

const fresh = (path: string) => openScanned(suite.browser.context, suite.url(`/${path}`));

describe('the card and the settings', () => {
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
