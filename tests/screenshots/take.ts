/**
 * `npm run screenshots` — the README's pictures, taken from the real built
 * extension in headless Chromium: the demo page with a card open, a calm
 * page (many mentions of an unrestricted vendor, a few restricted ones), a
 * card on a dark page, the popup, and the vendor profile page; then the
 * store assets (store.ts).
 */
import { join } from 'node:path';
import { launchChromium, ROOT, serve, waitForScan } from '../e2e/harness.ts';
import { hoverText } from '../e2e/page-helpers.ts';
import { takeStoreAssets } from './store.ts';

const out = (f: string) => join(ROOT, 'tests/screenshots', f);
const server = await serve({ '/icons/': join(ROOT, 'public/icons'), '/': join(ROOT, 'tests/pages') });
const c = await launchChromium();
try {
  const page = await c.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 }); // the size the card is budgeted for
  await page.goto(`${server.url}/demo.html`);
  await waitForScan(page);
  await hoverText(page, 'Kaspersky Endpoint', 'Kaspersky');
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('tooltip.png') });

  const calm = await c.context.newPage();
  await calm.setViewportSize({ width: 900, height: 560 });
  await calm.goto(`${server.url}/calm.html`);
  await waitForScan(calm);
  await calm.screenshot({ path: out('calm.png') });
  await calm.close();

  const dark = await c.context.newPage();
  await dark.setViewportSize({ width: 900, height: 640 });
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.goto(`${server.url}/dark.html`);
  await waitForScan(dark);
  await hoverText(dark, 'Huawei routers', 'Huawei');
  await dark.waitForTimeout(300);
  await dark.screenshot({ path: out('card-dark.png') });
  await dark.close();

  const sw = c.context.serviceWorkers()[0]!;
  const tabId = await sw.evaluate(
    () => (globalThis as unknown as { vendorLens: { tabIds(): number[] } }).vendorLens.tabIds()[0],
  );
  const popup = await c.context.newPage();
  await popup.setViewportSize({ width: 350, height: 470 });
  await popup.goto(`chrome-extension://${c.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('#found button');
  await popup.screenshot({ path: out('popup.png') });

  const profile = await c.context.newPage();
  await profile.setViewportSize({ width: 1000, height: 900 });
  await profile.goto(`chrome-extension://${c.extensionId}/src/options/index.html#vendor=huawei`);
  await profile.waitForSelector('.timeline li');
  await profile.screenshot({ path: out('profile.png') });
  console.log('wrote tests/screenshots/{tooltip,calm,card-dark,popup,profile}.png');
  const store = await takeStoreAssets(c, server.url);
  console.log(`wrote ${store.map((f) => `tests/screenshots/${f}`).join(', ')}`);
} finally {
  await c.close();
  await server.close();
}
