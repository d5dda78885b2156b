/**
 * Messages between the extension's contexts: typed once here, checked where
 * received (`parseMessage` returns null for anything malformed, so a page or
 * a stale context can never drive a handler with bad input).
 */
import type { VendorCard } from './vendor-card.ts';
import type { Vocabulary } from '../matcher/vocabulary.ts';
import type { Messages, UiLanguage } from './i18n.ts';

export interface VendorCount {
  id: string;
  name: string;
  count: number;
}

export type Message =
  | { type: 'counts'; vendors: VendorCount[] } // content → background
  | { type: 'card'; id: string } // content → background: the record a tooltip shows
  | { type: 'hint' } // content → background: the shortcut to show in a card opened by pointer or tap (first few only)
  | { type: 'strings' } // content → background: the interface strings in the UI language (i18n.ts `translator`)
  | { type: 'load-ui' } // content → background: inject the tooltip's code into the sender's frame
  | { type: 'load-scanner' } // gate → background: inject the scanner into the sender's frame (it may hold a name)
  | { type: 'mute'; id: string; muted: boolean } // content (card) → background: "Don't mark this vendor"
  | { type: 'vocabulary' } // content → background: the compiled vocabulary, once a frame has text to scan
  | { type: 'open-profile'; id?: string } // content/popup → background
  | { type: 'status' } // popup → content
  | { type: 'reveal'; id: string } // popup → content: scroll to the first mention
  | { type: 'next' }; // background (command) → content

export interface StatusReply {
  host: string;
  /** Whether marking is on in the frame; absent from a gate (no scanner loaded, no name there): the popup applies the settings. */
  active?: boolean;
  vendors: VendorCount[];
}

/** The reply to each request (undefined: none). Senders get it typed through `sendToBackground`/`sendToTab` in browser-api.ts. */
export interface Replies {
  counts: undefined;
  card: VendorCard | null;
  /** The "next mention" shortcut as the browser has it, or null: none set, or enough cards showed it. */
  hint: string | null;
  strings: { lang: UiLanguage; messages: Messages };
  'load-ui': boolean;
  'load-scanner': boolean;
  vocabulary: Vocabulary;
  mute: boolean;
  'open-profile': boolean;
  status: StatusReply;
  reveal: undefined;
  next: undefined;
}
export type ReplyTo<M extends Message> = Replies[M['type']];

const str = (x: unknown, max = 200): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

export function parseMessage(x: unknown): Message | null {
  if (typeof x !== 'object' || x === null) return null;
  const m = x as Record<string, unknown>;
  switch (m.type) {
    case 'counts': {
      if (!Array.isArray(m.vendors) || m.vendors.length > 1000) return null;
      const vendors: VendorCount[] = [];
      for (const v of m.vendors as Record<string, unknown>[]) {
        if (!v || !str(v.id) || !str(v.name) || typeof v.count !== 'number' || !(v.count >= 0)) return null;
        vendors.push({ id: v.id, name: v.name, count: Math.floor(v.count) });
      }
      return { type: 'counts', vendors };
    }
    case 'card':
    case 'reveal':
      return str(m.id) ? { type: m.type, id: m.id } : null;
    case 'open-profile':
      return m.id === undefined
        ? { type: 'open-profile' }
        : str(m.id)
          ? { type: 'open-profile', id: m.id }
          : null;
    case 'mute':
      return str(m.id) && typeof m.muted === 'boolean' ? { type: 'mute', id: m.id, muted: m.muted } : null;
    case 'status':
    case 'strings':
    case 'hint':
    case 'next':
    case 'load-ui':
    case 'load-scanner':
    case 'vocabulary':
      return { type: m.type };
    default:
      return null;
  }
}
