/**
 * `npm run build` — builds both extensions (dist/chrome, dist/firefox) and a
 * store-ready zip of each (dist/vendor-lens-<target>-<version>.zip), then the
 * test build of each (dist/test-<target>/: the same code plus the hook the
 * end-to-end tests and the benchmark read, src/shared/test-hooks.ts). A vendor
 * file that fails validation stops the build with the file and field named.
 */
import { build } from 'vite';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { DataError, loadVendors } from '../data/load.ts';

const root = new URL('../../', import.meta.url).pathname;
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

function zipDir(dir: string, out: string): void {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of files(dir).sort())
    entries[relative(dir, f)] = [readFileSync(f), { mtime: new Date('2026-01-01T00:00:00Z') }];
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

try {
  loadVendors(); // fail fast, with every problem listed
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const targets = (process.argv[2] ? [process.argv[2]] : ['chrome', 'firefox']) as ('chrome' | 'firefox')[];
for (const target of targets) {
  process.env.TARGET = target;
  await build({ configFile: join(root, 'vite.config.ts'), root });
  const out = join(root, 'dist', `vendor-lens-${target}-${version}.zip`);
  zipDir(join(root, 'dist', target), out);
  const kb = (f: string) => {
    const s = statSync(join(root, 'dist', target, f), { throwIfNoEntry: false });
    return s ? `${(s.size / 1024).toFixed(1)} KB` : 'missing';
  };
  console.log(
    `built dist/${target} (gate ${kb('src/content/gate.js')} in every frame, scanner ${kb('src/content/scan-entry.js')} where the gate passes) and ${relative(root, out)}`,
  );
}
process.env.TEST_HOOKS = '1';
for (const target of targets) {
  process.env.TARGET = target;
  await build({ configFile: join(root, 'vite.config.ts'), root });
  console.log(`built dist/test-${target} (with test hooks)`);
}
delete process.env.TEST_HOOKS;
