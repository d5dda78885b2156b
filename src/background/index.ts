/**
 * Background (service worker in Chrome, event page in Firefox):
 * - keeps per-tab, per-frame vendor counts and shows the number of vendors
 *   found as the toolbar badge;
 * - answers tooltips with a vendor's full record (the content script carries
 *   only the vocabulary);
 * - injects the tooltip's code into a frame when its first tooltip opens;
 * - relays the "next mention" keyboard command to the active tab;
 * - opens the profile page (one tab, reused; rate-limited per requesting tab).
 */
import { dataset } from '../shared/bundled.ts';
import { browser, sendToTab, type Runtime } from '../shared/browser-api.ts';
import { parseMessage, type Message, type Replies } from '../shared/messages.ts';
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { cardOf } from './card.ts';
import { FrameCounts } from './frames.ts';
import { openProfile, tabClosed } from './profile-tab.ts';
import { exposeForTests } from '../shared/test-hooks.ts';
import uiScript from '../tooltip/main.ts?iife';

const byId = new Map(dataset.vendors.map((v) => [v.id, v]));
const counts = new FrameCounts(
  (tabId, frameId) => sendToTab(tabId, { type: 'status' }, frameId),
  updateBadge,
);

function updateBadge(tabId: number): void {
  const ids = counts.vendorIds(tabId);
  const text = ids.size ? String(ids.size) : '';
  browser.action.setBadgeText({ tabId, text }).catch(() => {});
  browser.action.setBadgeBackgroundColor({ tabId, color: '#7a4b00' }).catch(() => {});
  browser.action
    .setTitle({
      tabId,
      title: ids.size
        ? `Vendor Lens: ${ids.size} vendor${ids.size === 1 ? '' : 's'} on this page`
        : 'Vendor Lens',
    })
    .catch(() => {});
}

export async function nextMention(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: Message = { type: 'next' };
  await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => {});
}

type Handlers = {
  [K in Message['type']]?: (
    msg: Extract<Message, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Replies[K] | Promise<Replies[K]>;
};

const handlers: Handlers = {
  counts(msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) counts.report(tabId, sender.frameId ?? 0, msg.vendors);
    return undefined;
  },
  card(msg) {
    const v = byId.get(msg.id);
    return v ? cardOf(v, dataset) : null;
  },
  'load-ui'(_msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [uiScript] }).then(() => true);
  },
  vocabulary: () => vocabulary,
  'open-profile'(msg, sender) {
    return openProfile(msg.id, sender.tab?.id);
  },
};

browser.runtime.onMessage.addListener(
  (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[msg.type] as ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(msg, sender)) : undefined;
  },
);

browser.commands.onCommand.addListener((command: string) => {
  if (command === 'next-mention') void nextMention();
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  counts.forget(tabId);
  tabClosed(tabId);
});
browser.tabs.onUpdated.addListener((tabId: number, info: { status?: string }) => {
  if (info.status === 'loading') {
    counts.forget(tabId);
    updateBadge(tabId);
  }
});

exposeForTests('vendorLens', {
  nextMention,
  tabIds: () => counts.tabIds(),
  frameCount: (tabId: number) => counts.frameCount(tabId),
});
