/**
 * Settings, site rules (see settings.ts): rules added and removed on the
 * settings page — a host, an exact host, a wildcard — and the only-listed
 * mode switch marking on the open tab at once; what is not a site is refused.
 */
import { expect, it } from 'vitest';
import { markCount, type SettingsState } from './settings-state.ts';

const rule = (r: string) => `#site-rules li[data-rule="${r}"]`;
const remove = (r: string) => `${rule(r)} button[aria-label="Remove ${r}"]`;

export function sitesScenario(s: SettingsState): void {
  const marks = () => markCount(s.demo);

  it('site rules from the settings page switch marking on the open tab, in both modes', async () => {
    const o = s.options;
    await o.click(remove('127.0.0.1'));
    await expect.poll(marks).toBeGreaterThan(10);
    await o.fill('#site-input', 'not a host!');
    await o.click('#site-add');
    await expect.poll(() => o.text('#site-status')).toMatch(/is not a site/);
    await o.fill('#site-input', 'http://127.0.0.1:8080/demo.html');
    await o.click('#site-add');
    await o.waitFor(rule('127.0.0.1'));
    await expect.poll(marks).toBe(0);
    await o.check('input[name="siteMode"][value="only-listed"]');
    await expect.poll(marks).toBeGreaterThan(10);
    await o.click(remove('127.0.0.1'));
    await expect.poll(marks).toBe(0);
    await o.check('input[name="siteMode"][value="except-listed"]');
    await expect.poll(marks).toBeGreaterThan(10);
  });

  it('an exact-host rule and a wildcard rule switch marking too, with the only-listed mode', async () => {
    const o = s.options;
    await o.fill('#site-input', '=127.0.0.1');
    await o.click('#site-add');
    await expect.poll(marks).toBe(0); // marks off by an exact-host rule
    await o.check('input[name="siteMode"][value="only-listed"]');
    await expect.poll(marks).toBeGreaterThanOrEqual(10); // on: only listed sites
    await o.click(remove('=127.0.0.1'));
    await expect.poll(marks).toBe(0); // off: no site listed
    await o.check('input[name="siteMode"][value="except-listed"]');
    await expect.poll(marks).toBeGreaterThanOrEqual(10); // on again
    await o.fill('#site-input', '*.0.0.1'); // subdomains of 0.0.1: 127.0.0.1 among them
    await o.click('#site-add');
    await o.waitFor(rule('*.0.0.1'));
    await expect.poll(marks).toBe(0);
    await o.click(remove('*.0.0.1'));
    await expect.poll(marks).toBeGreaterThan(10);
  });
}
