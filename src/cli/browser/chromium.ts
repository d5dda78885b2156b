/**
 * Where things are and how Debian's Chromium is started with the built
 * extension (no tool downloads a browser): shared by `npm start`, the tests
 * and the benchmarks.
 */
import { resolve, join } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const DIST_FIREFOX = join(ROOT, 'dist/firefox');
/** The test builds (with the hook tests read, src/shared/test-hooks.ts). */
export const DIST_TEST_CHROME = join(ROOT, 'dist/test-chrome');
export const DIST_TEST_FIREFOX = join(ROOT, 'dist/test-firefox');
export const SHARED = resolve(ROOT, '../shared');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS = (dist: string) => [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
];
