/**
 * The card around a vendor's record: a header (the vendor's name, the close
 * button), the body (loading, then the record from render.ts), a live region
 * that reads out a summary, and a footer (profile, mute, the data's date,
 * the keyboard shortcut). Its buttons act on trusted activation only (a real
 * click, or Enter/Space on them): a page cannot script them.
 */
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import type { VendorCard } from '../shared/vendor-card.ts';
import { announcement, renderCard } from './render.ts';

/** What the card's buttons do. */
export interface FrameActions {
  close(): void;
  profile(): void;
  mute(): void;
}

/** Fills `tip` with the card's frame for `vendorName`, its record still loading; returns its body. */
export function buildFrame(
  doc: Document,
  tip: HTMLElement,
  vendorName: string,
  uid: string,
  t: Translate,
  on: FrameActions,
): HTMLElement {
  const title = h(doc, 'h2', { id: `${uid}-title`, tabindex: '-1' }, vendorName);
  const close = h(doc, 'button', { class: 'close', type: 'button', 'aria-label': t('tipClose') }, '×');
  close.addEventListener('click', (e) => e.isTrusted && on.close());
  const body = h(doc, 'div', { class: 'body' }, h(doc, 'p', { class: 'meta' }, t('tipLoading')));
  const live = h(doc, 'p', { class: 'sr', role: 'status' });
  const more = h(doc, 'button', { class: 'more', type: 'button' }, t('tipProfile'));
  more.addEventListener('click', (e) => e.isTrusted && on.profile());
  const mute = h(doc, 'button', { class: 'more', type: 'button' }, t('tipMute', { name: vendorName }));
  mute.addEventListener('click', (e) => e.isTrusted && on.mute());
  const footer = h(doc, 'footer', {}, more, mute, h(doc, 'span', { class: 'asof' }, ''));
  tip.replaceChildren(h(doc, 'header', {}, title, close), body, live, footer);
  tip.setAttribute('lang', t.lang);
  tip.setAttribute('aria-labelledby', title.id);
  return body;
}

/** The record could not be had: says so in the body. */
export function frameUnavailable(doc: Document, body: HTMLElement, t: Translate): void {
  body.replaceChildren(h(doc, 'p', { class: 'meta' }, t('tipUnavailable')));
}

/** Puts the record `data` into the frame (`tip`, its `body`), with the shortcut hint if there is one. */
export function fillFrame(
  doc: Document,
  tip: HTMLElement | undefined,
  body: HTMLElement,
  data: VendorCard,
  uid: string,
  t: Translate,
  shortcut: string | null,
): void {
  body.replaceChildren(...renderCard(doc, data, uid, t));
  const asOf = tip?.querySelector('.asof');
  if (asOf) asOf.textContent = t('tipAsOf', { date: t.date(data.asOf) });
  if (shortcut) asOf?.after(h(doc, 'p', { class: 'hint' }, t('tipShortcutHint', { shortcut })));
  const live = tip?.querySelector('[role=status]');
  if (live) live.textContent = announcement(data, t);
}
