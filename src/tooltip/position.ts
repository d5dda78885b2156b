/**
 * Positioning, kept apart from rendering: @floating-ui/dom places the tooltip
 * under (or above) the mention's first line box, flips and shifts it inside
 * the viewport, and follows scrolling and resizing until stopped.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { liveRange } from '../page-text/live-range.ts';

export function place(doc: Document, anchor: AbstractRange, tip: HTMLElement): () => void {
  const range = liveRange(doc, anchor);
  if (!range) return () => {};
  const reference = {
    getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: (anchor.startContainer.parentElement ?? undefined) as Element | undefined,
  };
  const update = () => {
    void computePosition(reference, tip, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            tip.style.maxHeight = `${Math.max(160, Math.min(760, availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      tip.style.left = `${Math.round(x)}px`;
      tip.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(reference, tip, update, { animationFrame: false });
}
