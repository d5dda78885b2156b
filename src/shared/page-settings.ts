/**
 * What the content script needs of the settings in effect: where to mark and
 * what. The background computes it (the user's settings with the
 * organisation's policy over them) and stores it under its own key, so the
 * script every page loads carries no settings parsing, migrations or policy
 * code. Checked lightly where read: a missing or odd field takes its default.
 */
import type { Settings } from './settings.ts';

export const PAGE_SETTINGS_KEY = 'inEffect';

export type PageSettings = Pick<
  Settings,
  'enabled' | 'siteMode' | 'siteRules' | 'markMode' | 'markWhich' | 'muted'
>;

const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];

export function pageSettingsOf(raw: unknown): PageSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    enabled: r.enabled !== false,
    siteMode: r.siteMode === 'only-listed' ? 'only-listed' : 'except-listed',
    siteRules: strings(r.siteRules),
    markMode: r.markMode === 'first' || r.markMode === 'none' ? r.markMode : 'all',
    markWhich: r.markWhich === 'government' || r.markWhich === 'in-force' ? r.markWhich : 'any',
    muted: strings(r.muted),
  };
}

export const pageSettingsFrom = (s: Settings): PageSettings => pageSettingsOf(s);
