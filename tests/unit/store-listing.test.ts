/**
 * The store listing (src/store/) and store pictures (tests/screenshots/store/):
 * each language's listing has its sections, a short description within the
 * stores' 132 characters that is the manifest's description in that
 * language, a working link to the privacy policy; the screenshots are
 * 1280×800 and the promo tile 440×280, PNG without alpha, and small.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type Messages } from '../../src/shared/i18n.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'src/store');
const PICTURES = join(ROOT, 'tests/screenshots/store');
const description = (lang: string) =>
  (JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Messages)
    .extensionDescription!.message;

/** `## Heading` → the text under it, up to the next heading. */
function sections(file: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = readFileSync(file, 'utf8').split(/^## +(.+)$/m);
  for (let i = 1; i < parts.length; i += 2) out.set(parts[i]!.trim(), parts[i + 1]!.trim());
  return out;
}

describe('store listing', () => {
  it('has one listing per interface language and nothing else but the README', () => {
    expect(readdirSync(STORE).sort()).toEqual(
      ['README.md', ...UI_LANGUAGES.map((l) => `listing.${l}.md`)].sort(),
    );
  });

  it.each(UI_LANGUAGES)('%s: its sections, and a short description that is the manifest’s', (lang) => {
    const s = sections(join(STORE, `listing.${lang}.md`));
    expect([...s.keys()]).toEqual(['Short description', 'Description', 'Privacy']);
    for (const [name, text] of s) expect(text.length, name).toBeGreaterThan(name === 'Privacy' ? 200 : 100);
    const short = s.get('Short description')!;
    expect(short).not.toMatch(/\n/);
    expect(short.length).toBeLessThanOrEqual(132);
    expect(short).toBe(description(lang));
    expect(s.get('Description')!.length).toBeGreaterThan(800);
  });

  it.each(UI_LANGUAGES)('%s: the manifest’s description fits the stores’ 132 characters', (lang) => {
    expect(description(lang).length).toBeLessThanOrEqual(132);
  });

  it.each(UI_LANGUAGES)('%s: the privacy section links to public/PRIVACY.md', (lang) => {
    const privacy = sections(join(STORE, `listing.${lang}.md`)).get('Privacy')!;
    const targets = [...privacy.matchAll(/\]\(([^)]+)\)/g)].map((m) => resolve(STORE, m[1]!));
    expect(targets).toContain(join(ROOT, 'public/PRIVACY.md'));
    for (const t of targets) expect(existsSync(t), t).toBe(true);
  });
});

/** Width, height and colour type of a PNG (its IHDR chunk). */
function png(file: string): { width: number; height: number; colourType: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  expect(b.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), colourType: b[25]! };
}

describe('store pictures', () => {
  const files = existsSync(PICTURES) ? readdirSync(PICTURES).filter((f) => f.endsWith('.png')) : [];
  const shots = files.filter((f) => f !== 'promo-tile.png');

  it('has at least three screenshots and the promo tile', () => {
    expect(shots.length).toBeGreaterThanOrEqual(3);
    expect(files).toContain('promo-tile.png');
  });

  it('sizes them as the stores ask, without alpha (RGB), each under 400 KB', () => {
    for (const f of files) {
      const want = f === 'promo-tile.png' ? { width: 440, height: 280 } : { width: 1280, height: 800 };
      expect(png(join(PICTURES, f)), f).toEqual({ ...want, colourType: 2 });
      expect(statSync(join(PICTURES, f)).size, f).toBeLessThan(400_000);
    }
  });
});
