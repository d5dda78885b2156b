/**
 * The interface's languages: every locale has every key and no other, every
 * key is used, translated parts are never glued together in code, the
 * manifest's description fits the stores' 132 characters, and dates, numbers
 * and plurals follow the UI language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  kindLabel,
  pickLanguage,
  restrictsLabel,
  translator,
  UI_LANGUAGES,
  type Messages,
} from '../../src/shared/i18n.ts';
import {
  BINDING_VALUES,
  COVERS_VALUES,
  EVENT_KINDS,
  RESTRICTS_VALUES,
  STATUS_VALUES,
} from '../../src/shared/kinds.ts';
import {
  BADGE_MODES,
  CARD_CONTENTS,
  LANGUAGES,
  MARK_MODES,
  MARK_WHICH,
  SITE_MODES,
} from '../../src/shared/settings.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');
const read = (lang: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const en = read('en');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|html)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const sources = files(join(ROOT, 'src')).map((f) => ({ f, text: readFileSync(f, 'utf8') }));
const code = sources.map((s) => s.text).join('\n') + readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Keys built from enumerations with `valueKey(prefix, value)`. */
const ENUM_KEYS: Record<string, readonly string[]> = {
  siteMode: SITE_MODES,
  markMode: MARK_MODES,
  markWhich: MARK_WHICH,
  cardContent: CARD_CONTENTS,
  badge: BADGE_MODES,
  language: LANGUAGES,
  kind: EVENT_KINDS,
  restricts: RESTRICTS_VALUES,
  binding: BINDING_VALUES,
  covers: COVERS_VALUES,
  status: STATUS_VALUES,
};
const enumKeys = Object.entries(ENUM_KEYS).flatMap(([p, values]) =>
  values.map((v) => `${p}_${v.replaceAll('-', '_')}`),
);
const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('locales', () => {
  it('has en, de and fr, each with exactly the English keys', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const lang of UI_LANGUAGES) {
      const m = read(lang);
      expect(Object.keys(m).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [k, v] of Object.entries(m)) {
        expect(v.message.trim(), `${lang}:${k}`).not.toBe('');
        expect(k, 'browser.i18n allows letters, digits and _ only').toMatch(/^\w+$/);
        // The same {substitutions} as English.
        expect(v.message.match(/\{\w+\}/g)?.sort() ?? [], `${lang}:${k}`).toEqual(
          en[k]!.message.match(/\{\w+\}/g)?.sort() ?? [],
        );
      }
    }
  });

  it('uses every key, and every key it uses exists', () => {
    const used = (k: string) =>
      enumKeys.includes(k) ||
      /^region(EU|UN|INT)$/.test(k) ||
      code.includes(`'${k.replace(PLURAL, '')}'`) ||
      code.includes(`"${k}"`) ||
      code.includes(`__MSG_${k}__`) ||
      code.includes(`:${k}`);
    expect(Object.keys(en).filter((k) => !used(k))).toEqual([]);
    for (const k of enumKeys) expect(en[k], k).toBeDefined();
    const called = [...code.matchAll(/\bt(?:\.plural)?\(\s*'(\w+)'/g)].map((m) => m[1]!);
    const attrs = [...code.matchAll(/data-i18n="(\w+)"|[:;](\w+)[;"]/g)].map((m) => m[1] ?? m[2]!);
    const keys = new Set(Object.keys(en).map((k) => k.replace(PLURAL, '')));
    expect(called.filter((k) => !keys.has(k))).toEqual([]);
    expect(attrs.filter((k) => /^[a-z]+[A-Z]/.test(k) && !keys.has(k))).toEqual([]);
  });

  it('never glues translated parts together in code', () => {
    const glue = /\bt(?:\.plural)?\([^)]*\)\s*\+|\+\s*t(?:\.plural)?\(|\$\{\s*t(?:\.plural)?\(/;
    expect(sources.filter((s) => glue.test(s.text)).map((s) => s.f)).toEqual([]);
  });

  it('keeps the name and description within the stores’ limits in every locale', () => {
    for (const lang of UI_LANGUAGES) {
      const m = read(lang);
      expect(m.extensionDescription!.message.length, lang).toBeLessThanOrEqual(132);
      expect(m.extensionName!.message.length, lang).toBeLessThanOrEqual(45);
    }
  });
});

describe('translator', () => {
  const de = translator('de', { ...en, ...read('de') });
  const fr = translator('fr', { ...en, ...read('fr') });
  const t = translator('en', en);

  it('formats dates in one style per language; ISO stays for machines', () => {
    expect(formatDate('2025-02-21', 'en')).toBe('21 Feb 2025');
    expect(formatDate('2025-02', 'en')).toBe('Feb 2025');
    expect(de.date('2025-02-21')).toBe('21. Feb. 2025');
    expect(fr.date('2025-02-21')).toBe('21 févr. 2025');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('chooses plural forms and formats numbers in the UI language', () => {
    expect(t.plural('vendorCount', 1)).toBe('1 vendor');
    expect(t.plural('vendorCount', 1234)).toBe('1,234 vendors');
    expect(de.plural('mentionCount', 1234)).toBe('1.234 Erwähnungen');
    expect(fr.plural('mentionCount', 0)).toBe('0 mention'); // French: 0 is singular
    expect(fr.plural('eventCount', 2)).toBe('2 événements');
  });

  it('substitutes, labels kinds and restrictions, names regions', () => {
    expect(de('popupMarkOnSite', { site: 'example.com' })).toBe('Namen auf example.com markieren');
    expect(kindLabel(fr, 'sales-ban')).toBe('Interdiction de vente');
    expect(restrictsLabel(de, 'government-use')).toBe('Nutzung durch Behörden');
    expect(de.region('US')).toBe('Vereinigte Staaten');
    expect(fr.region('EU')).toBe('Union européenne');
  });

  it('picks the UI language from the setting or the browser', () => {
    expect(pickLanguage('auto', 'de-AT')).toBe('de');
    expect(pickLanguage('auto', 'ja')).toBe('en');
    expect(pickLanguage('fr', 'de-DE')).toBe('fr');
  });
});
