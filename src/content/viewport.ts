/**
 * The blocks on screen now, scanned before the rest of the page. At the top
 * of a page the scan's document order already starts with what is on screen,
 * so no hit test is made there (each one may force a layout and costs ~5 ms
 * on a page of a million nodes); only a page opened scrolled down (restored
 * position, #anchor) is hit-tested.
 */
import { blockOf } from './changes.ts';

export function visibleBlocks(doc: Document, max = 12): Element[] {
  const win = doc.defaultView;
  const w = win?.innerWidth ?? 0,
    hgt = win?.innerHeight ?? 0;
  const out = new Set<Element>();
  if (!w || !hgt || (win!.scrollY === 0 && win!.scrollX === 0)) return [];
  for (let y = 0.1; y < 1; y += 0.2) {
    for (let x = 0.15; x < 1; x += 0.35) {
      const el = doc.elementFromPoint(x * w, y * hgt);
      if (!el) continue;
      const b = blockOf(el);
      if (b.nodeType === 1 && b !== doc.documentElement && b !== doc.body) out.add(b as Element);
      if (out.size >= max) return [...out];
    }
  }
  // Drop blocks inside other chosen blocks: their text is walked once.
  return [...out].filter((b) => ![...out].some((o) => o !== b && o.contains(b)));
}
