/**
 * Settings, storage and files (see settings.ts): settings kept in
 * storage.sync, and in storage.local with a marker in sync once an imported
 * file outgrows the sync item quota; 20 malformed settings files
 * (tests/unit/malformed-settings.ts) each rejected with a clear message,
 * nothing changed; the reset to defaults.
 */
import { expect, it } from 'vitest';
import type { Driver } from '../drivers/driver.ts';
import { MALFORMED } from '../../unit/malformed-settings.ts';
import { markCount, stored, type SettingsState } from './settings-state.ts';

export function filesScenario(d: Driver, s: SettingsState): void {
  it('keeps settings in storage.sync, and in local with a marker when they outgrow the sync item quota', async () => {
    const options = s.options;
    const [sync] = JSON.parse(await stored(d));
    expect(sync.settings).toMatchObject({ format: 2, badge: 'vendors', siteMode: 'except-listed' });
    const big = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example.org`);
    const file = JSON.stringify({ kind: 'vendor-lens-settings', format: 2, siteRules: big });
    await options.importFile('#import', 'big.json', file);
    await expect.poll(() => options.text('#transfer-status')).toMatch(/imported from big\.json/);
    const [s2, l2] = JSON.parse(await stored(d));
    expect(s2.settings).toEqual({ format: 2, inLocal: true });
    expect(l2.settings.siteRules).toHaveLength(400);
    await options.reload();
    await expect.poll(() => options.count('#site-rules li')).toBe(400);
    await expect.poll(() => markCount(s.demo)).toBeGreaterThan(10); // none of them covers this page
  });

  it('rejects 20 malformed settings files, each with a clear message, changing nothing', async () => {
    const options = s.options;
    const before = await stored(d);
    for (const [what, text, message] of MALFORMED) {
      await options.importFile('#import', `${what}.json`, text);
      await expect
        .poll(() => options.text('#transfer-status'), { message: what })
        .toContain(`${what}.json was not imported`);
      expect(await options.text('#transfer-status'), what).toMatch(message);
    }
    expect(MALFORMED).toHaveLength(20);
    expect(await stored(d)).toBe(before);
  });

  it('resets to defaults', async () => {
    await s.options.confirm('#reset');
    await expect.poll(() => s.options.count('#site-rules li')).toBe(0);
    const [sync] = JSON.parse(await stored(d));
    expect(sync.settings.siteRules).toEqual([]);
  });
}
