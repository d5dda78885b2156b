/**
 * One config, two targets: `TARGET=chrome|firefox vite build` writes an
 * unpacked extension to dist/<target>/ (src/cli/build.ts runs both and zips
 * them). The manifest is derived per target from manifest.json: Chrome gets
 * a service worker, Firefox background scripts and its gecko settings.
 */
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { writeGenerated } from './src/data/generate.ts';
import { DataError } from './src/data/load.ts';

export type Target = 'chrome' | 'firefox';
import { GECKO_ID } from './src/shared/ids.ts';
const CONTENT_ENTRY = 'src/content/index.ts';

export function manifestFor(target: Target): ManifestV3Export {
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  base.version = pkg.version;
  if (target === 'firefox') {
    base.background = { scripts: [base.background.service_worker], type: 'module' };
    base.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    base.minimum_chrome_version = '123';
  }
  return base;
}

const target = (process.env.TARGET ?? 'chrome') as Target;
if (target !== 'chrome' && target !== 'firefox') throw new Error(`TARGET must be chrome or firefox, not ${target}`);

try {
  writeGenerated();
} catch (e) {
  if (e instanceof DataError) { console.error(e.message); process.exit(1); }
  throw e;
}

export default defineConfig({
  plugins: [
    crx({ manifest: manifestFor(target), browser: target, contentScripts: { standaloneFiles: [CONTENT_ENTRY] } }),
  ],
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: (process.env.VITE_LOG as 'info' | 'warn' | 'error' | 'silent' | undefined) ?? 'warn',
});
