import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withSite } from '../../src/shared/settings.ts';

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
  ])('never throws and always returns valid settings for %j', (raw) => {
    const s = parseSettings(raw);
    expect(typeof s.enabled).toBe('boolean');
    expect(Array.isArray(s.disabledSites)).toBe(true);
    expect(s.disabledSites.every((h) => typeof h === 'string')).toBe(true);
    expect(s.format).toBe(DEFAULT_SETTINGS.format);
  });

  it('keeps valid fields and drops bad ones field by field', () => {
    expect(
      parseSettings({ format: 'x', enabled: false, disabledSites: [1, null, 'Example.COM', 'example.com'] }),
    ).toEqual({ format: 2, enabled: false, disabledSites: ['example.com'], muted: [] });
    expect(parseSettings({ format: 2, muted: ['kaspersky', 7, 'Not An Id', 'kaspersky'] }).muted).toEqual([
      'kaspersky',
    ]);
    expect(parseSettings({ enabled: 'yes' }).enabled).toBe(true);
  });

  it('switches sites off and on', () => {
    const off = withSite(parseSettings({}), 'News.example', false);
    expect(isActiveOn(off, 'news.example')).toBe(false);
    expect(isActiveOn(off, 'other.example')).toBe(true);
    expect(isActiveOn(withSite(off, 'news.example', true), 'news.example')).toBe(true);
    expect(isActiveOn({ ...off, enabled: false }, 'other.example')).toBe(false);
  });
});
