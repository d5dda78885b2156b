/**
 * The card for every vendor, in real Chromium at 1280×800 and at 200% zoom
 * (the same layout as a 640×400 viewport at device scale 2): at most ~1,200
 * characters on screen, at most 10 tab stops, no inner scrolling at 100%,
 * and at 200% the answer and "Full profile" visible without scrolling.
 * Cards are opened through the content script's test hook on a mention of
 * the demo page, with each vendor's record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { compileDataset } from '../../src/data/compile.ts';
import {
  inContentWorld,
  launchChromium,
  ROOT,
  serve,
  waitForScan,
  type Chromium,
  type Served,
} from './harness.ts';

interface Measure {
  chars: number;
  stops: number;
  inner: number;
  visible: number;
  answerVisible: boolean;
  profileVisible: boolean;
  first: string;
}

const MEASURE = (id: string, name: string) => `(async () => {
  const app = globalThis.__vendorLens;
  const m = app.scanner.ordered()[0];
  app.tooltip.hide();
  app.tooltip.show({ range: m.range, vendorId: ${JSON.stringify(id)}, vendorName: ${JSON.stringify(name)} });
  const deadline = Date.now() + 5000;
  let tip;
  while (Date.now() < deadline) {
    tip = app.tooltip.element;
    if (tip && tip.dataset.vendor === ${JSON.stringify(id)} && tip.textContent.includes('Data as of') && !tip.textContent.includes('Loading')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const clone = tip.cloneNode(true);
  clone.querySelectorAll('.sr, [aria-hidden=true]').forEach((e) => e.remove());
  const inView = (e) => { if (!e) return false; const r = e.getBoundingClientRect(); const t = tip.getBoundingClientRect(); return r.top >= t.top && r.bottom <= t.bottom + 0.5 && r.bottom <= innerHeight + 0.5; };
  const answer = tip.querySelector('.now li, .none');
  const profile = [...tip.querySelectorAll('button')].find((b) => b.textContent === 'Full profile');
  return {
    chars: clone.textContent.replace(/\\s+/g, ' ').length,
    stops: tip.querySelectorAll('a[href], button, [tabindex]:not([tabindex="-1"])').length,
    inner: tip.scrollHeight - tip.clientHeight,
    visible: tip.clientHeight,
    answerVisible: inView(answer),
    profileVisible: inView(profile),
    first: (tip.querySelector('.body')?.firstElementChild?.textContent ?? '').slice(0, 40),
  };
})()`;

const vendors = compileDataset().vendors.map((v) => ({ id: v.id, name: v.name }));
let server: Served;
let browser: Chromium;
let page: Page;

beforeAll(async () => {
  server = await serve({ '/': join(ROOT, 'tests/pages') });
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${server.url}/demo.html`);
  await waitForScan(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the card of every vendor in Chromium', () => {
  it('fits 1,200 characters and 10 tab stops, without inner scrolling at 100%', async () => {
    const over: string[] = [];
    for (const v of vendors) {
      const m = await inContentWorld<Measure>(page, MEASURE(v.id, v.name));
      if (m.chars > 1200 || m.stops > 10 || m.inner > 1)
        over.push(`${v.id}: ${m.chars} chars, ${m.stops} stops, ${m.inner}px scrolled`);
      expect(m.first).toMatch(/^(In force now|No (restriction|government action))/);
    }
    expect(over).toEqual([]);
  });

  it('shows the answer and "Full profile" without scrolling at 200% zoom', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', {
      width: 640,
      height: 400,
      deviceScaleFactor: 2,
      mobile: false,
    });
    try {
      for (const id of ['kaspersky', 'huawei', 'hikvision', 'microsoft', 'nso-group']) {
        const v = vendors.find((x) => x.id === id)!;
        const m = await inContentWorld<Measure>(page, MEASURE(v.id, v.name));
        expect({ id, answer: m.answerVisible, profile: m.profileVisible }).toEqual({
          id,
          answer: true,
          profile: true,
        });
      }
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
    }
  });
});
