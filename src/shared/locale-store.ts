/**
 * The translations of extension pages and the background: the locale files
 * bundled (not fetched: extension pages run under `connect-src 'none'`, which
 * refuses even their own files) and the translator for the `language` setting.
 */
import enMessages from '../../public/_locales/en/messages.json';
import deMessages from '../../public/_locales/de/messages.json';
import frMessages from '../../public/_locales/fr/messages.json';
import { native } from './browser-api.ts';
import { readEffective } from './settings-store.ts';
import { pickLanguage, translator, type Messages, type Translate, type UiLanguage } from './i18n.ts';

const LOCALES: Record<UiLanguage, Messages> = { en: enMessages, de: deMessages, fr: frMessages };

/** A locale's messages with English for any key it lacks. */
export async function loadMessages(lang: UiLanguage): Promise<Messages> {
  const en = LOCALES.en;
  return lang === 'en' ? en : { ...en, ...LOCALES[lang] };
}

/**
 * The translator for the `language` setting (the browser's UI language when
 * 'auto'), read from the extension's own locale files (extension pages and the
 * background only; the content script asks the background: `strings`).
 */
export async function loadTranslator(setting?: string): Promise<Translate> {
  const lang = pickLanguage(
    setting ?? (await readEffective()).settings.language,
    native().i18n?.getUILanguage?.() ?? 'en',
  );
  return translator(lang, await loadMessages(lang));
}
