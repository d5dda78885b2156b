/**
 * Background (service worker in Chrome, event page in Firefox):
 * - keeps per-tab, per-frame vendor counts and shows them as the toolbar
 *   badge (badge.ts, as the settings ask);
 * - answers tooltips with a vendor's full record (the content script carries
 *   only the vocabulary), and the first few with the keyboard shortcut
 *   (shortcut-hint.ts);
 * - injects the tooltip's code into a frame when its first tooltip opens;
 * - relays the "next mention" keyboard command to the active tab;
 * - opens the profile page (one tab, reused; rate-limited per requesting tab); the welcome page on
 *   install and the context menu's look-up (first-run.ts);
 * - announces what's new in the bundled data after an update (whats-new.ts).
 */
import { dataset } from '../shared/bundled.ts';
import {
  browser,
  loadMessages,
  loadTranslator,
  onSettingsChanged,
  publishPageSettings,
  readEffective,
  readUserOnly,
  writeSettings,
  sendToTab,
  sessionStore,
  type Runtime,
} from '../shared/browser-api.ts';
import { updateBadge } from './badge.ts';
import { lookupUrl, wireFirstRun } from './first-run.ts';
import { dataUpdated, refreshNotice, wireWhatsNew } from './whats-new.ts';
import { parseMessage, type Message, type Replies } from '../shared/messages.ts';
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { cardOf } from './card.ts';
import { setMuted } from '../shared/settings.ts';
import { FrameCounts } from './frames.ts';
import { openProfile, tabClosed } from './profile-tab.ts';
import { shortcutHint } from './shortcut-hint.ts';
import { NEXT_COMMAND } from '../shared/ids.ts';
import { exposeForTests } from '../shared/test-hooks.ts';
import uiScript from '../tooltip/main.ts?iife';

const byId = new Map(dataset.vendors.map((v) => [v.id, v]));
const counts = new FrameCounts(
  (tabId, frameId) => sendToTab(tabId, { type: 'status' }, frameId),
  (tabId) => {
    refreshBadge(tabId);
    saveCounts();
  },
);
// The counts outlive a stopped service worker (session storage; frames.ts).
const COUNTS_KEY = 'tabCounts';
let saveTimer: ReturnType<typeof setTimeout> | undefined;
const saveCounts = () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void sessionStore.set(COUNTS_KEY, counts.snapshot()).catch(() => {}), 200);
};
void sessionStore
  .get(COUNTS_KEY)
  .then((raw) => counts.restore(raw))
  .catch(() => {});

type Effective = Awaited<ReturnType<typeof readEffective>>;
/** The last settings in effect known: the card never waits for a slow policy read (browser-api.ts). */
let latest: Effective | null = null;
const track = (p: Promise<Effective>) => {
  void p.then((e) => {
    latest = e;
    return publishPageSettings(e.settings);
  });
  return p;
};
let current = track(readEffective());
let translate = current.then((e) => loadTranslator(e.settings.language));
onSettingsChanged(() => {
  current = track(readEffective());
  translate = current.then((e) => loadTranslator(e.settings.language));
  void Promise.all([current, translate]).then(([e, t]) => {
    for (const tabId of counts.tabIds()) updateBadge(tabId, counts.lists(tabId), e.settings, t);
    void refreshNotice();
  });
});
const refreshBadge = (tabId: number) =>
  void Promise.all([current, translate]).then(([e, t]) =>
    updateBadge(tabId, counts.lists(tabId), e.settings, t),
  );

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
  async card(msg) {
    const v = byId.get(msg.id);
    const { policy, settings } = latest ?? (await Promise.race([current, readUserOnly()]));
    return v ? cardOf(v, dataset, policy, settings) : null;
  },
  hint: () => shortcutHint(),
  async strings() {
    const t = await translate;
    return { lang: t.lang, messages: await loadMessages(t.lang) };
  },
  'load-ui'(_msg, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    const target = { tabId, frameIds: [sender.frameId ?? 0] };
    return browser.scripting.executeScript({ target, files: [uiScript] }).then(() => true);
  },
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

browser.runtime.onMessage.addListener(
  (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const msg = parseMessage(raw);
    if (!msg || sender.id !== browser.runtime.id) return undefined;
    const handler = handlers[msg.type] as ((m: Message, s: Runtime.MessageSender) => unknown) | undefined;
    return handler ? Promise.resolve(handler(msg, sender)) : undefined;
  },
);

wireFirstRun(() => translate);
wireWhatsNew(() => Promise.all([current, translate]));

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
