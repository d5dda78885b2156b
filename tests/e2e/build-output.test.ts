/**
 * The built extensions as shipped: what each manifest asks for, that nothing
 * is web-accessible (no site can probe for the extension), and that the
 * script every page loads holds the scanner only — the tooltip's code is a
 * separate file, injected when a tooltip first opens.
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

  // About 10 KB of the content script is webextension-polyfill.
  it('keeps the content script within 50 KB and the tooltip code in its own file', () => {
    const content = join(dist, manifest.content_scripts[0].js[0]);
    expect(statSync(content).size).toBeLessThanOrEqual(50 * 1024);
    const ui = join(dist, 'src/tooltip/main.js');
    expect(existsSync(ui)).toBe(true);
    // Rendering and the top-layer code ship in the tooltip's file only.
    for (const marker of ['aria-labelledby', 'showPopover']) {
      expect(readFileSync(ui, 'utf8')).toContain(marker);
      expect(readFileSync(content, 'utf8')).not.toContain(marker);
    }
  });
});
