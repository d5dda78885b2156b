/** `npm run data:format` — rewrites vendor files in canonical form (see src/data/format.ts). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDOR_DIR } from '../data/load.ts';
import { formatVendor } from '../data/format.ts';

for (const f of readdirSync(VENDOR_DIR).filter((f) => f.endsWith('.json'))) {
  const path = join(VENDOR_DIR, f);
  const raw = readFileSync(path, 'utf8');
  let json;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    console.error(`${f}: not valid JSON: ${(e as Error).message}`);
    process.exitCode = 1;
    continue;
  }
  const out = formatVendor(json);
  if (out !== raw) {
    writeFileSync(path, out);
    console.log(`formatted ${f}`);
  }
}
