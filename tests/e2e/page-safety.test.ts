/**
 * Pages survive the extension, and the extension survives pages (Chromium):
 * split text, same-origin frames, shadow roots, content added or changed
 * later; editors never disturbed; strict CSP, hostile CSS and a page that
 * deletes unknown elements still get a styled, visible tooltip; a React page
 * re-rendering every 50 ms keeps working and stays correctly marked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  externalRequests,
  inContentWorld,
  launchChromium,
  ROOT,
  serve,
  waitForScan,
  type Chromium,
  type Served,
} from './harness.ts';
import { hoverText, mentionTexts } from './page-helpers.ts';
import { centreOfText } from '../../src/cli/browser/page-text.ts';

let server: Served;
let browser: Chromium;

const CSP_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>CSP</title></head><body><p>Under a strict policy, Hikvision is named.</p></body></html>';

beforeAll(async () => {
  server = await serve(
    { '/node_modules/': join(ROOT, 'node_modules'), '/': join(ROOT, 'tests/pages') },
    {
      '/csp.html': { body: CSP_PAGE, headers: { 'content-security-policy': "default-src 'none'" } },
    },
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, { settled = true } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await waitForScan(page, { settled });
  return { page, errors };
}

/** The tooltip is open, has its styles, is big enough to read and is the topmost thing at its centre. */
const tooltipVisible = (page: Page) =>
  inContentWorld<{ open: boolean; bg: string; width: number; top: boolean }>(
    page,
    `(() => {
  const t = globalThis.__vendorLens.tooltip; const el = t.element; const r = el.getBoundingClientRect();
  return { open: t.open, bg: getComputedStyle(el).backgroundColor, width: r.width,
    top: document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(40, r.height / 2)) === t.hostElement };
})()`,
  );

