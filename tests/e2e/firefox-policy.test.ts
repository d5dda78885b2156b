/**
 * An organisation's policy set through Firefox's own enterprise policies
 * (`/etc/firefox/policies/policies.json`, "3rdparty" → "Extensions"), as an
 * administrator deploys it on Linux: the settings it gives are locked, "Set
 * by <organisation>", and its vendor note shows on the profile as the
 * organisation's. Needs root and no policies.json of the machine's own
 * (never overwritten); otherwise skipped with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GECKO_ID } from '../../src/shared/ids.ts';
import { type Firefox, launchFirefox, openExtensionPage, poll } from './firefox-harness.ts';
import { LOCKED_NOTE, POLICY, policyDirProblem } from './policy-file.ts';

const DIR = '/etc/firefox/policies';
const FILE = join(DIR, 'policies.json');

const why = policyDirProblem(DIR, FILE);
if (why) console.warn(`Firefox policy e2e skipped: ${why}`);

describe.skipIf(why !== null)("Firefox ESR: an organisation's policy through policies.json", () => {
  let ff: Firefox;
  beforeAll(async () => {
    writeFileSync(FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: POLICY } } } }));
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    rmSync(FILE, { force: true });
  });

  it('locks the settings it gives, saying who set them', async () => {
    const page = await openExtensionPage(ff, 'src/options/index.html#settings');
    const badge = () =>
      page.evaluate(() => {
        const f = document.querySelector('fieldset[data-setting="badge"]');
        const inputs = [...(f?.querySelectorAll('input') ?? [])];
        return {
          checked: inputs.find((i) => i.checked)?.value ?? '',
          enabled: inputs.filter((i) => !i.disabled).length,
          note: f?.querySelector('.locked')?.textContent ?? '',
        };
      });
    await poll(badge, (b) => b.checked === 'off' && b.enabled === 0, 'badge locked to off');
    expect((await badge()).note).toBe(LOCKED_NOTE);
    const free = await page.evaluate(
      () => document.querySelectorAll('fieldset[data-setting="markWhich"] input:not([disabled])').length,
    );
    expect(free).toBeGreaterThan(0); // what the policy does not give stays the user's
    await page.close();
  });

  it("shows the organisation's note on the vendor's profile", async () => {
    const page = await openExtensionPage(ff, 'src/options/index.html#vendor=kaspersky');
    const note = await poll(
      () => page.evaluate(() => document.querySelector('.org-note')?.textContent ?? ''),
      (t) => t.length > 0,
      'organisation note',
    );
    expect(note).toContain('Do not procure: policy 12');
    expect(note).toContain('Example Corp IT');
    await page.close();
  });
});
