/**
 * The welcome page, opened once on install: what the marks mean, the shortcut
 * (as the browser has it now), privacy, switching off. At #whats-new (the
 * popup's notice after an update) it starts with what changed in the data.
 */
import { commandShortcut } from '../shared/browser-api.ts';
import { loadTranslator } from '../shared/locale-store.ts';
import { NEXT_COMMAND } from '../shared/ids.ts';
import { localise } from '../shared/localise.ts';
import { renderWhatsNew } from './whats-new-view.ts';

async function main(): Promise<void> {
  const t = await loadTranslator();
  localise(document, t);
  document.title = t('welcomeTitle');
  if (location.hash === '#whats-new') await renderWhatsNew(document, t);
  const key = await commandShortcut(NEXT_COMMAND);
  document.getElementById('shortcut')!.textContent = key
    ? t('welcomeKeyboard', { shortcut: key })
    : t('welcomeKeyboardUnset');
}

void main();
