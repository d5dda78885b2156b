/** The welcome page, opened once on install: what the marks mean, the shortcut (as the browser has it now), privacy, switching off. */
import { browser, loadTranslator } from '../shared/browser-api.ts';
import { localise } from '../shared/localise.ts';

async function main(): Promise<void> {
  const t = await loadTranslator();
  localise(document, t);
  document.title = t('welcomeTitle');
  const commands = await browser.commands.getAll().catch(() => []);
  const key = commands.find((c) => c.name === 'next-mention')?.shortcut;
  document.getElementById('shortcut')!.textContent = key
    ? t('welcomeKeyboard', { shortcut: key })
    : t('welcomeKeyboardUnset');
}

void main();
