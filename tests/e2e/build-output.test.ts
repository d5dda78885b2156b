/**
 * The built extensions as shipped: what each manifest asks for, that nothing
 * is web-accessible (no site can probe for the extension), and that the
 * script every page loads holds the scanner only — the tooltip's code is a
 * separate file, injected when a tooltip first opens.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME, DIST_FIREFOX } from './harness.ts';

describe.each([
  ['chrome', DIST_CHROME],
  ['firefox', DIST_FIREFOX],
])('the %s build', (_name, dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));

  it('asks for storage, scripting, the context menu and page access only, and exposes nothing to pages', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'contextMenus']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('keeps the content script under 50 KB and the tooltip code in its own file', () => {
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
