/**
 * Settings, the options page's views (see settings.ts): the interface
 * switching language at once; the dataset browser's filters in the address,
 * counts and lines that follow them, CVE ids found and linked, and the way
 * back through the browser's history.
 */
import { expect, it } from 'vitest';
import { compileDataset } from '../../../src/data/compile.ts';
import type { SettingsState } from './settings-state.ts';

export function viewsScenario(s: SettingsState): void {
  it('switches the interface language at once', async () => {
    const options = s.options;
    await options.select('#ui-language', 'de');
    await expect.poll(() => options.text('#nav-settings')).toBe('Einstellungen');
    expect(await options.inPage(() => document.documentElement.lang)).toBe('de');
    expect(await options.text('#data')).toMatch(/Stand/);
    await options.select('#ui-language', 'fr');
    await expect.poll(() => options.text('#nav-settings')).toBe('Paramètres');
    await options.select('#ui-language', 'auto');
    await expect.poll(() => options.text('#nav-settings')).toBe('Settings');
  });

  it('dataset browser: filters in the URL, counts and lines that follow them, CVE ids found and linked, the way back', async () => {
    const options = s.options;
    const hash = () => options.inPage(() => location.hash);
    const value = (sel: string) =>
      options.inPage((x) => document.querySelector<HTMLInputElement>(x)?.value ?? '', sel);
    const attribute = (sel: string, name: string) =>
      options.inPage(([x, n]) => document.querySelector(x)?.getAttribute(n) ?? null, [sel, name] as const);
    await options.inPage(() => void (location.hash = '')); // the list of vendors
    await options.waitFor('#jurisdiction');
    await options.select('#jurisdiction', 'CA');
    await expect.poll(hash).toBe('#j=CA');
    // Counts follow the filter (one Canadian action, not the vendor's total), in the singular.
    await expect
      .poll(() => options.text('li.card[data-vendor="check-point"]'))
      .toMatch(/1 government action ·/);
    const canadian = compileDataset().vendors.filter((v) =>
      v.events.some((e) => e.jurisdiction === 'CA'),
    ).length;
    expect(await options.count('li.card')).toBe(canadian);
    await options.fill('#q', 'CVE-2023-2868');
    await options.select('#jurisdiction', '');
    await expect.poll(() => options.count('li.card')).toBe(1);
    expect(await hash()).toBe('#q=CVE-2023-2868');
    await options.click('li.card[data-vendor="barracuda"] a');
    await options.waitFor('#vendor-title');
    expect(await attribute('tr[data-cve="CVE-2023-2868"] a', 'href')).toBe(
      'https://www.cve.org/CVERecord?id=CVE-2023-2868',
    );
    expect(await attribute('.timeline li p[lang="en"]', 'lang')).toBe('en');
    await options.click('#back');
    await options.waitFor('#q');
    expect(await value('#q')).toBe('CVE-2023-2868');
    await options.inPage(() => history.back()); // back to the profile, forward again to the list
    await options.waitFor('#vendor-title');
    await options.inPage(() => history.forward());
    await expect.poll(() => value('#q')).toBe('CVE-2023-2868');
  });
}
