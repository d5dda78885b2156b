/**
 * First run and look-up: the welcome page opens once, on install (never on
 * update: then what's new in the data is announced on the badge and in the
 * popup, whats-new.ts); the context menu "Look up “…” in Vendor Lens" on selected text
 * runs the selection through the matcher and opens the vendor's profile, or
 * the dataset browser searching for it.
 */
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { browser, optionsUrl, profileUrl, welcomeUrl } from '../shared/browser-api.ts';
import { Lookup } from '../shared/lookup.ts';
import type { Translate } from '../shared/i18n.ts';
import { dataInstalled, dataUpdated } from './whats-new.ts';

const MENU_ID = 'vendor-lens-lookup';
const lookup = new Lookup(vocabulary);

/** Where a look-up of `text` leads: the one vendor it names, else a search. */
export function lookupUrl(text: string): string {
  const [first] = lookup.find(text, 1);
  return first ? profileUrl(first) : optionsUrl(`#q=${encodeURIComponent(text.trim().slice(0, 100))}`);
}

export function wireFirstRun(translate: () => Promise<Translate>): void {
  browser.runtime.onInstalled.addListener((details: { reason: string }) => {
    if (details.reason === 'install') {
      void dataInstalled();
      void browser.tabs.create({ url: welcomeUrl() });
    } else if (details.reason === 'update') void dataUpdated();
  });
  const menus = browser.contextMenus;
  if (!menus) return;
  // Created at each start (the menu outlives neither an extension reload nor, in Firefox, every restart).
  void menus.removeAll().then(async () => {
    const t = await translate();
    menus.create({ id: MENU_ID, title: t('menuLookup', { selection: '%s' }), contexts: ['selection'] });
  });
  menus.onClicked.addListener((info: { menuItemId: string | number; selectionText?: string }) => {
    if (info.menuItemId === MENU_ID && info.selectionText)
      void browser.tabs.create({ url: lookupUrl(info.selectionText) });
  });
}
