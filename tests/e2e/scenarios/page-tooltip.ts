/**
 * Page safety, the tooltip (see page-safety.ts): shown inside a frame and a
 * srcdoc frame from that frame's own copy of the content script, the top page
 * left alone; styled, readable and on top under a strict Content-Security-Policy,
 * hostile CSS and a page that deletes unknown elements.
 */
import { expect, it } from 'vitest';
import type { Driver, Tab } from '../drivers/driver.ts';
import { centreOfText } from '../../../src/cli/browser/page-text.ts';
import { highlightCount } from './page-reading.ts';

const WHITE = 'rgb(255, 255, 255)';

/**
 * Rests the pointer on `part` of `text` — in the frame `frame.selector` whose address ends with `frame.url`,
 * if given — and returns the tooltip once its details have loaded.
 */
async function hover(tab: Tab, text: string, part = text, frame?: { selector: string; url: string }) {
  const args = [text, part] as const;
  const aim = async () => {
    const at = frame ? await tab.corner(frame.selector) : { x: 0, y: 0 };
    const c = frame ? await tab.inFrame(frame.url, centreOfText, args) : await tab.inPage(centreOfText, args);
    if (!c) throw new Error(`text not on the page: ${text}`);
    return { x: at.x + c.x, y: at.y + c.y };
  };
  let to = await aim();
  await tab.mouseMove(2, 2);
  await tab.mouseMove(to.x, to.y, 4);
  await tab.mouseMove(to.x + 1, to.y, 2); // rest on it, as a reader does
  // Hover intent, then the tooltip's code and the record arrive: slow on a busy machine. If the page
  // moved the text meanwhile (a line added above a frame), the pointer follows it, as a reader's would.
  await expect
    .poll(
      async () => {
        const shown = (await tab.tooltip(frame?.url))?.text ?? '';
        if (shown.includes('Data as of')) return shown;
        const now = await aim();
        if (Math.abs(now.x - to.x) > 2 || Math.abs(now.y - to.y) > 2) {
          to = now;
          await tab.mouseMove(to.x, to.y, 2);
          await tab.mouseMove(to.x + 1, to.y, 2);
        }
        return shown;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toContain('Data as of');
  return (await tab.tooltip(frame?.url))!;
}

export function tooltipScenario(d: Driver): void {
  it("shows the tooltip inside a frame, from that frame's own copy of the content script", async () => {
    const tab = await d.open('/dynamic.html');
    await expect.poll(() => tab.inFrame('/frame.html', highlightCount)).toBe(2);
    // The page adds a line above the frame at 600 ms and rewrites one at 900 ms: the pointer is aimed
    // once they are done, or it would rest where the frame's text was before the line moved it down.
    await expect
      .poll(() => tab.inPage(() => (document.getElementById('static')?.textContent ?? '').includes('Citrix')))
      .toBe(true);
    const shown = await hover(tab, 'Check Point Software', 'Check Point', {
      selector: '#frame',
      url: '/frame.html',
    });
    expect(shown.text).toContain('Check Point');
    expect(shown.vendorId).toBe('check-point');
    expect(
      await tab.inFrame('/frame.html', () => document.querySelector('[data-vendor-lens-ui]') !== null),
    ).toBe(true);
    expect(await tab.inPage(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull(); // the top page is left alone
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('shows the tooltip inside a srcdoc frame (as mail readers show messages)', async () => {
    const tab = await d.open('/srcdoc.html', 'none'); // the top page names no vendor: wait for the frame's marks
    await expect.poll(() => tab.inFrame('about:srcdoc', highlightCount)).toBe(1);
    const shown = await hover(tab, 'Fortinet licences', 'Fortinet', {
      selector: '#mail',
      url: 'about:srcdoc',
    });
    expect(shown.text).toContain('Data as of');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it.each([
    ['a strict Content-Security-Policy', '/csp.html', 'Hikvision'],
    ['hostile CSS', '/hostile.html', 'Huawei'],
    ['a page that deletes unknown elements', '/remover.html', 'ZTE'],
  ])('shows a styled, readable tooltip under %s', async (_, path, name) => {
    const tab = await d.open(path);
    const shown = await hover(tab, name);
    expect(shown).toMatchObject({ open: true, bg: WHITE, top: true });
    expect(shown.width).toBeGreaterThan(250);
    expect(shown.text).toContain(name);
    await new Promise((r) => setTimeout(r, 500)); // the remover page gets several chances to throw the host away
    const after = await tab.tooltip();
    expect(after).toMatchObject({ open: true, bg: WHITE, top: true });
    expect(after!.width).toBeGreaterThan(250);
    expect(after!.text).toContain(name);
    if (path === '/remover.html')
      expect(await tab.inPage(() => (window as unknown as { removed: number }).removed)).toBeGreaterThan(0);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
}
