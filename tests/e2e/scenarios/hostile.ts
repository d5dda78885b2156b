/**
 * The attacker's scenario (tests/pages/attacker.html plays the page), written
 * once and run in Chromium (hostile.test.ts) and Firefox ESR
 * (firefox-hostile.test.ts) through a driver (../drivers/). What the page does
 * runs in the page's own world (hostile-page.ts); what the extension did is
 * read from the test build's hook (src/content/test-hook.ts) and the
 * extension's own contexts, never through the tooltip's shadow root.
 */
import { expect, it } from 'vitest';
import type { Driver, Tab } from '../drivers/driver.ts';
import { centreOfText } from '../../../src/cli/browser/page-text.ts';
import { profileTabs, run, setMarking, sleep, tabState, until } from './hostile-page.ts';

/**
 * `deepLevels`: how deep the deep change is nested. Both browsers take time quadratic in the depth to build
 * such a tree (20,000 levels: ~7 s in Chromium, ~50 s in Firefox), so each gets what it builds in a few
 * seconds, past where the old recursive walk overflowed; 100,000 levels run as a unit test.
 */
export function hostileScenario(d: Driver, deepLevels: number): void {
  let tab: Tab;

  it('opens no tooltip for synthetic pointer, keyboard and click events, and runs no page constructor', async () => {
    tab = await d.open('/attacker.html');
    const points = await run(tab, 'synthetic');
    expect(points).toBeGreaterThan(3);
    await sleep(800); // longer than the hover delay
    const t = await tab.tooltip();
    expect(t?.open).toBe(false);
    expect(t?.mentions.length).toBeGreaterThanOrEqual(3);
    // No custom-element constructor of the page ran, no root reached the page.
    expect(await run(tab, 'caught')).toEqual([[], 0]);
  });

  it('shows the tooltip for real input only; the page cannot read, rewrite, hide or click it', async () => {
    const p = await tab.inPage(centreOfText, ['Kaspersky Lab', 'Kaspersky Lab'] as const);
    if (!p) throw new Error('text not on the page: Kaspersky Lab');
    await tab.mouseMove(2, 2);
    await tab.mouseMove(p.x, p.y, 4);
    const shown = await until(
      () => tab.tooltip(),
      (t) => !!t?.text.includes('Data as of'),
      'tooltip',
    );
    expect(shown!.text).toContain('Kaspersky');
    expect(await run(tab, 'hostCount')).toBe(1); // the page saw our host arrive (and nothing else of ours)
    const read = await run(tab, 'read');
    expect(read).not.toContain('Data as of');
    expect(read).not.toContain('Full profile');
    await run(tab, 'rewrite');
    await sleep(300);
    const after = await tab.tooltip();
    expect(after).toMatchObject({ open: true, top: true, bg: 'rgb(255, 255, 255)' });
    expect(after!.text).toBe(shown!.text);
    expect(after!.text).not.toContain('Verified safe');
    // Scripted clicks on the profile button, a hundred times: nothing opens.
    const before = await profileTabs(d);
    await run(tab, 'clickProfile', 100);
    await sleep(1000);
    expect(await profileTabs(d)).toBe(before);
    // Real clicks: one profile tab, however fast they come.
    const more = (await tab.tooltip())!.more!;
    for (let i = 0; i < 3; i++) await tab.mouseClick(more.x, more.y);
    await until(
      () => profileTabs(d),
      (n) => n === before + 1,
      'one profile tab',
    );
    await sleep(500);
    expect(await profileTabs(d)).toBe(before + 1);
  });

  it('registers highlights only while marking, and paints no range the page adds', async () => {
    const names = () => run(tab, 'highlightNames');
    const ours = (n: string[]) => n.some((x) => /^vendor-lens(-strong)?(-dark)?$/.test(x));
    expect(ours(await names())).toBe(true);
    expect(await run(tab, 'inject')).toBeGreaterThan(0);
    await until(
      () => run(tab, 'highlighted'),
      (h) => !h.some((x) => x.includes('Innocent')) && h.some((x) => x.includes('Huawei')),
      'page ranges gone, ours kept',
    );
    await setMarking(d, { enabled: true, disabledSites: ['127.0.0.1'] });
    await until(names, (n) => !n.some((x) => x.startsWith('vendor-lens')), 'no highlight, site off');
    await setMarking(d, { enabled: false, disabledSites: [] });
    await sleep(300);
    expect((await names()).filter((x) => x.startsWith('vendor-lens'))).toEqual([]);
    await setMarking(d, { enabled: true, disabledSites: [] });
    await until(names, ours, 'highlight back');
  });

  it('rescans a change nested thousands of levels deep', async () => {
    await run(tab, 'deep', deepLevels);
    await until(
      () => tab.tooltip(),
      (t) => !!t?.mentions.includes('Fortinet'),
      'the deep mention',
      20_000,
    );
  });

  it('drops the counts of frames that are gone: the badge returns to the true count', async () => {
    const vendors = (await tab.tooltip())!.vendors;
    expect(vendors).toBeGreaterThanOrEqual(4);
    await run(tab, 'frames', 200, 20);
    await until(
      () => tabState(d, tab),
      (s) => s.badge === String(vendors),
      `badge back to ${vendors}`,
      15_000,
    );
  });
}
