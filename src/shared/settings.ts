/**
 * Settings: declared once with defaults. `parseSettings` accepts anything read
 * from storage — corrupted, partial, from an older version — and returns valid
 * settings, falling back to defaults field by field (never throws).
 * Migrations are append-only: `MIGRATIONS[n]` upgrades format n to n + 1.
 */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_FORMAT = 2;

export interface Settings {
  format: number;
  /** Marking on or off everywhere. */
  enabled: boolean;
  /** Hostnames where marking is off. */
  disabledSites: string[];
  /** Vendor ids never marked ("Don't mark this vendor"). */
  muted: string[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  format: SETTINGS_FORMAT,
  enabled: true,
  disabledSites: [],
  muted: [],
});

const MIGRATIONS: ((s: Record<string, unknown>) => Record<string, unknown>)[] = [
  // 0 → 1: the first format; nothing to change.
  (s) => s,
  // 1 → 2: muted vendors, none yet.
  (s) => ({ ...s, muted: [] }),
];

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, disabledSites: [], muted: [] };
  let s = raw;
  let format = typeof s.format === 'number' && Number.isInteger(s.format) ? s.format : 0;
  while (format < SETTINGS_FORMAT && MIGRATIONS[format]) s = MIGRATIONS[format++]!(s);
  const sites = Array.isArray(s.disabledSites)
    ? s.disabledSites.filter((h): h is string => typeof h === 'string' && h.length > 0 && h.length < 256)
    : [];
  return {
    format: SETTINGS_FORMAT,
    enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites.map((h) => h.toLowerCase()))],
    muted: Array.isArray(s.muted)
      ? [
          ...new Set(
            s.muted.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,80}$/.test(id)),
          ),
        ].slice(0, 500)
      : [],
  };
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}

export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const h = host.toLowerCase();
  const rest = settings.disabledSites.filter((x) => x !== h);
  return { ...settings, disabledSites: on ? rest : [...rest, h] };
}

export function withMuted(settings: Settings, id: string, muted: boolean): Settings {
  const rest = settings.muted.filter((x) => x !== id);
  return { ...settings, muted: muted ? [...rest, id] : rest };
}
