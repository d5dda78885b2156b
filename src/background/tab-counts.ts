/**
 * The vendor counts of every tab's frames (frames.ts), shown as the toolbar
 * badge (badge.ts, as the settings ask) and kept in session storage, so they
 * outlive a stopped service worker.
 */
import { sendToTab, sessionStore } from '../shared/browser-api.ts';
import { updateBadge } from './badge.ts';
import { effective, translation } from './effective.ts';
import { FrameCounts } from './frames.ts';

export const counts = new FrameCounts(
  (tabId, frameId) => sendToTab(tabId, { type: 'status' }, frameId),
  (tabId) => {
    refreshBadge(tabId);
    saveCounts();
  },
);
// The counts outlive a stopped service worker (session storage; frames.ts).
const COUNTS_KEY = 'tabCounts';
let saveTimer: ReturnType<typeof setTimeout> | undefined;
export const saveCounts = () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void sessionStore.set(COUNTS_KEY, counts.snapshot()).catch(() => {}), 200);
};
void sessionStore
  .get(COUNTS_KEY)
  .then((raw) => counts.restore(raw))
  .catch(() => {});

export const refreshBadge = (tabId: number) =>
  void Promise.all([effective(), translation()]).then(([e, t]) =>
    updateBadge(tabId, counts.lists(tabId), e.settings, t),
  );
