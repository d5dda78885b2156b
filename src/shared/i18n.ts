/**
 * Interface strings in the chosen language, switchable at run time (which
 * browser.i18n cannot do): messages come from the bundled
 * `_locales/<lang>/messages.json` (browser.i18n's format, so the manifest's
 * name and description use the same files). `{name}` marks a substitution;
 * plurals are keys with `_one`/`_other` (…) suffixes chosen by
 * Intl.PluralRules; dates and numbers go through Intl in the UI language.
 * Pure: loading the files is the caller's (browser-api.ts `loadTranslator`).
 */
export const UI_LANGUAGES = ['en', 'de', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type Messages = Record<string, { message: string; description?: string }>;

export interface Translate {
  (key: string, subs?: Record<string, string | number>): string;
  plural(key: string, count: number, subs?: Record<string, string | number>): string;
  number(n: number): string;
  /** The plural category of `n` ("one", "other", …: Intl.PluralRules), which picks a `_one`/`_other` key. */
  category(n: number): string;
  /** "2025-02-21" → "21 Feb 2025" (de: "21. Feb. 2025", fr: "21 févr. 2025"); "2025-02" → "Feb 2025". */
  date(iso: string): string;
  /** "US" → "United States" in the UI language; EU/UN/INT by their own keys. */
  region(code: string): string;
  readonly lang: UiLanguage;
}

/** Message key of an enumerated value (`kind`, 'sales-ban' → kind_sales_ban): browser.i18n keys allow letters, digits and _ only. */
export const valueKey = (prefix: string, v: string) => `${prefix}_${v.replaceAll('-', '_')}`;

/** "sales-ban" → "Sales ban" in the UI language. */
export const kindLabel = (t: Translate, kind: string) => t(valueKey('kind', kind));
/** "government-use" → "Government use" in the UI language. */
export const restrictsLabel = (t: Translate, r: string) => t(valueKey('restricts', r));
/** Several restrictions as one phrase: "Government use, government procurement". */
export const restrictsList = (t: Translate, rs: readonly string[]) =>
  rs.map((r, i) => (i ? restrictsLabel(t, r).toLowerCase() : restrictsLabel(t, r))).join(', ');

/** The UI language for a `language` setting and the browser's UI language ("de-AT" → de). */
export function pickLanguage(setting: string, browserLang: string): UiLanguage {
  if ((UI_LANGUAGES as readonly string[]).includes(setting)) return setting as UiLanguage;
  const base = browserLang.toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(base!) ? (base as UiLanguage) : 'en';
}

/** A date formatter of `lang`, with the day or without. */
function dateFormatter(lang: string, withDay: boolean): Intl.DateTimeFormat {
  const opts: Intl.DateTimeFormatOptions = withDay
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  // English dates as "21 Feb 2025" (day first: one style for every English reader).
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, opts);
}

function formatWith(iso: string, formatter: (withDay: boolean) => Intl.DateTimeFormat): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
  return formatter(!!m[3]).format(d);
}

export function formatDate(iso: string, lang: string): string {
  return formatWith(iso, (withDay) => dateFormatter(lang, withDay));
}

/**
 * Values formatted ahead in `lang` (the background does it for each card,
 * formatAhead), so that the tooltip, in the page, makes no Intl object: in a
 * new page the first one cost 30–40 ms in one task (its locale data loaded),
 * each later kind 3–8 ms more (measured in Chromium, on a first card).
 */
export interface Formatted {
  lang: string;
  dates: Record<string, string>;
  regions: Record<string, string>;
  numbers: Record<string, string>;
  /** Plural category (Intl.PluralRules) by count. */
  plurals: Record<string, string>;
}

/** `t`'s formatting of the given values, for a translator elsewhere (translator's `known`). */
export function formatAhead(
  t: Translate,
  values: { dates: Iterable<string>; regions: Iterable<string>; counts: Iterable<number> },
): Formatted {
  const f: Formatted = { lang: t.lang, dates: {}, regions: {}, numbers: {}, plurals: {} };
  for (const d of values.dates) f.dates[d] = t.date(d);
  for (const r of values.regions) f.regions[r] = t.region(r);
  for (const n of values.counts) {
    f.numbers[n] = t.number(n);
    f.plurals[n] = t.category(n);
  }
  return f;
}

const fill = (text: string, subs: Record<string, string | number> = {}) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (name in subs ? String(subs[name]) : all));

/**
 * `messages` in the UI language; `fallback` (English) for keys it lacks.
 * Dates, numbers, plurals and region names come from `known` where it has
 * them in this language, else from Intl objects made on first use and kept.
 */
export function translator(
  lang: UiLanguage,
  messages: Messages,
  fallback: Messages = messages,
  known?: Formatted,
): Translate {
  const k = known?.lang === lang ? known : undefined;
  let nf: Intl.NumberFormat | undefined,
    rules: Intl.PluralRules | undefined,
    regions: Intl.DisplayNames | undefined;
  const dates: Intl.DateTimeFormat[] = [];
  const raw = (key: string) => messages[key]?.message ?? fallback[key]?.message;
  const t = ((key: string, subs?: Record<string, string | number>) =>
    fill(raw(key) ?? key, subs)) as Translate;
  t.number = (n) => k?.numbers[n] ?? (nf ??= new Intl.NumberFormat(lang)).format(n);
  t.category = (n) => k?.plurals[n] ?? (rules ??= new Intl.PluralRules(lang)).select(n);
  t.plural = (key, count, subs) => {
    const text = raw(`${key}_${t.category(count)}`) ?? raw(`${key}_other`) ?? key;
    return fill(text, { count: t.number(count), ...subs });
  };
  t.date = (iso) =>
    k?.dates[iso] ?? formatWith(iso, (withDay) => (dates[+withDay] ??= dateFormatter(lang, withDay)));
  t.region = (code) => {
    const own = raw(`region${code}`) ?? k?.regions[code];
    if (own) return own;
    try {
      return (regions ??= new Intl.DisplayNames([lang], { type: 'region' })).of(code) ?? code;
    } catch {
      return code;
    }
  };
  Object.defineProperty(t, 'lang', { value: lang });
  return t;
}
