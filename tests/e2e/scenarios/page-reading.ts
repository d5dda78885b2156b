/**
 * Page safety, reading (see page-safety.ts): names split over nodes, in frames,
 * shadow roots and content added or changed later; never inside scripts and
 * styles; shadow roots on a page too big to visit; and, where the driver can
 * drive the content script's own scanner (Chromium), a page changing under a
 * scan and the cap on marks of a page that grows forever.
 */
import { expect, it } from 'vitest';
import type { Driver } from '../drivers/driver.ts';

/** Page-world function: how many ranges our highlights hold, dark variants included. */
export const highlightCount = () =>
  ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
    (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
    0,
  );

export function readingScenario(d: Driver): void {
  it('finds names split over nodes, in frames and shadow roots, and in content added or changed later', async () => {
    const tab = await d.open('/dynamic.html');
    await expect
      .poll(() => tab.mentions())
      .toEqual(
        expect.arrayContaining([
          'Kaspersky Lab',
          'Huawei',
          'Hikvision',
          'Fortinet',
          'Ivanti Connect Secure',
          'Citrix',
        ]),
      );
    expect(await tab.mentions()).not.toContain('SolarWinds'); // the changed line no longer says it
    const painted = ['Kaspersky Lab', 'Hikvision', 'Ivanti Connect Secure', 'Citrix'];
    await expect.poll(() => tab.marks()).toEqual(expect.arrayContaining(painted));
    const inShadow = await tab.inPage(() =>
      ['vendor-lens', 'vendor-lens-strong']
        .flatMap((k) => [...(CSS.highlights.get(k) ?? [])])
        .some((r) => r.startContainer.parentElement?.id === 'in-shadow'),
    );
    expect(inShadow).toBe(true);
    // The shadow root gets the highlight colours (the document's stylesheet does not reach into it).
    const shadowRules = await tab.inPage(() =>
      document
        .getElementById('shadow-host')!
        .shadowRoot!.adoptedStyleSheets.flatMap((x) => [...x.cssRules].map((r) => r.cssText)),
    );
    expect(shadowRules.some((r) => r.startsWith('::highlight(vendor-lens)'))).toBe(true);
    await expect.poll(() => tab.inFrame('/frame.html', highlightCount)).toBe(2);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('reads the text around scripts, styles and noscript, never inside them', async () => {
    const tab = await d.open('/scripts.html');
    await tab.scanned();
    expect((await tab.mentions()).sort()).toEqual(['Citrix', 'Dahua', 'Hikvision', 'Huawei', 'SolarWinds']);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('finds names on a line too long to paint marks on, and marks only those the browser can afford', async () => {
    const tab = await d.open('/long-line.html');
    await expect
      .poll(() => tab.mentions())
      .toEqual(expect.arrayContaining(['Hikvision', 'Huawei', 'Kaspersky']));
    expect((await tab.mentions()).filter((m) => m === 'Kaspersky').length).toBe(300);
    // The paragraph and the log's short lines are marked; the 600,000-character line is not (paint-budget.ts).
    await expect.poll(() => tab.marks()).toEqual(expect.arrayContaining(['Hikvision', 'Huawei']));
    expect(await tab.marks()).not.toContain('Kaspersky');
    // And the page paints its next frames at once (300 marks on that line held Chromium's next frame for many seconds).
    const frameMs = await tab.inPage(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
        }),
    );
    expect(frameMs).toBeLessThan(1000);
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('finds shadow roots of custom elements on a page too big to visit every element', async () => {
    const tab = await d.open('/big-shadow.html');
    expect(await tab.inPage(() => document.getElementsByTagName('*').length)).toBeGreaterThan(20_000);
    await expect.poll(() => tab.mentions()).toContain('Sophos');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  it('on a page of over a million characters, meets shadow roots only in content added later (no whole-page search)', async () => {
    const tab = await d.open('/huge-shadow.html');
    expect(await tab.inPage(() => document.body.textContent!.length)).toBeGreaterThan(1_000_000);
    await expect.poll(() => tab.mentions()).toContain('Huawei');
    // The host present from the start is not searched for (limits.ts, SHADOW_SEARCH_MAX_TEXT)…
    expect(await tab.mentions()).not.toContain('Sophos');
    // …one added later is met by the rescan of what was added.
    await tab.inPage(() => {
      const host = document.createElement('news-card');
      const p = document.createElement('p');
      p.textContent = 'Later: a statement from Fortinet.';
      host.attachShadow({ mode: 'open' }).append(p);
      document.body.append(host);
    });
    await expect.poll(() => tab.mentions()).toContain('Fortinet');
    expect(tab.errors).toEqual([]);
    await tab.close();
  });

  const inWorld = d.contentWorld;
  it.skipIf(!inWorld)(
    'survives a page that changes the nodes a scan stands on between two slices',
    async () => {
      // A scanner of our own in the content world, driven step by step: the batch is read and its hits
      // located, then the page removes a node before the hits are walked.
      const tab = await d.open('/walk.html');
      const run = (change: string) =>
        inWorld!<{ texts: string[]; detached: number; restarts: number }>(
          tab,
          `(() => {
      const app = globalThis.__vendorLens;
      const sc = new app.scanner.constructor(app.matcher, { skip: () => false, added() {}, removed() {} });
      let restarts = 0;
      const enqueue = sc.enqueue.bind(sc);
      sc.enqueue = (root, o) => { if (o?.retries) restarts++; enqueue(root, o); };
      sc.enqueue(document.getElementById('walk'));
      const steps = (sc.job = sc.nextJob()).steps;
      for (let s = steps.next(); typeof s.value !== 'number'; s = steps.next()) {}
      ${change};
      while (sc.work(performance.now() + 1000)) {}
      const ms = [...sc.mentions];
      return { texts: ms.map((m) => m.text).sort(), detached: ms.filter((m) => !m.nodes[0].isConnected).length, restarts };
    })()`,
        );
      await tab.scanned();
      // The hit's own text node goes: its walk breaks and is started again.
      const a = await run(`document.getElementById('p1').firstChild.remove()`);
      expect(a).toEqual({ texts: ['Dahua', 'Huawei'], detached: 0, restarts: 1 });
      await tab.reload();
      // The hit's paragraph goes: nothing is marked in the removed subtree.
      const b = await run(`document.getElementById('p2').remove()`);
      expect(b).toEqual({ texts: ['Dahua', 'Kaspersky'], detached: 0, restarts: 0 });
      expect(tab.errors).toEqual([]);
      await tab.close();
    },
  );

  it.skipIf(!inWorld)('keeps at most 5,000 marks on a page that grows forever, the newest ones', async () => {
    const tab = await d.open('/endless.html');
    await tab.waitFor('body[data-done]', 20_000);
    await tab.scanned();
    const state = await inWorld!<{ size: number; marks: number; first: boolean; last: boolean }>(
      tab,
      `(() => {
      const ms = [...globalThis.__vendorLens.scanner.mentions];
      const has = (id) => ms.some((m) => m.range.startContainer.parentElement.id === id);
      return { size: ms.length, marks: ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0), first: has('post-0'), last: has('post-5999') };
    })()`,
    );
    expect(state).toEqual({ size: 5000, marks: 5000, first: false, last: true });
    expect(tab.errors).toEqual([]);
    await tab.close();
  });
}
