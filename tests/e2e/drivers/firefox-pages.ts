/**
 * The extension's own pages for the Firefox driver (firefox.ts): an
 * ExtensionTab over a puppeteer-core page. Navigating a moz-extension page
 * never resolves over WebDriver BiDi, so reloads are asked of the page and
 * waited for; files to import are written to a folder of their own first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { poll } from '../firefox-harness.ts';
import type { ExtensionTab } from './driver.ts';

let files: string | undefined;

/** A folder for the files a test imports, removed when the process ends. */
function fileFolder(): string {
  if (!files) {
    const dir = (files = mkdtempSync(join(tmpdir(), 'vl-import-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return files;
}

type Reloading = { __reloading?: boolean };

export function extensionTab(page: Page): ExtensionTab {
  const input = async (selector: string) => {
    const el = await page.$(selector);
    if (!el) throw new Error(`no element at ${selector}`);
    return el as ElementHandle<HTMLInputElement>;
  };
  const checked = (selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);
  return {
    async fill(selector, text) {
      await page.$eval(selector, (el) => void ((el as HTMLInputElement).value = ''));
      await page.type(selector, text);
    },
    click: (selector) => page.click(selector),
    async check(selector, on = true) {
      if ((await checked(selector)) !== on) await page.click(selector);
      await poll(
        () => checked(selector),
        (c) => c === on,
        `${selector} checked: ${on}`,
      );
    },
    select: async (selector, value) => void (await page.select(selector, value)),
    async importFile(selector, name, text) {
      const dir = mkdtempSync(join(fileFolder(), 'f-'));
      writeFileSync(join(dir, name), text);
      await (await input(selector)).uploadFile(join(dir, name));
    },
    async confirm(selector) {
      page.once('dialog', (d) => void d.accept());
      await page.click(selector);
    },
    text: (selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector),
    count: (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { visible: true })),
    inPage: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    async reload() {
      await page.evaluate(() => {
        (window as Reloading).__reloading = true;
        location.reload();
      });
      await poll(
        () =>
          page
            .evaluate(() => !(window as Reloading).__reloading && document.readyState === 'complete')
            .catch(() => false),
        Boolean,
        'the page reloaded',
      );
    },
    close: () => page.close(),
  };
}
