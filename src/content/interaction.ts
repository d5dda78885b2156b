/**
 * Pointer and keyboard handling for tooltips: hover intent on mentions, the
 * grace period that lets the pointer travel onto the tooltip, Esc to close,
 * a click elsewhere to dismiss; on touch screens a tap on a mention opens its
 * card at once (a mention inside a link leaves the tap to the link: its card
 * is reached from the popup or the keyboard). All listeners die with the
 * activation's signal.
 * Only trusted events (real input) count: a page that dispatches synthetic
 * pointer or key events opens, keeps or closes nothing.
 */
import { HOVER_CLOSE_DELAY_MS, HOVER_OPEN_DELAY_MS, TAP_SLOP_PX } from '../shared/limits.ts';
import { mentionAt } from './hover.ts';
import type { Mention } from './mentions.ts';
import type { Scanner } from './scanner.ts';
import type { LazyTooltip } from './tooltip-loader.ts';

interface HoverApp {
  scanner: Scanner | null;
  tooltip: LazyTooltip;
  hoverShow(m: Mention): void;
  /** The pointer came onto `m`: the card may open after the delay (its code can load meanwhile). */
  hoverIntent(m: Mention): void;
}

export function wireHover(doc: Document, app: HoverApp, signal: AbortSignal): void {
  let frame = 0,
    openTimer = 0,
    closeTimer = 0;
  let lastX = 0,
    lastY = 0,
    overTip = false;
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const scheduleClose = () => {
    if (closeTimer || !app.tooltip.showing) return;
    closeTimer = window.setTimeout(() => {
      closeTimer = 0;
      const focused =
        app.tooltip.hostElement?.matches(':focus-within') || doc.activeElement === app.tooltip.hostElement;
      if (!overTip && !focused) app.tooltip.hide();
    }, HOVER_CLOSE_DELAY_MS);
  };
  const check = () => {
    frame = 0;
    if (overTip || !app.scanner) return;
    const m = mentionAt(doc, app.scanner, lastX, lastY);
    if (m) {
      cancelClose();
      if (app.tooltip.current?.range === m.range) return;
      clearTimeout(openTimer);
      app.hoverIntent(m);
      openTimer = window.setTimeout(() => app.hoverShow(m), HOVER_OPEN_DELAY_MS);
    } else {
      clearTimeout(openTimer);
      scheduleClose();
    }
  };
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || e.pointerType === 'touch') return; // touch: taps, below
      lastX = e.clientX;
      lastY = e.clientY;
      overTip = app.tooltip.containsTarget(e.target);
      if (overTip) {
        cancelClose();
        clearTimeout(openTimer);
        return;
      }
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true, capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Escape' && app.tooltip.showing) {
        e.stopPropagation();
        app.tooltip.hide();
      }
    },
    { capture: true, signal },
  );
  let downX = NaN,
    downY = NaN;
  doc.addEventListener(
    'pointerdown',
    (e) => {
      if (!e.isTrusted) return;
      downX = e.clientX;
      downY = e.clientY;
      if (app.tooltip.showing && !app.tooltip.containsTarget(e.target)) app.tooltip.hide();
    },
    { capture: true, passive: true, signal },
  );
  doc.addEventListener(
    'pointerup',
    (e) => {
      if (!e.isTrusted || e.pointerType === 'mouse' || !app.scanner) return;
      if (Math.hypot(e.clientX - downX, e.clientY - downY) > TAP_SLOP_PX) return; // a scroll or drag
      if ((e.target as Element | null)?.closest?.('a[href], button, input, select, textarea, label')) return;
      const m = mentionAt(doc, app.scanner, e.clientX, e.clientY);
      if (m) app.hoverShow(m);
    },
    { capture: true, passive: true, signal },
  );
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  });
}
