/**
 * An organisation's policy set through Chromium's own policy mechanism (a file
 * in /etc/chromium/policies/managed/, as an administrator deploys it on
 * Linux): the settings it gives are applied and shown as locked, "Set by
 * <organisation>", and its note on a vendor appears in the card as the
 * organisation's. Writing under /etc needs root (CI runs as root); otherwise
 * the test is skipped with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  inContentWorld,
  launchChromium,
  ROOT,
  serve,
  waitForScan,
  type Chromium,
  type Served,
} from './harness.ts';
import { hoverText } from './page-helpers.ts';
import { LOCKED_NOTE, POLICY, policyDirProblem } from './policy-file.ts';

const DIR = '/etc/chromium/policies/managed';
const FILE = join(DIR, 'vendor-lens-e2e.json');

const why = policyDirProblem(DIR);
if (why) console.warn(`policy e2e skipped: ${why}`);

describe.skipIf(why !== null)("an organisation's policy through Chromium's policy files", () => {
  let server: Served;
  let browser: Chromium;

  beforeAll(async () => {
    server = await serve({ '/': join(ROOT, 'tests/pages') });
    // The extension's id comes from its folder: read it from a first start, then deploy the policy.
    const probe = await launchChromium();
    const id = probe.extensionId;
    await probe.close();
    writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    rmSync(FILE, { force: true });
    await browser?.close();
    await server?.close();
  });

  it('locks the settings it gives, saying who set them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html#settings`);
    const badge = page.locator('fieldset[data-setting="badge"]');
    await expect.poll(() => badge.locator('input[value="off"]').isChecked()).toBe(true);
    expect(await badge.locator('input:not([disabled])').count()).toBe(0);
    expect(await badge.locator('.locked').textContent()).toBe(LOCKED_NOTE);
    const mode = page.locator('fieldset[data-setting="markMode"]');
    expect(await mode.locator('input[value="first"]').isChecked()).toBe(true);
    expect(await mode.locator('input:not([disabled])').count()).toBe(0);
    // A setting the policy does not give stays the user's.
    expect(
      await page.locator('fieldset[data-setting="markWhich"] input:not([disabled])').count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it("applies them on pages and shows the organisation's note in the card", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/light.html`);
    await waitForScan(page);
    // First mention only: one mark per vendor although the page names Kaspersky twice.
    const marks = await page.evaluate(() =>
      ['vendor-lens', 'vendor-lens-strong'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
    );
    const vendors = await inContentWorld<number>(page, 'globalThis.__vendorLens.counts().length');
    expect(marks).toBe(vendors);
    await hoverText(page, 'Kaspersky on some', 'Kaspersky');
    await expect
      .poll(() => inContentWorld<string>(page, `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`))
      .toContain('Note from Example Corp IT:');
    expect(
      await inContentWorld<string>(page, 'globalThis.__vendorLens.tooltip.element.textContent'),
    ).toContain('Do not procure: policy 12');
    // Badge off: no number on the toolbar for this tab.
    const sw = browser.context.serviceWorkers()[0]!;
    const badge = await sw.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: typeof chrome }).chrome;
      const [tab] = await c.tabs.query({ url });
      return c.action.getBadgeText({ tabId: tab!.id! });
    }, page.url());
    expect(badge).toBe('');
    await page.close();
  });
});
