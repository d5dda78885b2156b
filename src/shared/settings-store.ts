/**
 * What the extension keeps in storage, read and written through the seam
 * (browser-api.ts):
 * - the user's settings live in storage.sync (they follow the user between
 *   browsers); when they outgrow sync's per-item quota, or sync fails, they
 *   are kept in storage.local and sync holds a marker saying so;
 * - storage.local always holds a copy (and today's format-1 settings are read
 *   from there and migrated);
 * - the organisation's policy comes from storage.managed and is applied over
 *   the user's settings (`readEffective`);
 * - the settings content scripts need (page-settings.ts), published by the background;
 * - storage.local keeps the data the user last saw, for "what's new" (whats-new.ts).
 */
import { getArea, native } from './browser-api.ts';
import { isRecord, parseSettings, SETTINGS_KEY, type Settings } from './settings.ts';
import { applyPolicy, EMPTY_POLICY, parsePolicy, type Policy } from './policy.ts';
import { PAGE_SETTINGS_KEY, pageSettingsFrom, pageSettingsOf, type PageSettings } from './page-settings.ts';
import { parseWhatsNew, type WhatsNewState } from './whats-new.ts';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM is 8,192 bytes (key + JSON value); kept below it. */
const SYNC_ITEM_MAX = 8000;

/** The user's own settings (no policy applied). */
async function readSettings(): Promise<Settings> {
  const synced = (await getArea('sync', SETTINGS_KEY))[SETTINGS_KEY];
  if (isRecord(synced) && synced.inLocal !== true) return parseSettings(synced);
  return parseSettings((await getArea('local', SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Where the last write put the settings: 'sync', or 'local' when too large for sync or sync failed. */
export async function writeSettings(s: Settings): Promise<'sync' | 'local'> {
  const value = parseSettings(s);
  await native().storage.local.set({ [SETTINGS_KEY]: value });
  const size = new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(value)).length;
  try {
    if (size <= SYNC_ITEM_MAX) {
      await native().storage.sync.set({ [SETTINGS_KEY]: value });
      return 'sync';
    }
    await native().storage.sync.set({ [SETTINGS_KEY]: { format: value.format, inLocal: true } });
  } catch {
    /* quota (total or writes per hour) or sync off: the local copy stands; sync's may be stale */
    await native()
      .storage.sync.remove(SETTINGS_KEY)
      .catch(() => {});
  }
  return 'local';
}

/** Chromium's managed storage can leave a read unanswered (seen headless on Linux with no policy at all). */
const MANAGED_TIMEOUT_MS = 400;

let policyRead: Promise<Policy> | null = null;
let policyWatched = false;

/** The policy, read once per context and again after it changes. */
function readPolicy(): Promise<Policy> {
  if (!native().storage.managed) return Promise.resolve(EMPTY_POLICY);
  if (!policyWatched) {
    policyWatched = true;
    native().storage.onChanged.addListener((_changes: unknown, area: string) => {
      if (area === 'managed') policyRead = null;
    });
  }
  if (!policyRead) {
    const late = new Promise<Record<string, unknown>>((r) => setTimeout(() => r({}), MANAGED_TIMEOUT_MS));
    policyRead = Promise.race([getArea('managed'), late]).then(parsePolicy);
  }
  return policyRead;
}

/** The settings in effect: the user's with the organisation's policy over them. */
export async function readEffective(): Promise<{ settings: Settings; user: Settings; policy: Policy }> {
  const [user, policy] = await Promise.all([readSettings(), readPolicy()]);
  return { settings: applyPolicy(user, policy), user, policy };
}

/** The user's settings as if no policy were set (while a policy read is still pending). */
export const readUserOnly = () =>
  readSettings().then((user) => ({ settings: user, user, policy: EMPTY_POLICY as Policy }));

/** Calls `cb` with the settings in effect whenever the user's settings or the policy change. */
export function onSettingsChanged(cb: (s: Settings, policy: Policy) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes))
      void readEffective().then((e) => cb(e.settings, e.policy));
  };
  native().storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => native().storage.onChanged.removeListener(listener));
}

/** The background publishes the settings in effect for content scripts (page-settings.ts). */
export async function publishPageSettings(s: Settings): Promise<void> {
  await native().storage.local.set({ [PAGE_SETTINGS_KEY]: pageSettingsFrom(s) });
}

export async function readPageSettings(): Promise<PageSettings> {
  return pageSettingsOf((await getArea('local', PAGE_SETTINGS_KEY))[PAGE_SETTINGS_KEY]);
}

export function onPageSettingsChanged(cb: (s: PageSettings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[PAGE_SETTINGS_KEY])
      cb(pageSettingsOf(changes[PAGE_SETTINGS_KEY].newValue));
  };
  native().storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => native().storage.onChanged.removeListener(listener));
}

const WHATS_NEW_KEY = 'whatsNew';

export async function readWhatsNew(): Promise<WhatsNewState | null> {
  return parseWhatsNew((await getArea('local', WHATS_NEW_KEY))[WHATS_NEW_KEY]);
}

export async function writeWhatsNew(state: WhatsNewState): Promise<void> {
  await native().storage.local.set({ [WHATS_NEW_KEY]: state });
}

export function onWhatsNewChanged(cb: () => void): void {
  native().storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && WHATS_NEW_KEY in changes) cb();
  });
}
