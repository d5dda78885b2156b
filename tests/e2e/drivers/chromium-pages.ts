/**
 * The extension's own pages for the Chromium driver (chromium.ts): an
 * ExtensionTab over a playwright-core page, and code run in the service
 * worker, which is both an extension context and the background itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionTab } from './driver.ts';

export function extensionTab(page: Page): ExtensionTab {
  return {
    fill: (selector, text) => page.fill(selector, text),
    click: (selector) => page.click(selector),
    check: (selector, on = true) => page.setChecked(selector, on),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    importFile: (selector, name, text) =>
      page.setInputFiles(selector, { name, mimeType: 'application/json', buffer: Buffer.from(text) }),
    async confirm(selector) {
      page.once('dialog', (d) => void d.accept());
      await page.click(selector);
    },
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    count: (selector) => page.locator(selector).count(),
    waitFor: async (selector) => void (await page.waitForSelector(selector)),
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    reload: async () => void (await page.reload()),
    close: () => page.close(),
  };
}

/** Opens `path` of the extension `id` in a new tab. */
export async function openExtensionPage(
  context: BrowserContext,
  id: string,
  path: string,
): Promise<ExtensionTab> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return extensionTab(page);
}

/** Runs `fn(arg)` in the extension's service worker. */
export const inWorker = <R, A>(context: BrowserContext, fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> =>
  context.serviceWorkers()[0]!.evaluate(fn as (a: unknown) => never, arg);
