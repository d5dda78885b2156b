/**
 * `npm run -s scan -- [--json] FILE...` — finds vendor mentions in saved HTML
 * pages and plain-text files with the extension's own matcher and visibility
 * rules (HTML is parsed by a real HTML parser, linkedom).
 * --json prints [{"file", "mentions": [{"vendor", "text", "start", "end"}]}],
 * offsets into the file's visible text; without it, a readable summary.
 */
import { readFileSync } from 'node:fs';
import { scanFile } from './scan-file.ts';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
if (!files.length) {
  console.error('usage: npm run -s scan -- [--json] FILE...');
  process.exit(2);
}
const out = [];
let failed = false;
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read (${(e as Error).message})`);
    failed = true;
    continue;
  }
  const { mentions } = scanFile(file, content);
  out.push({ file, mentions });
}
if (json) console.log(JSON.stringify(out, null, 2));
else {
  for (const r of out) {
    const by = new Map<string, number>();
    for (const m of r.mentions) by.set(m.vendor, (by.get(m.vendor) ?? 0) + 1);
    console.log(
      `${r.file}: ${r.mentions.length} mention${r.mentions.length === 1 ? '' : 's'}${by.size ? ' — ' + [...by].map(([v, n]) => `${v} ${n}`).join(', ') : ''}`,
    );
  }
}
if (failed) process.exit(1);
