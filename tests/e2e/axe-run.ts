/**
 * axe-core for the Chromium tests: its source read from node_modules, run in
 * a page's main world or in the content script's isolated world (where the
 * card's closed shadow root can be handed to axe), and its findings turned
 * into one readable line per element (rule, impact, target, what is wrong).
 * A colour contrast axe could not work out counts as a finding too: an
 * unchecked contrast is not a passed one (save for text partly scrolled out
 * of a scroll box, whose rows alike in style are measured).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { inContentWorld } from './harness.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(join(dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA rules, and Deque's best practices. */
const OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};

export interface AxeSummary {
  /** One line per element found wanting: `rule [impact] target: what is wrong`. */
  violations: string[];
  /** Elements checked by passing rules, and how many of them sit in a shadow root. */
  passed: number;
  passedInShadow: number;
  /** Elements whose colour contrast was measured and passed. */
  contrastPassed: number;
}

/**
 * Runs in the browser: axe over `context` (a JS expression), condensed to lines. Targets inside a shadow
 * root are axe's [host, inner] pairs, shown as `host ▸ inner`. `shadowMeasuredApart`: contrast in a
 * shadow root is measured by a run of its own (axeWithCard), so not reported here as unmeasured. `rules`:
 * only these rules (default: every rule of the tags above).
 */
const RUN = (context: string, { shadowMeasuredApart = false, rules = [] as string[] } = {}) => `(async () => {
  const r = await axe.run(${context}, ${JSON.stringify(rules.length ? { runOnly: { type: 'rule', values: rules } } : OPTIONS)});
  const target = (n) => n.target.map((s) => (Array.isArray(s) ? s.join(' ▸ ') : s)).join(' ');
  const line = (v, n, what) => v.id + ' [' + (v.impact ?? n.impact ?? '?') + '] ' + target(n) + ': ' + what;
  const unmeasured = r.incomplete.filter((v) => v.id === 'color-contrast');
  const nodes = r.passes.flatMap((p) => p.nodes);
  return {
    violations: [
      ...r.violations.flatMap((v) => v.nodes.map((n) =>
        line(v, n, v.help + '. ' + (n.failureSummary ?? '').replace(/\\s+/g, ' ').slice(0, 240)))),
      ...unmeasured.flatMap((v) => v.nodes.filter((n) => !(${shadowMeasuredApart} && Array.isArray(n.target[0])))
        .filter((n) => n.any[0]?.data?.messageKey !== 'elmPartiallyObscured').map((n) =>
        line(v, n, 'contrast could not be measured (' + JSON.stringify(n.any[0]?.data ?? null) + ')'))),
    ],
    passed: nodes.length,
    passedInShadow: nodes.filter((n) => Array.isArray(n.target[0])).length,
    contrastPassed: r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0,
  };
})()`;

/** axe over the page's document (or the element `selector` picks), in the page's own world. */
export async function axePage(page: Page, selector: string | null = null): Promise<AxeSummary> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(RUN(selector ? JSON.stringify({ include: [selector] }) : 'document'));
}

/**
 * In the content script's world, `run` with the card's closed shadow root visible to axe: for the duration
 * of the run, and in that world only, `shadowRoot` of our host element returns the root the content script
 * holds, which is how axe walks any open shadow root. With `layoutFromHost`, `document.body` also answers
 * with our host there: axe lays out the elements it measures (contrast, target sizes) from <body> down,
 * and our host is a child of <html>, beside <body>. Page scripts never see either change (their world has
 * its own prototypes); both are undone when the run ends.
 */
async function inCardWorld(page: Page, run: string, layoutFromHost: boolean): Promise<AxeSummary> {
  if (!(await inContentWorld<boolean>(page, 'typeof axe !== "undefined"')))
    await inContentWorld(page, `${AXE_SOURCE};undefined`);
  return inContentWorld(
    page,
    `(async () => {
      const t = globalThis.__vendorLens.tooltip;
      const host = t.hostElement, root = t.element.getRootNode();
      const shadow = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot');
      const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body');
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() { return this === host ? root : shadow.get.call(this); },
      });
      if (${layoutFromHost})
        Object.defineProperty(Document.prototype, 'body', { configurable: true, get() { return host; } });
      try { return await ${run}; }
      finally {
        Object.defineProperty(Element.prototype, 'shadowRoot', shadow);
        Object.defineProperty(Document.prototype, 'body', body);
      }
    })()`,
  );
}

/**
 * The whole document with the card in it (every rule), then the card's contrast and target sizes on their
 * own, laid out from our host (the card is opaque: what lies under it does not count).
 */
export async function axeWithCard(page: Page): Promise<{ page: AxeSummary; card: AxeSummary }> {
  return {
    page: await inCardWorld(page, RUN('document', { shadowMeasuredApart: true }), false),
    card: await inCardWorld(
      page,
      RUN('globalThis.__vendorLens.tooltip.element', { rules: ['color-contrast', 'target-size'] }),
      true,
    ),
  };
}
