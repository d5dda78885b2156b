import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/shared/settings.ts';
import { exportSettings, importSettings } from '../../src/shared/settings-import.ts';
import { MALFORMED } from './malformed-settings.ts';

const known = new Set(['kaspersky', 'huawei']);

describe('settings files', () => {
  it.each(MALFORMED)('rejects %s with a clear message', (_what, text, message) => {
    const r = importSettings(text, known);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  it('rejects a file over the size limit before parsing it', () => {
    const r = importSettings(' '.repeat(300_000), known);
    expect(r.ok || r.errors[0]).toMatch(/too large/);
  });

  it('round-trips an export', () => {
    const s = {
      ...parseSettings({}),
      markMode: 'first' as const,
      siteRules: ['*.example.org'],
      muted: ['huawei'],
    };
    const r = importSettings(exportSettings(s), known);
    expect(r).toEqual({ ok: true, settings: s });
  });

  it("accepts today's format-1 settings and a partial file (the rest default)", () => {
    expect(importSettings('{"format":1,"enabled":false,"disabledSites":["x.example"]}', known)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, enabled: false, siteRules: ['x.example'] },
    });
    expect(importSettings('{"badge":"mentions"}', known)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, badge: 'mentions' },
    });
  });
});
