/**
 * The keyboard shortcut in the footer of the first few cards a person opens by
 * pointer or tap (SHORTCUT_HINT_CARDS), then never again: how many cards
 * showed it is counted in storage.local. The shortcut is the one the browser
 * has for the command now (the user may have changed it); when the user
 * removed it, nothing is shown and nothing is counted. Requests are answered
 * one at a time, so cards opened at once in several frames count one by one.
 */
import { browser, commandShortcut } from '../shared/browser-api.ts';
import { HINTS_SHOWN_KEY, NEXT_COMMAND } from '../shared/ids.ts';
import { SHORTCUT_HINT_CARDS } from '../shared/limits.ts';

async function nextHint(): Promise<string | null> {
  const stored: unknown = (await browser.storage.local.get(HINTS_SHOWN_KEY))[HINTS_SHOWN_KEY];
  const shown = typeof stored === 'number' && stored >= 0 ? stored : 0;
  if (shown >= SHORTCUT_HINT_CARDS) return null;
  const shortcut = await commandShortcut(NEXT_COMMAND);
  if (!shortcut) return null;
  await browser.storage.local.set({ [HINTS_SHOWN_KEY]: shown + 1 });
  return shortcut;
}

let last: Promise<unknown> = Promise.resolve();

/** The shortcut to show in the card being opened, or null (counted when not null). */
export function shortcutHint(): Promise<string | null> {
  const p = last.then(nextHint, nextHint).catch(() => null);
  last = p;
  return p;
}
