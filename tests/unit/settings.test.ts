import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_FORMAT, setMuted } from '../../src/shared/settings.ts';
import { isActiveOn, normaliseRule, ruleCovers, withSite } from '../../src/shared/site-rules.ts';
import { applyPolicy, parsePolicy } from '../../src/shared/policy.ts';

describe('settings', () => {
  it.each([
    undefined,
    null,
    'garbage',
    42,
    [],
    { enabled: 'yes' },
    { disabledSites: 'x' },
    { format: 'x', enabled: false, disabledSites: [1, null, 'Example.COM'] },
    { format: 2, siteRules: 'x', markMode: 7, muted: [{}], badge: null, language: 'xx' },
    { format: 99, enabled: false },
  ])('never throws and always returns valid settings for %j', (raw) => {
    const s = parseSettings(raw);
    expect(typeof s.enabled).toBe('boolean');
    expect(s.siteRules.every((h) => typeof h === 'string')).toBe(true);
    expect(['all', 'first', 'none']).toContain(s.markMode);
    expect(['off', 'vendors', 'mentions']).toContain(s.badge);
    expect(s.format).toBe(SETTINGS_FORMAT);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it("migrates today's stored format (1) and keeps valid fields field by field", () => {
    expect(
      parseSettings({
        format: 1,
        enabled: false,
        disabledSites: [1, null, 'Example.COM', 'example.com', 'www.x.com'],
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, enabled: false, siteRules: ['example.com', 'www.x.com'] });
    // Format 0 (no format field) too.
    expect(parseSettings({ disabledSites: ['a.example'] }).siteRules).toEqual(['a.example']);
    expect(parseSettings({ enabled: 'yes' }).enabled).toBe(true);
    expect(parseSettings({ format: 2, markMode: 'first', badge: 'bogus' })).toMatchObject({
      markMode: 'first',
      badge: 'vendors',
    });
  });

  it('caps lists and drops duplicates', () => {
    const many = Array.from({ length: 2000 }, (_, i) => `s${i}.example`);
    expect(parseSettings({ format: 2, siteRules: many }).siteRules).toHaveLength(500);
    expect(parseSettings({ format: 2, muted: ['kaspersky', 'kaspersky', 'Bad Id'] }).muted).toEqual([
      'kaspersky',
    ]);
  });

  it('mutes and unmutes a vendor', () => {
    const s = setMuted(parseSettings({}), 'huawei', true);
    expect(s.muted).toEqual(['huawei']);
    expect(setMuted(s, 'huawei', false).muted).toEqual([]);
  });
});

describe('site rules', () => {
  it('normalises what people paste', () => {
    expect(normaliseRule(' Example.COM. ')).toBe('example.com');
    expect(normaliseRule('https://www.example.com/path?q=1')).toBe('www.example.com');
    expect(normaliseRule('*.Example.org')).toBe('*.example.org');
    expect(normaliseRule('=www.example.net')).toBe('=www.example.net');
    expect(normaliseRule('bücher.example')).toBe('xn--bcher-kva.example');
    expect(normaliseRule('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['', 'exa mple.com', '*.', '=', 'a..b', '-x.com', 'javascript:alert(1)'])
      expect(normaliseRule(bad)).toBeNull();
  });

  it('example.com covers its subdomains, *.example.org only them, =host only that host', () => {
    expect(ruleCovers('example.com', 'example.com')).toBe(true);
    expect(ruleCovers('example.com', 'www.example.com')).toBe(true);
    expect(ruleCovers('example.com', 'notexample.com')).toBe(false);
    expect(ruleCovers('*.example.org', 'example.org')).toBe(false);
    expect(ruleCovers('*.example.org', 'a.b.example.org')).toBe(true);
    expect(ruleCovers('=www.example.net', 'www.example.net')).toBe(true);
    expect(ruleCovers('=www.example.net', 'example.net')).toBe(false);
    expect(ruleCovers('example.com', '')).toBe(false);
  });

  it('switches sites off and on in both modes', () => {
    const off = withSite(parseSettings({}), 'www.News.example', false);
    expect(off.siteRules).toEqual(['news.example']);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'm.news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(isActiveOn({ ...off, enabled: false }, 'other.example')).toBe(false);
    const only = { ...parseSettings({}), siteMode: 'only-listed' as const, siteRules: ['a.example'] };
    expect(isActiveOn(only, 'www.a.example')).toBe(true);
    expect(isActiveOn(only, 'b.example')).toBe(false);
    expect(isActiveOn(only, '')).toBe(false);
    expect(isActiveOn(withSite(only, 'b.example', true), 'b.example')).toBe(true);
    expect(isActiveOn(withSite(only, 'www.a.example', false), 'a.example')).toBe(false);
  });
});

describe('organisation policy', () => {
  it('locks the settings it sets validly, ignores the rest, keeps notes', () => {
    const p = parsePolicy({
      organisation: 'Example Corp IT',
      settings: { badge: 'off', markMode: 'bogus', siteRules: ['intranet.example'], unknown: 1 },
      vendorNotes: { kaspersky: 'Do not procure: policy 12', 'Bad Id': 'x', huawei: 42 },
    });
    expect(p.organisation).toBe('Example Corp IT');
    expect(p.locked.sort()).toEqual(['badge', 'siteRules']);
    expect(p.notes).toEqual({ kaspersky: 'Do not procure: policy 12' });
    const eff = applyPolicy({ ...parseSettings({}), badge: 'mentions', markMode: 'first' }, p);
    expect(eff).toMatchObject({ badge: 'off', markMode: 'first', siteRules: ['intranet.example'] });
  });

  it('no policy, or a broken one, changes nothing', () => {
    for (const raw of [undefined, {}, 'x', { settings: 'x', vendorNotes: [] }]) {
      const p = parsePolicy(raw);
      expect(p.locked).toEqual([]);
      expect(applyPolicy(parseSettings({}), p)).toEqual(parseSettings({}));
    }
  });
});

describe('look-up', async () => {
  const { Lookup } = await import('../../src/shared/lookup.ts');
  const { compileDataset, vocabularyOf } = await import('../../src/data/compile.ts');
  const lookup = new Lookup(vocabularyOf(compileDataset()));
  it('finds vendors in a selection through the matcher, and by name typed in part', () => {
    expect(lookup.find('The agency banned Kaspersky Lab software in 2017.')).toContain('kaspersky');
    expect(lookup.find('kasper')[0]).toBe('kaspersky');
    expect(lookup.find('华为')).toContain('huawei');
    expect(lookup.find('   ')).toEqual([]);
    expect(lookup.find('zzzz-not-a-vendor')).toEqual([]);
  });
});

describe('citations', async () => {
  const { citeEvent, citeVendor } = await import('../../src/shared/citation.ts');
  const { compileDataset } = await import('../../src/data/compile.ts');
  const ds = compileDataset();
  const v = ds.vendors.find((x) => x.id === 'kaspersky')!;
  it('names vendor, event, date, jurisdiction, authority, source and dataset version, in text and Markdown', () => {
    const e = v.events[0]!;
    const c = citeEvent(v, e, ds);
    for (const part of [v.name, e.date, e.jurisdiction, e.authority, e.sources[0]!.url, ds.version, ds.asOf])
      expect(c.text).toContain(part);
    expect(c.markdown).toContain(`[${e.sources[0]!.title}](${e.sources[0]!.url})`);
    expect(citeVendor(v, ds).markdown).toContain(`**${v.name}**`);
  });
});
