/** The card budget of every vendor (card-scenario.ts) in real headless Firefox ESR, at 1280×800. */
import { afterAll, beforeAll, describe } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT, serve, type Served } from './harness.ts';
import { extensionPage, type Firefox, launchFirefox, markedTexts, newPage, poll } from './firefox-harness.ts';
import { cardBudgetScenario, type CardDriver } from './card-scenario.ts';

let server: Served;
let ff: Firefox;
let page: Page;

beforeAll(async () => {
  server = await serve({ '/': join(ROOT, 'tests/pages') });
  ff = await launchFirefox();
  page = await newPage(ff);
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${server.url}/demo.html`);
  await poll(
    () => markedTexts(page),
    (t) => t.length > 0,
    'marks on the demo page',
  );
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const driver: CardDriver = {
  inExtension: async (fn, arg) =>
    (await extensionPage(ff, page)).evaluate(fn as (a: unknown) => unknown, arg),
  url: () => page.url(),
};

describe('the card of every vendor in Firefox ESR', () => cardBudgetScenario(() => driver));
