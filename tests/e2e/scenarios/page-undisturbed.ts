/**
 * Page safety, the page undisturbed (see page-safety.ts): typing in inputs,
 * text areas and editable regions, and a React page that re-renders every
 * 50 ms keeps working and stays correctly marked.
 */
import { expect, it } from 'vitest';
import type { Driver } from '../drivers/driver.ts';

type Win = { renders: number; paused: boolean };
const renders = () => (window as unknown as Win).renders;
const pause = (paused: boolean) => void ((window as unknown as Win).paused = paused);
const valueOf = (sel: string) => (document.querySelector(sel) as HTMLInputElement).value;

export function undisturbedScenario(d: Driver): void {
  it('never disturbs typing in inputs, text areas and editable regions', async () => {
    const tab = await d.open('/editors.html');
    const typed = 'Kaspersky and Huawei and Palo Alto Networks';
    for (const sel of ['#input', '#textarea', '#editable']) {
      await tab.click(sel);
      await tab.type(typed, 5);
    }
    await new Promise((r) => setTimeout(r, 400));
    expect(await tab.inPage(valueOf, '#input')).toBe(typed);
    expect(await tab.inPage(valueOf, '#textarea')).toBe(typed);
    expect(await tab.inPage(() => document.getElementById('editable')!.textContent)).toBe(typed);
    expect(await tab.inPage(() => document.getElementById('editable')!.childNodes.length)).toBe(1);
    // Only the paragraph outside the editors: found, and painted.
    expect(await tab.mentions()).toEqual(['Kaspersky']);
    expect(await tab.marks()).toEqual(['Kaspersky']);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('keeps a React page that re-renders every 50 ms working and correctly marked', async () => {
    const tab = await d.open('/react.html', 'started'); // it never stops changing
    await new Promise((r) => setTimeout(r, 1500));
    const before = await tab.inPage(renders);
    expect(before).toBeGreaterThan(15);
    // Once the page settles, every mention points at live text that says what it marks, and nothing is missed.
    await tab.inPage(pause, true);
    await new Promise((r) => setTimeout(r, 400));
    if (d.contentWorld) {
      const check = await d.contentWorld<{ n: number; stale: number }>(
        tab,
        `(() => {
      const ms = [...globalThis.__vendorLens.scanner.mentions];
      const stale = ms.filter((m) => !m.range.startContainer.isConnected || m.range.startContainer.data.slice(m.range.startOffset, m.range.startOffset + m.text.length) !== m.text).length;
      return { n: ms.length, stale };
    })()`,
      );
      expect(check.stale).toBe(0);
      expect(check.n).toBe(5); // the ticker's name and the four list rows
    } else expect(await tab.mentions()).toHaveLength(5);
    await tab.inPage(pause, false);
    await tab.click('#typed');
    await tab.type('Huawei', 20);
    expect(await tab.inPage(valueOf, '#typed')).toBe('Huawei');
    expect(await tab.inPage(renders)).toBeGreaterThan(before);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
}
