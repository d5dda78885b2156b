/**
 * Settings: declared once with defaults. `parseSettings` accepts anything read
 * from storage — corrupted, partial, from an older version — and returns valid
 * settings, falling back to defaults field by field (never throws).
 * Migrations are append-only: `MIGRATIONS[n]` upgrades format n to n + 1.
 * Strict checking of imported files is in settings-import.ts; site rules in
 * site-rules.ts.
 */
import { normaliseRule } from './site-rules.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_FORMAT = 2;

export const SITE_MODES = ['except-listed', 'only-listed'] as const;
export const MARK_MODES = ['all', 'first', 'none'] as const;
export const MARK_WHICH = ['any', 'government', 'in-force'] as const;
export const CARD_CONTENTS = ['all', 'government'] as const;
export const BADGE_MODES = ['off', 'vendors', 'mentions'] as const;
export const LANGUAGES = ['auto', 'en', 'de', 'fr'] as const;

/** Caps on lists (storage quotas, and a bad import cannot grow without bound). */
export const SETTINGS_LIMITS = { siteRules: 500, muted: 200, jurisdictionsFirst: 50, item: 253 } as const;

export interface Settings {
  format: number;
  /** Marking on or off everywhere. */
  enabled: boolean;
  /** Where marking happens: everywhere except the listed sites, or only on them. */
  siteMode: (typeof SITE_MODES)[number];
  /** `example.com` (and its subdomains), `*.example.org` (subdomains only), `=www.example.net` (that host only). */
  siteRules: string[];
  /** Every mention, the first of each vendor, or none (keyboard and popup only). */
  markMode: (typeof MARK_MODES)[number];
  /** Which vendors are marked: any in the dataset, those with a government action, those with a restriction in force. */
  markWhich: (typeof MARK_WHICH)[number];
  /** Vendor ids never marked. */
  muted: string[];
  /** What the card shows: government actions and controversies, or government actions only. */
  cardContent: (typeof CARD_CONTENTS)[number];
  /** The card's line on CISA Known Exploited Vulnerabilities. */
  showKev: boolean;
  /** Jurisdiction codes (US, EU, DE…) whose items the card shows first. */
  jurisdictionsFirst: string[];
  /** The toolbar badge: nothing, the number of vendors, or of mentions. */
  badge: (typeof BADGE_MODES)[number];
  /** The interface language: the browser's, or a chosen one. */
  language: (typeof LANGUAGES)[number];
}

export type SettingKey = Exclude<keyof Settings, 'format'>;

export const DEFAULT_SETTINGS: Readonly<Settings> = /* @__PURE__ */ Object.freeze({
  format: SETTINGS_FORMAT,
  enabled: true,
  siteMode: 'except-listed',
  siteRules: [],
  markMode: 'all',
  markWhich: 'any',
  muted: [],
  cardContent: 'all',
  showKev: true,
  jurisdictionsFirst: [],
  badge: 'vendors',
  language: 'auto',
});

export const defaultSettings = (): Settings => structuredClone({ ...DEFAULT_SETTINGS });

type Raw = Record<string, unknown>;
const MIGRATIONS: ((s: Raw) => Raw)[] = [
  // 0 → 1: the first format; nothing to change.
  (s) => s,
  // 1 → 2: the hosts where marking was off become site rules (a rule covers the host's subdomains too).
  ({ disabledSites, ...s }) => ({ ...s, siteMode: 'except-listed', siteRules: disabledSites ?? s.siteRules }),
];

export const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

const oneOf = <T extends string>(values: readonly T[], x: unknown, fallback: T): T =>
  values.includes(x as T) ? (x as T) : fallback;

function stringList(x: unknown, max: number, clean: (s: string) => string | null): string[] {
  if (!Array.isArray(x)) return [];
  const out = new Set<string>();
  for (const item of x) {
    const c = typeof item === 'string' && item.length <= SETTINGS_LIMITS.item ? clean(item) : null;
    if (c) out.add(c);
    if (out.size >= max) break;
  }
  return [...out];
}

export const cleanVendorId = (s: string) => (/^[a-z0-9][a-z0-9-]{0,63}$/.test(s) ? s : null);
export const cleanJurisdiction = (s: string) =>
  /^[A-Z]{2,3}$/.test(s.toUpperCase()) ? s.toUpperCase() : null;

/** Upgrades a stored object of any earlier format (non-objects give {}). */
export function migrate(raw: unknown): Raw {
  if (!isRecord(raw)) return {};
  let s = raw;
  let format = typeof s.format === 'number' && Number.isInteger(s.format) ? s.format : 0;
  if (format > SETTINGS_FORMAT) format = SETTINGS_FORMAT; // written by a newer version: read what we know
  while (format < SETTINGS_FORMAT && MIGRATIONS[format]) s = MIGRATIONS[format++]!(s);
  return s;
}

export function parseSettings(raw: unknown): Settings {
  const s = migrate(raw);
  const d = DEFAULT_SETTINGS;
  const bool = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);
  return {
    format: SETTINGS_FORMAT,
    enabled: bool(s.enabled, d.enabled),
    siteMode: oneOf(SITE_MODES, s.siteMode, d.siteMode),
    siteRules: stringList(s.siteRules, SETTINGS_LIMITS.siteRules, normaliseRule),
    markMode: oneOf(MARK_MODES, s.markMode, d.markMode),
    markWhich: oneOf(MARK_WHICH, s.markWhich, d.markWhich),
    muted: stringList(s.muted, SETTINGS_LIMITS.muted, cleanVendorId),
    cardContent: oneOf(CARD_CONTENTS, s.cardContent, d.cardContent),
    showKev: bool(s.showKev, d.showKev),
    jurisdictionsFirst: stringList(
      s.jurisdictionsFirst,
      SETTINGS_LIMITS.jurisdictionsFirst,
      cleanJurisdiction,
    ),
    badge: oneOf(BADGE_MODES, s.badge, d.badge),
    language: oneOf(LANGUAGES, s.language, d.language),
  };
}

export function setMuted(settings: Settings, id: string, muted: boolean): Settings {
  const rest = settings.muted.filter((x) => x !== id);
  return { ...settings, muted: muted ? [...rest, id] : rest };
}
