/**
 * Pages survive the extension, and the extension survives pages — written once,
 * run in Chromium (page-safety.test.ts) and Firefox ESR
 * (firefox-page-safety.test.ts) through a driver (../drivers/): names found
 * wherever they stand (page-reading.ts), a styled tooltip on top under hostile
 * pages and inside frames (page-tooltip.ts), editors and a busy React page
 * undisturbed (page-undisturbed.ts), and no request off the machine.
 */
import { expect, it } from 'vitest';
import { join } from 'node:path';
import { externalRequests, ROOT } from '../harness.ts';
import type { SuiteOptions } from '../suite.ts';
import type { Driver } from '../drivers/driver.ts';
import { readingScenario } from './page-reading.ts';
import { tooltipScenario } from './page-tooltip.ts';
import { undisturbedScenario } from './page-undisturbed.ts';

const CSP_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>CSP</title></head><body><p>Under a strict policy, Hikvision is named.</p></body></html>';

/** The server the scenario needs: the test pages, React for react.html, and a page under a strict CSP. */
export const PAGE_SAFETY_PAGES: SuiteOptions = {
  mounts: { '/node_modules/': join(ROOT, 'node_modules'), '/': join(ROOT, 'tests/pages') },
  routes: { '/csp.html': { body: CSP_PAGE, headers: { 'content-security-policy': "default-src 'none'" } } },
};

export function pageSafetyScenario(d: Driver): void {
  readingScenario(d);
  tooltipScenario(d);
  undisturbedScenario(d);

  it('sent no request off the machine', () => {
    expect(d.requests().length).toBeGreaterThan(0);
    expect(externalRequests(d.requests())).toEqual([]);
  });
}
