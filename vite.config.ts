/**
 * One config, two targets: `TARGET=chrome|firefox vite build` writes an
 * unpacked extension to dist/<target>/ (src/cli/build.ts runs both and zips
 * them). The manifest is derived per target from manifest.json: Chrome gets
 * a service worker, Firefox background scripts and its gecko settings.
 */
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vendorData } from './src/data/vite-plugin.ts';

export type Target = 'chrome' | 'firefox';
import { GECKO_ID } from './src/shared/ids.ts';
/** The content script every frame runs (manifest.json): the gate, which asks for the scanner only where a name may be. */
const GATE_ENTRY = 'src/content/gate.ts';
// Injected on demand (background: scripting.executeScript). Base names of their own: @crxjs/vite-plugin
// confuses entries that share one (the service worker's loader then imported the tooltip's chunk).
const SCANNER_ENTRY = 'src/content/scan-entry.ts';
const UI_ENTRY = 'src/tooltip/main.ts';
const INJECTED = ['src/content/scan-entry.js', 'src/tooltip/main.js'];

export function manifestFor(target: Target): ManifestV3Export {
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  base.version = pkg.version;
  if (target === 'firefox') {
    base.background = { scripts: [base.background.service_worker], type: 'module' };
    base.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    base.minimum_chrome_version = '123';
    // The organisation policy's schema (Firefox reads the 3rdparty enterprise policy without one).
    base.storage = { managed_schema: 'managed-schema.json' };
  }
  return base;
}

const target = (process.env.TARGET ?? 'chrome') as Target;
if (target !== 'chrome' && target !== 'firefox')
  throw new Error(`TARGET must be chrome or firefox, not ${target}`);
/** TEST_HOOKS=1: the test build (src/shared/test-hooks.ts), written to dist/test-<target>/. */
const testHooks = process.env.TEST_HOOKS === '1';
const outDir = testHooks ? `dist/test-${target}` : `dist/${target}`;

/**
 * The tooltip's script is injected with scripting.executeScript, which needs
 * it neither web-accessible nor split into chunks, but @crxjs/vite-plugin
 * lists every `?iife` script under web_accessible_resources (so any site
 * could probe for the extension) and leaves its intermediate chunk behind.
 * Both are removed from the written build.
 */
function nothingWebAccessible(outDir: string): Plugin {
  return {
    name: 'vendor-lens:nothing-web-accessible',
    apply: 'build',
    closeBundle() {
      const file = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      const injected = (manifest.web_accessible_resources ?? []).flatMap(
        (w: { resources: string[] }) => w.resources,
      );
      if (injected.some((r: string) => !INJECTED.includes(r)))
        throw new Error(`unexpected web-accessible resources: ${injected.join(', ')}`);
      delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2));
      // The injected scripts' intermediate chunks are the scripts no other file refers to.
      const assets = join(outDir, 'assets');
      const scripts = [
        ...readdirSync(outDir)
          .filter((f) => f.endsWith('.js'))
          .map((f) => join(outDir, f)),
        ...readdirSync(assets).map((f) => join(assets, f)),
      ];
      const shipped = scripts.map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync(file, 'utf8');
      for (const f of readdirSync(assets))
        if (/^(main|scan-entry)\.ts-/.test(f) && !shipped.includes(f.replace(/\.js$/, '')))
          rmSync(join(assets, f));
    },
  };
}

/**
 * The content scripts are written in ASCII: a character outside it becomes
 * an escape, which means the same in a string, template, expression or
 * comment. V8 holds a source with one non-ASCII character at two bytes a
 * character, in every frame that runs it (the tooltip's code had nine: …,
 * ↗, —, ·, ×). The bundler writes escapes in the sources back as characters,
 * so this is done on the written files.
 */
function asciiContentScripts(outDir: string): Plugin {
  return {
    name: 'vendor-lens:ascii-content-scripts',
    apply: 'build',
    closeBundle() {
      for (const f of [GATE_ENTRY.replace(/\.ts$/, '.js'), ...INJECTED]) {
        const file = join(outDir, f);
        const text = readFileSync(file, 'utf8');
        const ascii = text.replace(
          /[^\0-\x7f]/g,
          (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
        );
        if (ascii !== text) writeFileSync(file, ascii);
      }
    },
  };
}

export default defineConfig({
  plugins: [
    vendorData(),
    crx({
      manifest: manifestFor(target),
      browser: target,
      contentScripts: { standaloneFiles: [GATE_ENTRY, SCANNER_ENTRY, UI_ENTRY] },
    }),
    nothingWebAccessible(outDir),
    asciiContentScripts(outDir),
  ],
  define: { __VENDOR_LENS_TEST_HOOKS__: JSON.stringify(testHooks) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // Pages no manifest key names (the welcome page opens on install).
    rollupOptions: { input: { welcome: 'src/options/welcome.html' } },
  },
  logLevel: (process.env.VITE_LOG as 'info' | 'warn' | 'error' | 'silent' | undefined) ?? 'warn',
});
