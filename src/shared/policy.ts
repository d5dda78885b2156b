/**
 * Organisation policy, read from managed storage (Chrome: the policy for the
 * extension, described by public/managed-schema.json; Firefox: the enterprise
 * policy `3rdparty.Extensions.<id>`). A policy can fix settings (each one it
 * sets is locked for the user), and attach a note to vendors, shown as the
 * organisation's. Parsed leniently, like stored settings: a bad field is
 * ignored, the rest applies.
 */
import { isRecord, parseSettings, type SettingKey, type Settings } from './settings.ts';

export interface Policy {
  /** Who set the policy, as shown beside locked settings ("Example Corp IT"). */
  organisation: string;
  /** The settings the organisation fixed: their values and which keys they lock. */
  settings: Partial<Settings>;
  locked: SettingKey[];
  /** Notes per vendor id. */
  notes: Record<string, string>;
}

export const EMPTY_POLICY: Readonly<Policy> = /* @__PURE__ */ Object.freeze({
  organisation: '',
  settings: {},
  locked: [],
  notes: {},
});

const MAX_NOTE = 500;

export function parsePolicy(raw: unknown): Policy {
  if (!isRecord(raw)) return { ...EMPTY_POLICY, settings: {}, locked: [], notes: {} };
  const organisation = typeof raw.organisation === 'string' ? raw.organisation.trim().slice(0, 100) : '';
  const given = isRecord(raw.settings) ? raw.settings : {};
  const parsed = parseSettings({ ...given, format: undefined }); // policy settings are always in the current format
  const settings: Partial<Settings> = {};
  const locked: SettingKey[] = [];
  for (const key of Object.keys(parsed) as (keyof Settings)[]) {
    if (key === 'format' || !(key in given)) continue;
    // A value the parser had to replace was invalid: it is not applied and locks nothing.
    if (!validField(key, given[key], parsed)) continue;
    (settings as Record<string, unknown>)[key] = parsed[key];
    locked.push(key);
  }
  const notes: Record<string, string> = {};
  if (isRecord(raw.vendorNotes))
    for (const [id, text] of Object.entries(raw.vendorNotes))
      if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(id) && typeof text === 'string' && text.trim())
        notes[id] = text.trim().slice(0, MAX_NOTE);
  return { organisation, settings, locked, notes };
}

/** Whether the parser kept the given value (and did not fall back to the default). */
function validField(key: keyof Settings, given: unknown, parsed: Settings): boolean {
  const v = parsed[key];
  if (Array.isArray(v)) return Array.isArray(given);
  return v === given;
}

/** The settings in effect: the user's, with the organisation's fixed values over them. */
export const applyPolicy = (user: Settings, policy: Policy): Settings => ({ ...user, ...policy.settings });
