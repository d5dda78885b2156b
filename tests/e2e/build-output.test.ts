/**
 * The built extensions as shipped: what each manifest asks for, that nothing
 * is web-accessible (no site can probe for the extension), that the script
 * every frame loads is the small gate only (no polyfill, no scanner), the
 * scanner a file of its own injected where the gate finds text that may hold
 * a name, the tooltip's code another, injected when a tooltip first opens;
 * and that Chrome will load every script (UTF-8 without non-characters).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX, DIST_TEST_CHROME, DIST_TEST_FIREFOX } from './harness.ts';

const CSP =
  "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'none'";

/** Every script file of a build, as text. */
const scripts = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, f), 'utf8'));

describe.each([
  ['chrome', DIST_CHROME, DIST_TEST_CHROME],
  ['firefox', DIST_FIREFOX, DIST_TEST_FIREFOX],
])('the %s build', (_name, dist, testDist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

  it('runs its own pages under a strict policy: own scripts only, no plugins, forms, framing or connections', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
  });

  it('ships no debug handle; only the test build has the test hook', () => {
    const handles = [/[`'"](__)?vendorLens[`'"]/, /test[!=]==[`'"]tooltip/];
    const has = (d: string, re: RegExp) => scripts(d).some((x) => re.test(x));
    for (const re of handles) expect(has(dist, re), String(re)).toBe(false);
    for (const re of handles) expect(has(testDist, re), String(re)).toBe(true);
    expect(readFileSync(join(testDist, 'manifest.json'), 'utf8')).toBe(
      readFileSync(join(dist, 'manifest.json'), 'utf8'),
    );
  });

  it('asks for storage, scripting, the context menu and page access only, and exposes nothing to pages', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('runs a gate of at most 10 KB in every frame: no polyfill, no scanner, no tooltip', () => {
    expect(manifest.content_scripts.map((c: { js: string[] }) => c.js)).toEqual([['src/content/gate.js']]);
    const gate = join(dist, 'src/content/gate.js');
    expect(statSync(gate).size).toBeLessThanOrEqual(10 * 1024);
    const text = readFileSync(gate, 'utf8');
    for (const marker of ['api-metadata.json', 'candidateEnds', 'showPopover'])
      expect(text).not.toContain(marker);
    // ASCII only (the build escapes the rest: asciiContentScripts): one non-ASCII character makes the engine hold
    // the whole source at two bytes a character, in every frame.
    expect(text.match(/[^\0-\x7f]/g)?.length ?? 0).toBe(0);
  });

  it('keeps the scanner within 50 KB, without the polyfill, and the tooltip code in its own file', () => {
    const scanner = join(dist, 'src/content/scan-entry.js');
    expect(statSync(scanner).size).toBeLessThanOrEqual(50 * 1024);
    const ui = join(dist, 'src/tooltip/main.js');
    expect(existsSync(ui)).toBe(true);
    // Content scripts use the native API (browser-api.ts, `native`); the polyfill is the pages' and the background's.
    for (const file of [scanner, ui]) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain('api-metadata.json');
      expect(text.match(/[^\0-\x7f]/g)?.length ?? 0).toBe(0); // ASCII, as the gate (asciiContentScripts)
    }
    // Rendering and the top-layer code ship in the tooltip's file only.
    for (const marker of ['aria-labelledby', 'showPopover']) {
      expect(readFileSync(ui, 'utf8')).toContain(marker);
      expect(readFileSync(scanner, 'utf8')).not.toContain(marker);
    }
  });

  it('writes every script as UTF-8 without non-characters (Chrome refuses to load such a content script)', () => {
    const bad =
      /[\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    )) {
      const bytes = readFileSync(join(dist, f));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(bad.test(text), f).toBe(false);
    }
  });
});
