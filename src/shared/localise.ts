/**
 * Localises an extension page's static markup: `data-i18n="key"` sets an
 * element's text, `data-i18n-attr="aria-label:key;placeholder:key"` its
 * attributes; `<html lang>` follows the UI language. Dataset text inserted
 * later keeps its own `lang="en"` (see `englishText`).
 */
import type { Translate } from './i18n.ts';

export function localise(doc: Document, t: Translate): void {
  doc.documentElement.lang = t.lang;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n-attr]'))
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr, t(key));
    }
}

/** Dataset text (written in English) inside the translated interface: marked so screen readers read it as English. */
export function englishText(doc: Document, text: string, tag = 'span'): HTMLElement {
  const el = doc.createElement(tag);
  el.lang = 'en';
  el.textContent = text;
  return el;
}
