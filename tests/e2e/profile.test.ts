/**
 * The profile page in real Chromium: what is in force comes before the
 * history, ended restrictions say how they ended, and the dataset browser
 * filters on "restrictions in force in …".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { externalRequests } from './harness.ts';
import { chromiumSuite } from './suite.ts';

const suite = chromiumSuite({ serve: false });
let page: Page;
const options = () => `chrome-extension://${suite.browser.extensionId}/src/options/index.html`;

beforeAll(async () => {
  page = await suite.browser.context.newPage();
});

describe('profile and dataset browser', () => {
  it('puts what is in force first on a profile, then what ended, then the timeline', async () => {
    await page.goto(`${options()}#vendor=kaspersky`);
    await page.waitForSelector('section.in-force');
    const order = await page.evaluate(() => {
      const text = document.querySelector('article')!.textContent!;
      return {
        now: text.indexOf('In force on'),
        ended: text.indexOf('No longer in force'),
        timeline: text.indexOf('Timeline'),
      };
    });
    expect(order.now).toBeGreaterThan(0);
    expect(order.now).toBeLessThan(order.timeline);
    expect(order.ended).toBeLessThan(order.timeline);
    const us = await page.$$eval('section.in-force > ul > li[data-jurisdiction="US"]', (li) =>
      li.map((l) => l.textContent),
    );
    expect(us.some((t) => /Sales/.test(t ?? ''))).toBe(true);
    expect(us.some((t) => /Government use/.test(t ?? '') && /1 Oct 2018/.test(t ?? ''))).toBe(true);
  });

  it('says how a restriction ended, and that a retired directive is retired', async () => {
    await page.goto(`${options()}#vendor=kaspersky`);
    await page.waitForSelector('section.in-force');
    expect(await page.textContent('section.in-force ul.ended')).toMatch(/ended: superseded 22 Nov 2025/);
    await page.goto(`${options()}#vendor=solarwinds`);
    await page.waitForSelector('section.in-force');
    expect(await page.textContent('section.in-force')).toContain('No restriction in force in the dataset.');
    expect(await page.textContent('ol.timeline')).toMatch(/Later: retired 8 Jan 2026/);
  });

  it('filters the vendor list on restrictions in force in a jurisdiction', async () => {
    await page.goto(options());
    const select = page.locator('select#in-force');
    await select.selectOption('AU');
    const names = await page.$$eval('ul.grid > li > a', (a) => a.map((x) => x.textContent));
    expect(names).toContain('Kaspersky');
    expect(names).not.toContain('Microsoft');
  });

  it('sent no request off the machine', () => {
    expect(externalRequests(suite.browser.requests)).toEqual([]);
  });
});
