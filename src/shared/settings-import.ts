/**
 * Settings files: export as JSON, and strict checking of a file to import.
 * Unlike `parseSettings` (which repairs what storage gives it), an import is
 * all or nothing: any problem rejects the whole file with messages that name
 * the field and what is wrong, and the caller changes nothing.
 */
import {
  BADGE_MODES,
  CARD_CONTENTS,
  cleanJurisdiction,
  cleanVendorId,
  DEFAULT_SETTINGS,
  isRecord,
  LANGUAGES,
  MARK_MODES,
  MARK_WHICH,
  migrate,
  parseSettings,
  SETTINGS_FORMAT,
  SETTINGS_LIMITS,
  SITE_MODES,
  type Settings,
} from './settings.ts';
import { normaliseRule } from './site-rules.ts';

/** Larger files are refused before parsing. */
const MAX_IMPORT_BYTES = 200_000;
const FILE_KIND = 'vendor-lens-settings';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export function exportSettings(s: Settings): string {
  const { format, ...rest } = s;
  return JSON.stringify({ kind: FILE_KIND, format, ...rest }, null, 2) + '\n';
}

const ENUMS: Record<string, readonly string[]> = {
  siteMode: SITE_MODES,
  markMode: MARK_MODES,
  markWhich: MARK_WHICH,
  cardContent: CARD_CONTENTS,
  badge: BADGE_MODES,
  language: LANGUAGES,
};
const LISTS: Record<string, { max: number; clean: (s: string) => string | null; what: string }> = {
  siteRules: {
    max: SETTINGS_LIMITS.siteRules,
    clean: normaliseRule,
    what: 'a site (example.com, *.example.org or =host)',
  },
  muted: { max: SETTINGS_LIMITS.muted, clean: cleanVendorId, what: 'a vendor id' },
  jurisdictionsFirst: {
    max: SETTINGS_LIMITS.jurisdictionsFirst,
    clean: cleanJurisdiction,
    what: 'a jurisdiction code (US, EU…)',
  },
};
const BOOLEANS = ['enabled', 'showKev'];
const KNOWN = new Set([
  'kind',
  'format',
  'disabledSites',
  ...BOOLEANS,
  ...Object.keys(ENUMS),
  ...Object.keys(LISTS),
]);

const quote = (x: unknown) => JSON.stringify(x)?.slice(0, 60) ?? String(x);

/** Checks a settings file's text; `knownVendors` (ids) rejects muted vendors the dataset lacks. */
export function importSettings(text: string, knownVendors?: ReadonlySet<string>): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      errors: [`The file is too large (${text.length} characters; at most ${MAX_IMPORT_BYTES}).`],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`The file is not valid JSON: ${(e as Error).message}`] };
  }
  if (!isRecord(raw)) return { ok: false, errors: ['The file must hold one JSON object (a settings file).'] };
  const errors: string[] = [];
  for (const key of Object.keys(raw))
    if (!KNOWN.has(key)) errors.push(`Unknown setting “${key.slice(0, 40)}”.`);
  if (raw.kind !== undefined && raw.kind !== FILE_KIND) errors.push(`“kind” must be "${FILE_KIND}".`);
  const format = raw.format;
  if (
    format !== undefined &&
    !(Number.isInteger(format) && (format as number) >= 0 && (format as number) <= SETTINGS_FORMAT)
  )
    errors.push(`“format” must be a whole number from 0 to ${SETTINGS_FORMAT}, not ${quote(format)}.`);
  if (raw.disabledSites !== undefined && format === SETTINGS_FORMAT)
    errors.push('“disabledSites” belongs to format 1; use “siteRules”.');
  if (errors.length) return { ok: false, errors };
  const { kind: _kind, ...rest } = raw;
  // A file without a format is read as the current one unless it has format 1's field.
  const s = migrate({ format: rest.disabledSites === undefined ? SETTINGS_FORMAT : 1, ...rest });
  for (const key of BOOLEANS)
    if (s[key] !== undefined && typeof s[key] !== 'boolean')
      errors.push(`“${key}” must be true or false, not ${quote(s[key])}.`);
  for (const [key, values] of Object.entries(ENUMS))
    if (s[key] !== undefined && !values.includes(s[key] as string))
      errors.push(`“${key}” must be one of ${values.map((v) => `"${v}"`).join(', ')}, not ${quote(s[key])}.`);
  for (const [key, spec] of Object.entries(LISTS)) {
    const list = s[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      errors.push(`“${key}” must be a list, not ${quote(list)}.`);
      continue;
    }
    if (list.length > spec.max) {
      errors.push(`“${key}” has ${list.length} entries; at most ${spec.max} are allowed.`);
      continue;
    }
    list.forEach((item, i) => {
      if (typeof item !== 'string' || item.length > SETTINGS_LIMITS.item || !spec.clean(item))
        errors.push(`“${key}” entry ${i + 1} (${quote(item)}) is not ${spec.what}.`);
      else if (key === 'muted' && knownVendors && !knownVendors.has(item))
        errors.push(`“muted” entry ${i + 1} (${quote(item)}) is not a vendor in the dataset.`);
    });
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 10) };
  return { ok: true, settings: parseSettings({ ...DEFAULT_SETTINGS, ...s, format: SETTINGS_FORMAT }) };
}
