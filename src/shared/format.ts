/**
 * Display helpers shared by the tooltip and the extension pages (pure). Labels,
 * dates and region names go through the translator (i18n.ts) instead.
 */

/** Newest first; ties keep their order. */
export const compareEventsDesc = (a: { date: string }, b: { date: string }) =>
  a.date < b.date ? 1 : a.date > b.date ? -1 : 0;

/** Only https links to public hosts are ever rendered (source-url.ts). */
export { safeSourceUrl as safeHttpsUrl } from './source-url.ts';

export function hostOf(u: string): string {
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