describe('Chromium: page safety', () => {
  it('finds names split over nodes, in frames and shadow roots, and in content added or changed later', async () => {
    const { page, errors } = await open('/dynamic.html');
    await expect
      .poll(() => mentionTexts(page), { timeout: 5000 })
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
    expect(await mentionTexts(page)).not.toContain('SolarWinds'); // the changed line no longer says it
    // The shadow root gets the highlight colours (the document's stylesheet does not reach into it).
    const shadowRules = await page.evaluate(() =>
      document
        .getElementById('shadow-host')!
        .shadowRoot!.adoptedStyleSheets.flatMap((x) => [...x.cssRules].map((r) => r.cssText)),
    );
    expect(shadowRules.some((r) => r.startsWith('::highlight(vendor-lens)'))).toBe(true);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect
      .poll(() =>
        frame.evaluate(() =>
          ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
            (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
            0,
          ),
        ),
      )
      .toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the tooltip inside a frame, from that frame's own copy of the content script", async () => {
    const { page, errors } = await open('/dynamic.html');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await expect
      .poll(() =>
        frame.evaluate(() =>
          ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
            (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
            0,
          ),
        ),
      )
      .toBe(2);
    const box = (await (await page.$('#frame'))!.boundingBox())!;
    const p = (await frame.evaluate(centreOfText, ['Check Point Software', 'Check Point'] as const))!;
    await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 4 });
    await page.mouse.move(box.x + p.x + 1, box.y + p.y, { steps: 2 }); // rest on it, as a reader does
    const inFrame = <T>(expr: string) => inContentWorld<T>(page, expr, '/frame.html');
    await expect
      .poll(() => inFrame<string>(`globalThis.__vendorLens.tooltip.element?.textContent ?? ''`), {
        timeout: 15_000, // hover intent, then the tooltip's code and the record arrive; slow on a busy machine
      })
      .toContain('Data as of');
    expect(await inFrame<string>(`globalThis.__vendorLens.tooltip.current.vendorId`)).toBe('check-point');
    expect(await frame.evaluate(() => document.querySelector('[data-vendor-lens-ui]') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull(); // the top page is left alone
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the tooltip inside a srcdoc frame (as mail readers show messages)', async () => {
    const { page, errors } = await open('/srcdoc.html');
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await expect
      .poll(() =>
        frame.evaluate(() =>
          ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
            (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
            0,
          ),
        ),
      )
      .toBe(1);
    const box = (await (await page.$('#mail'))!.boundingBox())!;
    const p = (await frame.evaluate(centreOfText, ['Fortinet licences', 'Fortinet'] as const))!;
    await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 4 });
    await expect
      .poll(
        () =>
          inContentWorld<string>(
            page,
            `globalThis.__vendorLens.tooltip.element?.textContent ?? ''`,
            'about:srcdoc',
          ),
        { timeout: 5000 },
      )
      .toContain('Data as of');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads the text around scripts, styles and noscript, never inside them', async () => {
    const { page, errors } = await open('/scripts.html');
    await waitForScan(page);
    expect((await mentionTexts(page)).sort()).toEqual([
      'Citrix',
      'Dahua',
      'Hikvision',
      'Huawei',
      'SolarWinds',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('survives a page that changes the nodes a scan stands on between two slices', async () => {
    // A scanner of our own in the content world, driven step by step: the batch is read and its hits
    // located, then the page removes a node before the hits are walked.
    const run = (change: string) =>
      inContentWorld<{ texts: string[]; detached: number; restarts: number }>(
        page,
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
    const { page, errors } = await open('/walk.html');
    await waitForScan(page);
    // The hit's own text node goes: its walk breaks and is started again.
    const a = await run(`document.getElementById('p1').firstChild.remove()`);
    expect(a).toEqual({ texts: ['Dahua', 'Huawei'], detached: 0, restarts: 1 });
    await page.reload();
    await waitForScan(page);
    // The hit's paragraph goes: nothing is marked in the removed subtree.
    const b = await run(`document.getElementById('p2').remove()`);
    expect(b).toEqual({ texts: ['Dahua', 'Kaspersky'], detached: 0, restarts: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps at most 5,000 marks on a page that grows forever, the newest ones', async () => {
    const { page, errors } = await open('/endless.html');
    await page.waitForSelector('body[data-done]', { timeout: 20_000 });
    await waitForScan(page);
    const state = await inContentWorld<{ size: number; marks: number; first: boolean; last: boolean }>(
      page,
      `(() => {
      const ms = [...globalThis.__vendorLens.scanner.mentions];
      const has = (id) => ms.some((m) => m.range.startContainer.parentElement.id === id);
      return { size: ms.length, marks: ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0), first: has('post-0'), last: has('post-5999') };
    })()`,
    );
    expect(state).toEqual({ size: 5000, marks: 5000, first: false, last: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds shadow roots of custom elements on a page too big to visit every element', async () => {
    const { page, errors } = await open('/big-shadow.html');
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(20_000);
    await expect.poll(() => mentionTexts(page), { timeout: 5000 }).toContain('Sophos');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('never disturbs typing in inputs, text areas and editable regions', async () => {
    const { page, errors } = await open('/editors.html');
    const typed = 'Kaspersky and Huawei and Palo Alto Networks';
    for (const sel of ['#input', '#textarea', '#editable']) {
      await page.click(sel);
      await page.keyboard.type(typed, { delay: 5 });
    }
    await page.waitForTimeout(400);
    expect(await page.inputValue('#input')).toBe(typed);
    expect(await page.inputValue('#textarea')).toBe(typed);
    expect(await page.textContent('#editable')).toBe(typed);
    expect(await page.evaluate(() => document.getElementById('editable')!.childNodes.length)).toBe(1);
    expect(await mentionTexts(page)).toEqual(['Kaspersky']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a strict Content-Security-Policy', '/csp.html', 'Hikvision'],
    ['hostile CSS', '/hostile.html', 'Huawei'],
    ['a page that deletes unknown elements', '/remover.html', 'ZTE'],
  ])('shows a styled, readable tooltip under %s', async (_, path, name) => {
    const { page, errors } = await open(path);
    await hoverText(page, name);
    await expect
      .poll(() => tooltipVisible(page))
      .toEqual({ open: true, bg: 'rgb(255, 255, 255)', width: expect.any(Number), top: true });
    await page.waitForTimeout(500); // the remover page gets several chances to throw the host away
    expect(await tooltipVisible(page)).toEqual({
      open: true,
      bg: 'rgb(255, 255, 255)',
      width: expect.any(Number),
      top: true,
    });
    if (path === '/remover.html')
      expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBeGreaterThan(
        0,
      );
    expect((await tooltipVisible(page)).width).toBeGreaterThan(250);
    expect(
      await inContentWorld<string>(page, 'globalThis.__vendorLens.tooltip.element.textContent'),
    ).toContain(name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a React page that re-renders every 50 ms working and correctly marked', async () => {
    const { page, errors } = await open('/react.html', { settled: false }); // it never stops changing
    await page.waitForTimeout(1500);
    const renders = await page.evaluate(() => (window as unknown as { renders: number }).renders);
    expect(renders).toBeGreaterThan(15);
    // Once the page settles, every mention points at live text that says what it marks, and nothing is missed.
    await page.evaluate(() => {
      (window as unknown as { paused: boolean }).paused = true;
    });
    await page.waitForTimeout(400);
    const check = await inContentWorld<{ n: number; stale: number }>(
      page,
      `(() => {
      const ms = [...globalThis.__vendorLens.scanner.mentions];
      const stale = ms.filter((m) => !m.range.startContainer.isConnected || m.range.startContainer.data.slice(m.range.startOffset, m.range.startOffset + m.text.length) !== m.text).length;
      return { n: ms.length, stale };
    })()`,
    );
    expect(check.stale).toBe(0);
    expect(check.n).toBe(5); // the ticker's name and the four list rows
    await page.evaluate(() => {
      (window as unknown as { paused: boolean }).paused = false;
    });
    await page.click('#typed');
    await page.keyboard.type('Huawei', { delay: 20 });
    expect(await page.inputValue('#typed')).toBe('Huawei');
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBeGreaterThan(
      renders,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request off the machine', () => {
    expect(externalRequests(browser.requests)).toEqual([]);
  });
});
