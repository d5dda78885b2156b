/**
 * What the background answers, one handler per message type: frames'
 * counts, a vendor's card (the content script carries only the vocabulary),
 * the shortcut hint (shortcut-hint.ts), the interface strings, injecting the
 * scanner into a frame whose gate found text that may hold a name and the
 * tooltip's code when its first tooltip opens, muting a vendor, opening its
 * profile.
 */
import { dataset } from '../shared/bundled.ts';
import { browser, type Runtime } from '../shared/browser-api.ts';
import { readEffective, readUserOnly, writeSettings } from '../shared/settings-store.ts';
import { loadMessages } from '../shared/locale-store.ts';
import type { Message, Replies } from '../shared/messages.ts';
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { setMuted } from '../shared/settings.ts';
import { cardOf } from './card.ts';
import { formatAhead } from '../shared/i18n.ts';
import { cardValues } from '../shared/vendor-card.ts';
import { effective, latestEffective, translation } from './effective.ts';
import { openProfile } from './profile-tab.ts';
import { shortcutHint } from './shortcut-hint.ts';
import { counts } from './tab-counts.ts';
import uiScript from '../tooltip/main.ts?iife';
import scannerScript from '../content/scan-entry.ts?iife';

const byId = new Map(dataset.vendors.map((v) => [v.id, v]));

/**
 * Injects one of the on-demand scripts into the sender's frame (the gate asks
 * for the scanner, a card for the tooltip); with the scanner, the stylesheet
 * that paints its marks (public/highlight.css): a frame whose gate never asks
 * (most ad frames) gets no stylesheet either.
 */
async function inject(sender: Runtime.MessageSender, file: string, css?: string): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const target = { tabId, frameIds: [sender.frameId ?? 0] };
  if (css) await browser.scripting.insertCSS({ target, files: [css] });
  await browser.scripting.executeScript({ target, files: [file] });
  return true;
}

type Handlers = {
  [K in Message['type']]?: (
    msg: Extract<Message, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Replies[K] | Promise<Replies[K]>;
};

export const handlers: Handlers = {
  counts(msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) counts.report(tabId, sender.frameId ?? 0, msg.vendors);
    return undefined;
  },
  async card(msg) {
    const v = byId.get(msg.id);
    const { policy, settings } = latestEffective() ?? (await Promise.race([effective(), readUserOnly()]));
    if (!v) return null;
    const card = cardOf(v, dataset, policy, settings);
    // Formatted here, so the tooltip makes no Intl object in the page (i18n.ts, Formatted). The
    // tooltip waits for the same translator (its strings); without one it formats the card itself.
    const t = await translation().catch(() => null);
    return t ? { ...card, formatted: formatAhead(t, cardValues(card)) } : card;
  },
  hint: () => shortcutHint(),
  async strings() {
    const t = await translation();
    return { lang: t.lang, messages: await loadMessages(t.lang) };
  },
  'load-ui': (_msg, sender) => inject(sender, uiScript),
  'load-scanner': (_msg, sender) => inject(sender, scannerScript, 'highlight.css'),
  vocabulary: () => vocabulary,
  /** "Don't mark this vendor" from a card (the popup and settings page undo it); not where policy locks it. */
  async mute(msg, sender) {
    if (sender.tab === undefined || !byId.has(msg.id)) return false;
    const { user, policy } = await readEffective();
    if (policy.locked.includes('muted')) return false;
    await writeSettings(setMuted(user, msg.id, msg.muted));
    return true;
  },
  'open-profile'(msg, sender) {
    return openProfile(msg.id, sender.tab?.id);
  },
};
