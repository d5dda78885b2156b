/**
 * Tests of `npm run data:kev` (src/cli/kev.ts) and its mapping table
 * (src/data/kev-map.ts) on a small catalog built here: vendor mapping,
 * ransomware counts, recent-entry order, input validation, and that bad
 * input never replaces an existing kev.json. Nothing is fetched.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, sourceLabel } from '../../src/cli/kev.ts';
import { buildKev, unknownMapIds } from '../../src/cli/kev-build.ts';
import { KevError, parseCatalog, type KevItem } from '../../src/cli/kev-catalog.ts';
import { KEV_MAP, kevVendorId } from '../../src/data/kev-map.ts';
import { VENDOR_DIR } from '../../src/data/load.ts';

let n = 1000;
const item = (vendorProject: string, product: string, dateAdded: string, known = false): KevItem => ({
  cveID: `CVE-2024-${n++}`,
  vendorProject,
  product,
  vulnerabilityName: `${vendorProject} ${product} Vulnerability`,
  dateAdded,
  knownRansomwareCampaignUse: known ? 'Known' : 'Unknown',
});
const catalog = (vulnerabilities: unknown[]) => ({
  title: 'test',
  catalogVersion: '2025.01.02',
  dateReleased: '2025-01-02T00:00:00Z',
  count: vulnerabilities.length,
  vulnerabilities,
});

const sample = catalog([
  item('Microsoft', 'Windows', '2024-03-01', true),
  item('Microsoft', 'Exchange Server', '2024-05-01'),
  item('ChakraCore', 'ChakraCore scripting engine', '2022-03-03'),
  item('Pulse Secure', 'Pulse Connect Secure', '2021-11-03', true),
  item('Ivanti', 'Connect Secure', '2024-01-10', true),
  item('Progress', 'MOVEit Transfer', '2023-06-02', true),
  item('Telerik', 'User Interface (UI) for ASP.NET AJAX', '2022-04-11'),
  item('Broadcom', 'Brocade Fabric OS', '2025-04-28'),
  item('Broadcom', 'Symantec Endpoint Protection', '2025-04-29'),
  item('SonicWall ', 'SonicOS', '2024-09-09'),
  item('D-Link and TRENDnet', 'Routers', '2024-01-01'),
  ...Array.from({ length: 5 }, () => item('Adobe', 'Acrobat', '2024-02-02')),
]);

describe('kev mapping table', () => {
  it('names only existing vendor ids', () => {
    const ids = readdirSync(VENDOR_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5));
    expect(ids.length).toBeGreaterThan(40);
    expect(unknownMapIds(ids)).toEqual([]);
    expect(unknownMapIds(['microsoft'], [{ project: 'X', id: 'no-such-vendor' }])).toEqual([
      'no-such-vendor',
    ]);
  });
  it('maps brands and former names, trimmed and case-insensitively', () => {
    expect(kevVendorId('Pulse Secure', 'Pulse Connect Secure')).toBe('ivanti');
    expect(kevVendorId('Telerik', 'UI for ASP.NET AJAX')).toBe('progress-software');
    expect(kevVendorId('  palo alto networks ', 'PAN-OS')).toBe('palo-alto-networks');
    expect(kevVendorId('Trend Micro', 'Apex One')).toBe('trend-micro');
    expect(kevVendorId('D-Link and TRENDnet', 'Routers')).toBeUndefined();
    expect(kevVendorId('Palo Alto', 'x')).toBeUndefined();
  });
  it('applies product tests (Broadcom is Symantec only for Symantec products)', () => {
    expect(kevVendorId('Broadcom', 'Brocade Fabric OS')).toBeUndefined();
    expect(kevVendorId('Broadcom', 'Symantec Messaging Gateway')).toBe('symantec');
    expect(kevVendorId('Gen Digital', 'Avast Antivirus')).toBe('avast');
    expect(kevVendorId('Gen Digital', 'Norton 360')).toBe('gen-digital');
  });
  it('has no duplicate unconditional rows', () => {
    const plain = KEV_MAP.filter((r) => !r.product).map((r) => r.project.toLowerCase());
    expect(new Set(plain).size).toBe(plain.length);
  });
});

describe('buildKev', () => {
  const { data, summary } = buildKev(parseCatalog(JSON.stringify(sample)), 'kev.json');
  it('groups entries by vendor id and merges projects', () => {
    expect(Object.keys(data.vendors)).toEqual([
      'ivanti',
      'microsoft',
      'progress-software',
      'sonicwall',
      'symantec',
    ]);
    expect(data.vendors.microsoft!.count).toBe(3);
    expect(data.vendors.microsoft!.projects).toEqual(['ChakraCore', 'Microsoft']);
    expect(data.vendors.ivanti!.projects).toEqual(['Ivanti', 'Pulse Secure']);
    expect(data.vendors.sonicwall!.projects).toEqual(['SonicWall']);
    expect(data).toMatchObject({
      catalogVersion: '2025.01.02',
      dateReleased: '2025-01-02T00:00:00Z',
      source: 'kev.json',
      catalogCount: 16,
    });
  });
  it('counts known ransomware use', () => {
    expect(data.vendors.microsoft!.ransomware).toBe(1);
    expect(data.vendors.ivanti!.ransomware).toBe(2);
    expect(data.vendors['progress-software']!.ransomware).toBe(1);
    expect(data.vendors.symantec!.ransomware).toBe(0);
  });
  it('keeps the 5 most recent entries, newest first', () => {
    const many = catalog(
      ['2021-01-05', '2023-07-01', '2020-02-02', '2024-12-31', '2022-06-15', '2023-07-01', '2019-09-09'].map(
        (d, i) => item('Cisco', `P${i}`, d, i === 3),
      ),
    );
    const cisco = buildKev(parseCatalog(JSON.stringify(many)), 'x').data.vendors.cisco!;
    expect(cisco.count).toBe(7);
    expect(cisco.recent.map((e) => e.dateAdded)).toEqual([
      '2024-12-31',
      '2023-07-01',
      '2023-07-01',
      '2022-06-15',
      '2021-01-05',
    ]);
    expect(cisco.recent[0]).toMatchObject({
      product: 'P3',
      ransomware: true,
      name: 'Cisco P3 Vulnerability',
    });
    expect(cisco.recent[1]!.cve > cisco.recent[2]!.cve).toBe(true);
  });
  it('reports frequent unmapped vendorProject values', () => {
    expect(summary).toEqual({ vendors: 5, entries: 9, unmapped: [['Adobe', 5]] });
  });
});

describe('input validation', () => {
  const err = (text: string) => {
    try {
      parseCatalog(text);
    } catch (e) {
      expect(e).toBeInstanceOf(KevError);
      return (e as Error).message;
    }
    return '';
  };
  it('rejects malformed JSON and wrong shapes with clear messages', () => {
    expect(err('{"vulnerabilities": [')).toMatch(/^malformed JSON/);
    expect(err('[]')).toBe('not a KEV catalog: top level is not an object');
    expect(err('{"catalogVersion":"1","dateReleased":"2"}')).toBe(
      'not a KEV catalog: missing vulnerabilities[]',
    );
    expect(err(JSON.stringify({ vulnerabilities: [] }))).toBe('not a KEV catalog: missing catalogVersion');
    expect(err(JSON.stringify(catalog([])))).toMatch(/vulnerabilities\[\] is empty/);
    expect(err(JSON.stringify(catalog([{ ...item('Cisco', 'IOS', '2024-01-01'), product: 3 }])))).toMatch(
      /vulnerabilities\[0\]\.product/,
    );
    expect(err(JSON.stringify(catalog([item('Cisco', 'IOS', '01/02/2024')])))).toMatch(/dateAdded/);
    expect(err(JSON.stringify(catalog([{ ...item('Cisco', 'IOS', '2024-01-01'), cveID: 'CVE-1' }])))).toMatch(
      /cveID/,
    );
  });
  it('records a base name or URL as source, never a local path', () => {
    expect(sourceLabel('../shared/data/kev/known_exploited_vulnerabilities.json')).toBe(
      'known_exploited_vulnerabilities.json',
    );
    expect(sourceLabel('/home/x/kev.json')).toBe('kev.json');
    expect(sourceLabel('https://u:p@example.org/kev.json#x')).toBe('https://example.org/kev.json');
  });
});

describe('run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kev-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const out = join(dir, 'kev.json');

  it('writes kev.json and never overwrites it on bad input', async () => {
    const logs: string[] = [];
    const summary = await run(file('good.json', JSON.stringify(sample)), out, (s) => logs.push(s));
    expect(summary.entries).toBe(9);
    expect(logs.join('\n')).toMatch(/mapped: 5 vendors, 9 entries[\s\S]*Adobe 5/);
    const before = readFileSync(out, 'utf8');
    expect(JSON.parse(before).source).toBe('good.json');
    for (const bad of [
      '{oops',
      '{"catalogVersion":"1","dateReleased":"2"}',
      JSON.stringify(catalog([item('Adobe', 'Acrobat', '2024-01-01')])),
    ]) {
      await expect(run(file('bad.json', bad), out, () => {})).rejects.toBeInstanceOf(KevError);
    }
    await expect(run(join(dir, 'missing.json'), out, () => {})).rejects.toThrow(/cannot read/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
