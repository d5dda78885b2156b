/**
 * Background (service worker in Chrome, event page in Firefox):
 * - keeps per-tab, per-frame vendor counts and shows them as the toolbar
 *   badge (tab-counts.ts, badge.ts, as the settings ask);
 * - answers tooltips with a vendor's full record (the content script carries
 *   only the vocabulary), and the first few with the keyboard shortcut
 *   (handlers.ts, shortcut-hint.ts);
 * - injects the tooltip's code into a frame when its first tooltip opens;
 * - relays the "next mention" keyboard command to the active tab;
 * - opens the profile page (one tab, reused; rate-limited per requesting tab); the welcome page on
 *   install and the context menu's look-up (first-run.ts);
 * - announces what's new in the bundled data after an update (whats-new.ts).
 * The settings in effect are kept in effective.ts.
 */
import { browser, type Runtime } from '../shared/browser-api.ts';
import { updateBadge } from './badge.ts';
import { lookupUrl, wireFirstRun } from './first-run.ts';
import { dataUpdated, refreshNotice, wireWhatsNew } from './whats-new.ts';
import { parseMessage, type Message } from '../shared/messages.ts';
import { effective, translation, whenEffectiveChanges } from './effective.ts';
import { handlers } from './handlers.ts';
import { tabClosed } from './profile-tab.ts';
import { counts, refreshBadge, saveCounts } from './tab-counts.ts';
import { NEXT_COMMAND } from '../shared/ids.ts';
import { exposeForTests } from '../shared/test-hooks.ts';

whenEffectiveChanges((e, t) => {
  for (const tabId of counts.tabIds()) updateBadge(tabId, counts.lists(tabId), e.settings, t);
  void refreshNotice();
});

export async function nextMention(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const msg: Message = { type: 'next' };
  await browser.tabs.sendMessage(tab.id, msg, { frameId: 0 }).catch(() => {});
}

browser.runtime.onMessage.addListener(
  (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[msg.type] as ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(msg, sender)) : undefined;
  },
);

wireFirstRun(translation);
wireWhatsNew(() => Promise.all([effective(), translation()]));

browser.commands.onCommand.addListener((command: string) => {
  if (command === NEXT_COMMAND) void nextMention();
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  counts.forget(tabId);
  saveCounts();
  tabClosed(tabId);
});
browser.tabs.onUpdated.addListener((tabId: number, info: { status?: string }) => {
  if (info.status === 'loading') {
    counts.forget(tabId);
    saveCounts();
    refreshBadge(tabId);
  }
});

exposeForTests('vendorLens', {
  nextMention,
  lookupUrl,
  dataUpdated,
  tabIds: () => counts.tabIds(),
  frameCount: (tabId: number) => counts.frameCount(tabId),
});
