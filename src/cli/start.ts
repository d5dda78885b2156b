/**
 * `npm start` — builds the extension and opens Debian's Chromium with it on
 * the bundled demo page (tests/pages/demo.html, served on 127.0.0.1). With a
 * display it opens a window and waits until you close it; without one it
 * runs headless, hovers a mention, writes artifacts/demo.png (the page with
 * its tooltip) and prints what was found.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM, DIST_CHROME, ROOT } from './browser/chromium.ts';
import { centreOfText } from './browser/page-text.ts';
import { serve } from './browser/serve.ts';
import { compileDataset } from '../data/compile.ts';
import { scanFile } from './scan-file.ts';

execFileSync('bash', [join(ROOT, 'tests/ensure-browsers.sh'), 'chromium'], { stdio: 'inherit' });
execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', cwd: ROOT });

const server = await serve({ '/': join(ROOT, 'tests/pages') });
const url = `${server.url}/demo.html`;
const headed = !!process.env.DISPLAY && !process.env.CI;
// A fresh profile each time: a kept one would keep running the service worker of an earlier build.
const profile = mkdtempSync(join(tmpdir(), 'vendor-lens-start-'));
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
const args = CHROMIUM_ARGS(DIST_CHROME).filter((a) => (headed ? a !== '--headless=new' : true));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: false,
  args,
  viewport: { width: 1100, height: 820 },
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
// The extension opens its welcome page on install; the demo stays in front (hover needs the focused tab).
await page.bringToFront();
// What the extension marks there, by the same matcher and visibility rules (the popup lists the same).
const demo = join(ROOT, 'tests/pages/demo.html');
const names = new Map(compileDataset().vendors.map((v) => [v.id, v.name]));
const counts = new Map<string, number>();
for (const m of scanFile(demo, readFileSync(demo, 'utf8')).mentions) {
  const name = names.get(m.vendor) ?? m.vendor;
  counts.set(name, (counts.get(name) ?? 0) + 1);
}
console.log(`Vendor Lens on ${url}:`);
for (const [name, count] of counts)
  console.log(`  ${name.padEnd(24)} ${count} mention${count === 1 ? '' : 's'}`);

if (headed) {
  console.log('Hover a marked name, or press Alt+Shift+V. Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  await page.waitForTimeout(1500); // the first scan
  const p = await page.evaluate(centreOfText, ['Kaspersky Endpoint', 'Kaspersky'] as const);
  if (p) await page.mouse.move(p.x, p.y, { steps: 4 });
  await page.waitForTimeout(1500); // hover intent, the tooltip's code and record
  const shot = join(ROOT, 'artifacts', 'demo.png');
  await page.screenshot({ path: shot });
  console.log(
    `No display: ran headless. Screenshot with the Kaspersky tooltip open: ${shot.slice(ROOT.length + 1)}`,
  );
  await context.close();
}
await server.close();
rmSync(profile, { recursive: true, force: true });
