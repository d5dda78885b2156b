/**
 * The bundled data as Vite virtual modules, compiled from the vendor files
 * once per build process (the content script's standalone build reuses it):
 * - `virtual:vendor-lens/dataset`: the full records (background, profile pages);
 * - `virtual:vendor-lens/vocabulary`: what the matcher needs, automaton compiled
 *   (bundled in the background, sent to a frame once it has text);
 * - `virtual:vendor-lens/meta`: version, dates and counts (the popup);
 * - `virtual:vendor-lens/flags`: per-vendor flags (government action, restriction in force) for marking;
 * - `virtual:vendor-lens/anchors`: the anchor screen every frame's gate runs (matcher/anchors.ts).
 * A vendor file that fails validation stops the build with file and field named.
 * The modules are JSON files in .vite/vendor-lens-data/ (not committed) reached by a
 * resolve alias: @crxjs/vite-plugin builds standalone content scripts with the
 * parent's `resolve` options but without its plugins.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileDataset, vendorFlagsOf, vocabularyOf } from './compile.ts';
import { compileAnchors } from '../matcher/anchors.ts';
import { DataError } from './load.ts';
import { metaOf } from '../shared/dataset.ts';

const MODULES = ['dataset', 'vocabulary', 'meta', 'flags', 'anchors'] as const;
type Name = (typeof MODULES)[number];
const OUT_DIR = fileURLToPath(new URL('../../.vite/vendor-lens-data/', import.meta.url));

// Kept on globalThis: Vite evaluates the config (and this file) again for each nested build.
const CACHE = Symbol.for('vendor-lens.compiled-data');
type Compiled = Record<Name, string>;

function compiled(): Compiled {
  const scope = globalThis as { [CACHE]?: Compiled };
  if (scope[CACHE]) return scope[CACHE];
  const dataset = compileDataset();
  const vocabulary = vocabularyOf(dataset);
  const out: Compiled = {
    dataset: JSON.stringify(dataset),
    vocabulary: JSON.stringify(vocabulary),
    anchors: JSON.stringify(compileAnchors(vocabulary)),
    meta: JSON.stringify(metaOf(dataset)),
    flags: JSON.stringify(vendorFlagsOf(dataset)),
  };
  mkdirSync(OUT_DIR, { recursive: true });
  for (const name of MODULES) writeIfChanged(`${OUT_DIR}${name}.json`, out[name]);
  return (scope[CACHE] = out);
}

function writeIfChanged(path: string, text: string): void {
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    /* first build */
  }
  if (old !== text) writeFileSync(path, text);
}

/** Compiles now (so a data error stops the build before anything runs); exits with the problems listed. */
function compileOrExit(): void {
  try {
    compiled();
  } catch (e) {
    if (e instanceof DataError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}

export function vendorData(): Plugin {
  return {
    name: 'vendor-lens:data',
    config: () => {
      compileOrExit();
      return {
        resolve: {
          alias: [
            {
              find: /^virtual:vendor-lens\/(dataset|vocabulary|meta|flags|anchors)$/,
              replacement: `${OUT_DIR}$1.json`,
            },
          ],
        },
      };
    },
  };
}
