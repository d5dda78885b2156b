/**
 * The compact card's budgets (card.ts): how many lines of each part, how
 * long each text, and how a long text is cut to fit, at a word boundary.
 */
import type { VendorEvent } from '../shared/dataset.ts';
import type { CardSource } from '../shared/vendor-card.ts';

export const CARD = {
  inForce: 3,
  perJurisdiction: 2,
  notable: 3,
  summaryChars: 74,
  scopeChars: 50,
  responseChars: 100,
  authorityChars: 46,
} as const;

/** `text` in at most `max` characters: cut after a whole word (unless that loses over 40%), then `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** An item's first source, as the card cites it. */
export function sourceOf(e: { sources: VendorEvent['sources'] }): CardSource | undefined {
  const s = e.sources[0];
  return s ? { url: s.url, publisher: s.publisher, title: s.title } : undefined;
}
