/** The command-line interfaces other tools rely on: scan --json, data:export, and the build's refusal of bad data. */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('scan --json', () => {
  it('prints mentions with offsets into the visible text, for HTML and plain text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-scan-'));
    writeFileSync(
      join(dir, 'a.html'),
      '<html><head><title>Huawei</title><script>var x="ZTE"</script></head><body><p>Hello <b>Kaspersky</b> Lab and 华为.</p><textarea>Huawei</textarea><p data-vendor-lens="off">ZTE</p></body></html>',
    );
    writeFileSync(join(dir, 'b.txt'), 'The agency removed Kaspersky software; Eugene Kaspersky spoke.');
    const r = run('src/cli/scan.ts', ['--json', join(dir, 'a.html'), join(dir, 'b.txt')]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      file: string;
      mentions: { vendor: string; text: string; start: number; end: number }[];
    }[];
    expect(out.map((f) => f.mentions.map((m) => `${m.vendor}:${m.text}`))).toEqual([
      ['kaspersky:Kaspersky Lab', 'huawei:华为'],
      ['kaspersky:Kaspersky'],
    ]);
    const b = out[1]!.mentions[0]!;
    expect(readFileSync(join(dir, 'b.txt'), 'utf8').slice(b.start, b.end)).toBe('Kaspersky');
  });

  it('fails clearly on a missing file', () => {
    const r = run('src/cli/scan.ts', ['--json', '/nonexistent/file.html']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/file.html: cannot read');
  });
});

describe('data:export', () => {
  it('prints the compiled dataset in the stable shape', () => {
    const out = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/export.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    );
    expect(out).toHaveProperty('version');
    expect(out.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const k = out.vendors.find((v: { id: string }) => v.id === 'kaspersky');
    expect(k.aliases).toContain('Kaspersky Lab');
    expect(k.events[0]).toEqual(
      expect.objectContaining({
        date: expect.any(String),
        kind: expect.any(String),
        jurisdiction: expect.any(String),
        authority: expect.any(String),
        summary: expect.any(String),
      }),
    );
    expect(k.events[0].sources[0].url).toMatch(/^https:\/\//);
    expect(
      out.vendors.reduce((n: number, v: { events: unknown[] }) => n + v.events.length, 0),
    ).toBeGreaterThanOrEqual(300);
  });
});

describe('build', () => {
  it('refuses a vendor file with a missing field or a non-https source, naming file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vl-bad-'));
    const v = JSON.parse(readFileSync(join(ROOT, 'src/data/vendors/zte.json'), 'utf8'));
    delete v.headline;
    v.events[0].sources[0].url = 'http://insecure.example/page';
    writeFileSync(join(dir, 'zte.json'), JSON.stringify(v));
    const r = run('src/cli/build.ts', ['chrome'], { VENDOR_LENS_DATA_DIR: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('zte.json: headline: is required');
    expect(r.stderr).toContain('zte.json: events[0].sources[0].url: must start with https://');
  });
});
