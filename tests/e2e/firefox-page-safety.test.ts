/**
 * Page safety in real Firefox ESR, where it applies as in Chromium: a styled
 * tooltip on top of the page under a strict Content-Security-Policy, hostile
 * CSS and a page that deletes unknown elements; the tooltip inside a frame
 * (its code injected into that frame); names in frames, shadow roots and
 * content added later; typing in inputs, text areas and editable regions
 * undisturbed; no page error and no request off the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { externalRequests, ROOT, serve, type Served } from './harness.ts';
import { centreOfText } from '../../src/cli/browser/page-text.ts';
import { type Firefox, launchFirefox, markedTexts, newPage, poll, tooltipProbe } from './firefox-harness.ts';

let server: Served;
let ff: Firefox;

const CSP_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>CSP</title></head><body><p>Under a strict policy, Hikvision is named.</p></body></html>';

beforeAll(async () => {
  server = await serve(
    { '/': join(ROOT, 'tests/pages') },
    {
      '/csp.html': { body: CSP_PAGE, headers: { 'content-security-policy': "default-src 'none'" } },
    },
  );
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await newPage(ff);
  const errors: string[] = [];
  // Firefox reports its own favicon request refused by a strict CSP as a page error; that one is not ours.
  page.on('pageerror', (e) => {
    if (!/favicon\.ico/.test(String(e))) errors.push(String(e));
  });
  await page.goto(`${server.url}${path}`);
  await poll(
    () => markedTexts(page),
    (t) => t.length > 0,
    `marks on ${path}`,
  );
  return { page, errors };
}

/** The tooltip of `page`, or of its frame `frame`: open, styled, big enough to read, topmost at its centre, and its text. */
const tooltipState = async (page: Page, frame?: Frame) => {
  const s = await tooltipProbe(ff, page, frame?.url());
  return s?.open ? s : null;
};

async function hover(
  page: Page,
  where: Page | Frame,
  text: string,
  part: string,
  offset = { x: 0, y: 0 },
): Promise<void> {
  const c = await where.evaluate(centreOfText, [text, part] as const);
  if (!c) throw new Error(`text not on the page: ${text}`);
  await page.mouse.move(2, 2);
  await page.mouse.move(offset.x + c.x, offset.y + c.y, { steps: 4 });
}

describe('Firefox ESR: page safety', () => {
  it.each([
    ['a strict Content-Security-Policy', '/csp.html', 'Hikvision'],
    ['hostile CSS', '/hostile.html', 'Huawei'],
    ['a page that deletes unknown elements', '/remover.html', 'ZTE'],
  ])('shows a styled, readable tooltip under %s', async (_, path, name) => {
    const { page, errors } = await open(path);
    await hover(page, page, name, name);
    const shown = await poll(
      () => tooltipState(page),
      (s) => !!s?.text.includes('Data as of'),
      `${name} tooltip`,
    );
    expect(shown).toMatchObject({ bg: 'rgb(255, 255, 255)', top: true });
    expect(shown!.width).toBeGreaterThan(250);
    expect(shown!.text).toContain(name);
    await new Promise((r) => setTimeout(r, 500)); // the remover page gets several chances to throw the host away
    expect(await tooltipState(page)).toMatchObject({ bg: 'rgb(255, 255, 255)', top: true });
    if (path === '/remover.html')
      expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBeGreaterThan(
        0,
      );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds names in frames, shadow roots and content added later, and shows the tooltip inside a frame', async () => {
    const { page, errors } = await open('/dynamic.html');
    await poll(
      () => markedTexts(page),
      (t) => ['Kaspersky Lab', 'Hikvision', 'Ivanti Connect Secure', 'Citrix'].every((n) => t.includes(n)),
      'marks in later content',
    );
    const inShadow = await page.evaluate(() =>
      ['vendor-lens', 'vendor-lens-strong']
        .flatMap((k) => [...(CSS.highlights.get(k) ?? [])])
        .some((r) => r.startContainer.parentElement?.id === 'in-shadow'),
    );
    expect(inShadow).toBe(true);
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await poll(
      () =>
        frame.evaluate(() =>
          ['vendor-lens', 'vendor-lens-strong', 'vendor-lens-dark', 'vendor-lens-strong-dark'].reduce(
            (n, k) => n + (CSS.highlights.get(k)?.size ?? 0),
            0,
          ),
        ),
      (n) => n === 2,
      'marks in the frame',
    );
    const box = (await (await page.$('#frame'))!.boundingBox())!;
    await hover(page, frame, 'Check Point Software', 'Check Point', box);
    const shown = await poll(
      () => tooltipState(page, frame),
      (s) => !!s?.text.includes('Data as of'),
      'tooltip in the frame',
    );
    expect(shown!.text).toContain('Check Point');
    expect(await page.evaluate(() => document.querySelector('[data-vendor-lens-ui]'))).toBeNull();
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
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.$eval('#input', (e) => (e as HTMLInputElement).value)).toBe(typed);
    expect(await page.$eval('#textarea', (e) => (e as HTMLTextAreaElement).value)).toBe(typed);
    expect(await page.$eval('#editable', (e) => e.textContent)).toBe(typed);
    expect(await markedTexts(page)).toEqual(['Kaspersky']); // only the paragraph outside the editors
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request off the machine', () => {
    expect(ff.requests.length).toBeGreaterThan(0);
    expect(externalRequests(ff.requests)).toEqual([]);
  });
});
