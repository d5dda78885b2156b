/**
 * The content script's test hook, compiled into the test build only
 * (src/shared/test-hooks.ts): the App on the content script's own global
 * (Chromium tests evaluate in that world over CDP), and for Firefox, whose
 * test driver cannot reach that world, a reply to `{ test: 'tooltip', href }`
 * sent by an extension page — the tooltip as the user sees it, read here
 * because no page script can read it (closed shadow root); and to
 * `{ test: 'card', href, id, name, pointer }` the measure of that vendor's
 * card (test-card.ts). The same probe is on the content script's global as
 * `__vendorLensProbe()`.
 */
import { onMessage } from '../shared/browser-api.ts';
import { exposeForTests, TEST_HOOKS } from '../shared/test-hooks.ts';
import type { LazyTooltip } from './tooltip-loader.ts';
import type { Scanner } from './scanner.ts';
import { measureCard, type CardMeasure, type CardRequest } from './test-card.ts';

/** What the hook reads of the content script's App. */
interface Probed {
  tooltip: LazyTooltip;
  scanner: Scanner | null;
  counts(): { id: string; count: number }[];
}

export interface TooltipProbe {
  open: boolean;
  vendorId: string | null;
  text: string;
  links: string[];
  bg: string;
  width: number;
  /** The tooltip is what the user sees at its own centre. */
  top: boolean;
  mentions: string[];
  /** Distinct vendors found. */
  vendors: number;
  /** Mentions per vendor id. */
  counts: Record<string, number>;
  /** The centre of the "Full profile" button, for a real click. */
  more: { x: number; y: number } | null;
}

/** The centre of `el`, scrolled into view first (inside the tooltip, as a user would scroll to it). */
function centre(el: Element | null | undefined): { x: number; y: number } | null {
  el?.scrollIntoView({ block: 'nearest' });
  const r = el?.getBoundingClientRect();
  return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
}

type HookReply = Promise<TooltipProbe | CardMeasure | null> | undefined;

/** The tooltip and the scan as the content script sees them. */
function probe(app: Probed): TooltipProbe {
  const t = app.tooltip,
    el = t.element;
  const r = el?.getBoundingClientRect();
  return {
    open: t.open,
    vendorId: t.current?.vendorId ?? null,
    text: t.open ? (el?.textContent ?? '') : '',
    links: el ? [...el.querySelectorAll('a')].map((a) => a.href) : [],
    bg: el ? getComputedStyle(el).backgroundColor : '',
    width: r ? Math.round(r.width) : 0,
    top:
      !!r &&
      document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(40, r.height / 2)) === t.hostElement,
    mentions: [...(app.scanner?.mentions ?? [])].map((x) => x.text),
    vendors: app.scanner?.counts().size ?? 0,
    counts: Object.fromEntries(app.counts().map((c) => [c.id, c.count])),
    more: centre(el?.querySelector('button.more')),
  };
}

export function installTestHook(app: Probed): void {
  if (!TEST_HOOKS) return;
  exposeForTests('__vendorLens', app);
  // The same probe, for drivers that can evaluate in this world (Chromium over CDP).
  exposeForTests('__vendorLensProbe', () => probe(app));
  onMessage((raw: unknown): HookReply => {
    const m = raw as ({ test?: string; href?: string } & Partial<CardRequest>) | null;
    if (m?.test === 'card' && m.href === location.href)
      return measureCard(app, { id: String(m.id), name: String(m.name), pointer: !!m.pointer });
    if (m?.test !== 'tooltip' || m.href !== location.href) return undefined;
    return Promise.resolve(probe(app));
  });
}
