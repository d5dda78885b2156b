/**
 * The real pages of ../shared/corpus/dev/html for the corpus tests of both
 * browsers: which there are (none, with a message, when ../shared is absent),
 * served with their scripts removed so the reference DOM is deterministic,
 * and a layout fingerprint to compare with and without the extension.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './harness.ts';

export const CORPUS_DIR = join(SHARED, 'corpus/dev/html');
export const corpusPresent = existsSync(CORPUS_DIR);
if (!corpusPresent)
  console.warn(
    `corpus tests skipped: ${CORPUS_DIR} is absent (it comes with the shared folder beside the repository)`,
  );
export const corpusFiles = corpusPresent
  ? readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

const stripScripts = (html: string) =>
  html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '');

/** Routes for the test server: each page, without its scripts. */
export const corpusRoutes = () =>
  Object.fromEntries(
    corpusFiles.map((f) => [`/${f}`, { body: stripScripts(readFileSync(join(CORPUS_DIR, f), 'utf8')) }]),
  );

export const corpusSource = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');

/** Page height and the boxes of the first 400 elements (not ours). */
export const LAYOUT = `(() => { const els = [...document.querySelectorAll('body *')].filter((e) => !e.hasAttribute('data-vendor-lens-ui')).slice(0, 400);
  return [document.documentElement.scrollHeight, ...els.map((e) => { const r = e.getBoundingClientRect(); return Math.round(r.top) + ',' + Math.round(r.left) + ',' + Math.round(r.width); })].join(';'); })()`;
