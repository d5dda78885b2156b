/**
 * Hover hit-testing without an element per mention: the caret position under
 * the pointer (caretPositionFromPoint, or caretRangeFromPoint in older
 * Chromium) gives a text node and offset, looked up in the scanner's index,
 * then confirmed against the mention's line boxes (the caret snaps to the
 * nearest text even when the pointer is beside it).
 */
import type { Mention } from './mentions.ts';
import type { Scanner } from './scanner.ts';
import { liveRange } from '../page-text/live-range.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const r = doc.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function mentionAt(doc: Document, scanner: Scanner, x: number, y: number): Mention | undefined {
  const caret = caretAt(doc as CaretDoc, x, y);
  if (!caret) return undefined;
  const m = scanner.at(caret.node, caret.offset);
  if (!m) return undefined;
  const range = liveRange(doc, m.range);
  if (!range) return undefined;
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
  }
  return undefined;
}
