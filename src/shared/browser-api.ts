/**
 * The one seam to the WebExtension API. Every other module imports the
 * browser from here, so the polyfill can be dropped (or swapped in tests) by
 * changing this file only. Also the messaging helpers, storage reads, the
 * commands and the extension's own page URLs; the stored settings, policy and
 * "what's new" state are in settings-store.ts, the translations in
 * locale-store.ts.
 */
import type Browser from 'webextension-polyfill';
import type { Message, ReplyTo } from './messages.ts';

declare const require: (id: 'webextension-polyfill') => typeof Browser;
/**
 * Loaded with `require`, not `import`: an import of this CommonJS module makes
 * the bundler copy every property of what it returns (in today's browsers the
 * native `browser` object, whose APIs are created on first access) into a
 * namespace object, building every API in every frame at start.
 */
const browser = /* @__PURE__ */ require('webextension-polyfill');
export { browser };

let api: typeof Browser | undefined;

/**
 * The browser's own API, without the polyfill (`browser` in Firefox, `chrome`
 * in Chromium), for the gate, the scanner and the stores they share with the
 * pages: what they use of it (messages, storage, the UI language) returns
 * promises in both browsers' Manifest V3, and the polyfill was a fifth of the
 * scanner's 50 KB and part of its start in every frame that loads one. Their
 * message listeners go through `onMessage`. Looked up on first use, not when
 * a bundle loads: the gate that every frame runs touches the extension API
 * only when it asks for the scanner (its first use costs a frame about a
 * millisecond).
 */
export function native(): typeof Browser {
  const g = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };
  return (api ??= g.browser?.runtime ? g.browser : g.chrome!);
}

/** How the background's polyfill reports a failed reply to a sender without one (and ours to it). */
interface Rejected {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

/**
 * Answers the extension's messages with promises, as the polyfill lets pages
 * do, on the native API: Chromium takes a reply through `sendResponse` only.
 */
export function onMessage(answer: (msg: unknown) => Promise<unknown> | undefined): void {
  native().runtime.onMessage.addListener(((
    msg: unknown,
    _sender: unknown,
    sendResponse: (r: unknown) => void,
  ) => {
    const reply = answer(msg);
    if (!reply) return false;
    reply.then(sendResponse, (e: unknown) =>
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: String(e) } satisfies Rejected),
    );
    return true;
  }) as never);
}
export type { Runtime } from 'webextension-polyfill';

/** Sends a request to the background; the reply's type follows from the request's (messages.ts). */
export async function sendToBackground<M extends Message>(msg: M): Promise<ReplyTo<M>> {
  const reply = (await native().runtime.sendMessage(msg)) as ReplyTo<M> | Rejected | undefined;
  if ((reply as Rejected | undefined)?.__mozWebExtensionPolyfillReject__)
    throw new Error((reply as Rejected).message);
  return reply as ReplyTo<M>;
}

/** Sends a request to a tab's content script (the top frame unless `frameId` says otherwise). */
export function sendToTab<M extends Message>(tabId: number, msg: M, frameId = 0): Promise<ReplyTo<M>> {
  return browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<ReplyTo<M>>;
}

/** One storage area's items (all, or `key`'s); `{}` when the area cannot be read. */
export async function getArea(
  area: 'sync' | 'local' | 'managed',
  key?: string,
): Promise<Record<string, unknown>> {
  try {
    return (await native().storage[area].get(key ?? null)) ?? {};
  } catch {
    return {}; // sync disabled, managed storage without a policy (Firefox rejects), storage unavailable
  }
}

/** Kept for the browser session (survives a stopped service worker, not a browser restart); absent: nothing. */
export const sessionStore = {
  async get(key: string): Promise<unknown> {
    const area = browser.storage.session;
    return area ? ((await area.get(key)) as Record<string, unknown>)[key] : undefined;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.session?.set({ [key]: value });
  },
};

/** The shortcut the browser has now for one of our commands ('' when the user removed it, or none can be read). */
export async function commandShortcut(name: string): Promise<string> {
  const all = (await browser.commands?.getAll().catch(() => [])) ?? [];
  return all.find((c) => c.name === name)?.shortcut ?? '';
}

export const optionsUrl = (hash = '') => browser.runtime.getURL('src/options/index.html') + hash;
export const welcomeUrl = (hash = '') => browser.runtime.getURL('src/options/welcome.html') + hash;
export const profileUrl = (id?: string) => optionsUrl(id ? `#vendor=${encodeURIComponent(id)}` : '');
