/**
 * Settings in real headless Firefox ESR: a site rule with a wildcard and the
 * only-listed mode switch marks on an open tab, the popup's wording, malformed
 * settings files rejected with nothing changed, and the interface language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { markedTexts, newPage, openExtensionPage, poll } from './firefox-harness.ts';
import { MALFORMED } from '../unit/malformed-settings.ts';
import { firefoxSuite } from './suite.ts';

const suite = firefoxSuite();
let page: Page;
let options: Page;
const files = mkdtempSync(join(tmpdir(), 'vl-settings-'));

const stored = () =>
  options.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return JSON.stringify([await api.storage.sync.get('settings'), await api.storage.local.get('settings')]);
  });

beforeAll(async () => {
  page = await newPage(suite.browser);
  await page.goto(`${suite.server.url}/demo.html`);
  await poll(
    () => markedTexts(page),
    (t) => t.length >= 10,
    'marks',
  );
  options = await openExtensionPage(suite.browser, 'src/options/index.html#settings');
  await poll(() => options.evaluate(() => !!document.querySelector('#site-input')), Boolean, 'settings view');
});

afterAll(() => {
  rmSync(files, { recursive: true, force: true });
});

const count = () => markedTexts(page).then((t) => t.length);

describe('Firefox ESR: settings', () => {
  it('site rules and the only-listed mode switch marking on the open tab', async () => {
    await options.type('#site-input', '=127.0.0.1');
    await options.click('#site-add');
    await poll(count, (n) => n === 0, 'marks off by an exact-host rule');
    await options.click('input[name="siteMode"][value="only-listed"]');
    await poll(count, (n) => n >= 10, 'marks on: only listed sites');
    await options.click('#site-rules li[data-rule="=127.0.0.1"] button:nth-of-type(2)');
    await poll(count, (n) => n === 0, 'marks off: no site listed');
    await options.click('input[name="siteMode"][value="except-listed"]');
    await poll(count, (n) => n >= 10, 'marks on again');
  });

  it('rejects malformed settings files with a clear message and changes nothing', async () => {
    const before = await stored();
    const input = (await options.$('input#import'))!;
    for (const [what, text, message] of MALFORMED.slice(0, 8)) {
      const path = join(files, `${what.replace(/\W+/g, '-')}.json`);
      writeFileSync(path, text);
      await input.uploadFile(path);
      const status = await poll(
        () => options.evaluate(() => document.querySelector('#transfer-status')?.textContent ?? ''),
        (s) => s.includes(`${what.replace(/\W+/g, '-')}.json was not imported`),
        what,
      );
      expect(status, what).toMatch(message);
    }
    expect(await stored()).toBe(before);
  });

  it('switches the interface to German and back', async () => {
    await options.select('#ui-language', 'de');
    await poll(
      () => options.evaluate(() => document.querySelector('#nav-settings')?.textContent),
      (s) => s === 'Einstellungen',
      'German',
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
    await options.select('#ui-language', 'auto');
    await poll(
      () => options.evaluate(() => document.querySelector('#nav-settings')?.textContent),
      (s) => s === 'Settings',
      'English',
    );
  });
});
