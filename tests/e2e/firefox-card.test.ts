/**
 * The card budget of every vendor (card-scenario.ts) in real headless Firefox
 * ESR, at 1280×800; and the shortcut hint when the user removed the shortcut
 * (Firefox lets an extension change its own: `commands.update`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { extensionPage, markedTexts, newPage, poll } from './firefox-harness.ts';
import { firefoxSuite } from './suite.ts';
import { cardBudgetScenario, hintText, measure, shortcutOf, type CardDriver } from './card-scenario.ts';
import { HINTS_SHOWN_KEY, NEXT_COMMAND } from '../../src/shared/ids.ts';

const suite = firefoxSuite();
let page: Page;

beforeAll(async () => {
  page = await newPage(suite.browser);
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(suite.url('/demo.html'));
  await poll(
    () => markedTexts(page),
    (t) => t.length > 0,
    'marks on the demo page',
  );
});

const driver: CardDriver = {
  inExtension: async (fn, arg) =>
    (await extensionPage(suite.browser, page)).evaluate(fn as (a: unknown) => unknown, arg),
  url: () => page.url(),
};

describe('the card of every vendor in Firefox ESR', () => cardBudgetScenario(() => driver));

describe('the shortcut hint in Firefox ESR', () => {
  type Api = {
    commands: { update(d: object): Promise<void>; reset(name: string): Promise<void> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  };
  /** Sets the command's shortcut as the user would ('' removes it; null puts the manifest's back). */
  const setShortcut = (shortcut: string | null) =>
    driver.inExtension(
      ([name, shortcut]: [string, string | null]) => {
        const c = (globalThis as unknown as { browser: Api }).browser.commands;
        return shortcut === null ? c.reset(name) : c.update({ name, shortcut });
      },
      [NEXT_COMMAND, shortcut],
    );
  const shown = () =>
    driver.inExtension(
      async (key: string) =>
        (await (globalThis as unknown as { browser: Api }).browser.storage.local.get(key))[key] ?? 0,
      HINTS_SHOWN_KEY,
    );
  const kaspersky = { id: 'kaspersky', name: 'Kaspersky', pointer: true };

  it('names the shortcut the user set, and nothing (counting nothing) once they removed it', async () => {
    try {
      await setShortcut('Alt+Shift+K');
      expect(await shortcutOf(driver)).toBe('Alt+Shift+K');
      expect((await measure(driver, kaspersky)).hint).toBe(hintText('Alt+Shift+K'));
      expect(await shown()).toBe(1);
      await setShortcut('');
      expect(await shortcutOf(driver)).toBe('');
      expect((await measure(driver, kaspersky)).hint).toBe('');
      expect(await shown()).toBe(0);
    } finally {
      await setShortcut(null);
    }
  });
});
