/**
 * The test build's measure of one vendor's card (test-hook.ts answers
 * `{ test: 'card', … }` with it, in every browser): opens the card of that
 * vendor's record on the page's first mention, as a pointer or the keyboard
 * would, waits until it is filled in and placed, and reports what the card
 * budget is checked against (tests/e2e/card-scenario.ts): the characters a
 * reader sees, the tab stops, inner scrolling, the order of the parts, the
 * languages marked, the footer's shortcut hint, and whether the answer and
 * "Full profile" are in view without scrolling.
 */
import type { LazyTooltip } from './tooltip-loader.ts';
import type { Scanner } from './scanner.ts';

export interface CardRequest {
  id: string;
  name: string;
  /** Opened as by pointer or tap (the footer may show the shortcut), else as from the keyboard. */
  pointer: boolean;
}

export interface CardMeasure {
  vendorId: string;
  /** Characters on screen: screen-reader-only and hidden text left out, white space collapsed. */
  chars: number;
  /** Links, buttons and other elements reached with Tab. */
  stops: number;
  /** Pixels the card scrolls inside. */
  inner: number;
  /** The classes of the body's parts, in order: `now` or `none` first, then `notable`, `says`, `kev`. */
  parts: string[];
  /** The first part's text, shortened. */
  first: string;
  /** The card's `lang`, and the one marked on the vendor's words ('' without a response). */
  lang: string;
  responseLang: string;
  /** The footer's shortcut hint ('' when none). */
  hint: string;
  answerVisible: boolean;
  profileVisible: boolean;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the filled-in card stops moving (placement follows the fill asynchronously). */
async function settled(tip: HTMLElement): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const r = tip.getBoundingClientRect();
    const now = `${r.top} ${r.left} ${r.height} ${tip.style.maxHeight} ${tip.scrollHeight}`;
    if (now === last) return;
    last = now;
    await pause(30);
  }
}

export async function measureCard(
  app: { tooltip: LazyTooltip; scanner: Scanner | null },
  req: CardRequest,
): Promise<CardMeasure | null> {
  const m = app.scanner?.ordered()[0];
  if (!m) return null;
  app.tooltip.hide();
  app.tooltip.show({ range: m.range, vendorId: req.id, vendorName: req.name }, { pointer: req.pointer });
  let tip: HTMLElement | null = null;
  for (const deadline = Date.now() + 5000; !tip && Date.now() < deadline; await pause(20)) {
    const el = app.tooltip.element;
    if (el?.dataset.vendor === req.id && el.querySelector('.asof')?.textContent) tip = el;
  }
  if (!tip) return null;
  await settled(tip);
  const clone = tip.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.sr, [aria-hidden=true]').forEach((e) => e.remove());
  const box = tip.getBoundingClientRect();
  const inView = (e: Element | null) => {
    const r = e?.getBoundingClientRect();
    return !!r && r.top >= box.top && r.bottom <= box.bottom + 0.5 && r.bottom <= innerHeight + 0.5;
  };
  const body = tip.querySelector('.body');
  return {
    vendorId: req.id,
    chars: (clone.textContent ?? '').replace(/\s+/g, ' ').length,
    stops: tip.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')
      .length,
    inner: tip.scrollHeight - tip.clientHeight,
    parts: [...(body?.children ?? [])].map((c) => c.className),
    first: (body?.firstElementChild?.textContent ?? '').slice(0, 40),
    lang: tip.lang,
    responseLang: tip.querySelector('.says span')?.getAttribute('lang') ?? '',
    hint: tip.querySelector('footer .hint')?.textContent ?? '',
    answerVisible: inView(tip.querySelector('.now li, .none')),
    profileVisible: inView(tip.querySelector('footer button.more')),
  };
}
