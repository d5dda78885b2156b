/**
 * Pages that opt out, written once and run in Chromium (hostile.test.ts) and
 * Firefox ESR (firefox-hostile.test.ts): `data-vendor-lens="off"` on <html>,
 * <body> or any ancestor, before the first scan and later.
 */
import { expect, it } from 'vitest';
import type { Driver, Tab } from '../drivers/driver.ts';
import { sleep, until } from './hostile-page.ts';

export function optOutScenario(d: Driver): void {
  let tab: Tab;
  const mentions = async () => (await tab.tooltip())?.mentions ?? [];
  const names = () => tab.inPage(() => [...CSS.highlights.keys()]);

  it.each(['html', 'body'])('marks nothing on a page whose <%s> opts out', async (where) => {
    tab = await d.open(`/optout.html?off=${where}`, 'none');
    await sleep(1000); // time for a scan that would mark something
    expect(await mentions()).toEqual([]);
    expect(await names()).toEqual([]);
  });

  it('drops the marks of a region that opts out later, and marks it again when it opts back in', async () => {
    tab = await d.open('/optout.html');
    const toggle = (sel: string, on: boolean) =>
      tab.inPage(([s, o]) => (window as unknown as { optOut(s: string, o: boolean): void }).optOut(s, o), [
        sel,
        on,
      ] as [string, boolean]);
    await until(mentions, (m) => m.length === 3, 'three marks');
    await toggle('#outer', true);
    await until(mentions, (m) => m.length === 2 && !m.includes('Hikvision'), 'the region unmarked');
    // Content added under the opted-out region later is not marked either.
    await tab.inPage(() => (window as unknown as { addLater(): void }).addLater());
    await sleep(600);
    expect(await mentions()).not.toContain('Fortinet');
    await toggle('body', true);
    await until(mentions, (m) => m.length === 0, 'the whole body unmarked');
    expect(await names()).toEqual([]);
    await toggle('body', false);
    await toggle('#outer', false);
    await until(mentions, (m) => m.length === 4, 'all four marked again');
  });
}
