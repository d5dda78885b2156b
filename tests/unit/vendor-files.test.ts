/**
 * Convention test over the vendor folder (the Refined GitHub approach): one
 * file per vendor, file name = id, schema valid, canonical formatting, dates
 * real and not in the future, https sources, aliases owned by one vendor,
 * examples present — with messages that point at file and field.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataError, loadVendors, VENDOR_DIR } from '../../src/data/load.ts';
import { formatVendor } from '../../src/data/format.ts';

/** Any JSON value: the bad-input tests mutate vendor files freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary JSON is mutated on purpose
type Json = any;

const files = readdirSync(VENDOR_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const kaspersky = JSON.parse(readFileSync(join(VENDOR_DIR, 'kaspersky.json'), 'utf8'));

function problemsWith(
  name: string,
  mutate: (v: Record<string, Json>) => void,
  extra: Record<string, unknown> = {},
): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'vl-vendors-'));
  const v = structuredClone(kaspersky);
  mutate(v);
  writeFileSync(join(dir, name), formatVendor(v));
  for (const [f, body] of Object.entries(extra)) writeFileSync(join(dir, f), formatVendor(body as never));
  try {
    loadVendors({ dir });
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
}

describe('vendor files', () => {
  it('all load and are in canonical format', () => {
    const vendors = loadVendors({ checkFormat: true });
    expect(vendors.length).toBe(files.length);
    expect(vendors.length).toBeGreaterThanOrEqual(46);
  });

  it.each(files)('%s: id = file name, examples present, every event dated and sourced over https', (file) => {
    const v = JSON.parse(readFileSync(join(VENDOR_DIR, file), 'utf8'));
    expect(`${v.id}.json`).toBe(file);
    expect(v.examples.match.length).toBeGreaterThan(0);
    expect(v.examples.noMatch.length).toBeGreaterThan(0);
    const today = new Date().toISOString().slice(0, 10);
    for (const e of v.events) {
      expect(e.date <= today, `${file}: ${e.date} is in the future`).toBe(true);
      for (const s of e.sources) expect(s.url.startsWith('https://'), `${file}: ${s.url}`).toBe(true);
    }
    expect(
      v.events.length > 0 || v.noGovernmentAction,
      `${file} has no events and does not say so`,
    ).toBeTruthy();
  });

  it('Kaspersky carries the core US facts', () => {
    const ev = kaspersky.events as {
      date: string;
      kind: string;
      authority: string;
      summary: string;
      effectiveDate?: string;
    }[];
    const has = (date: string, re: RegExp) =>
      ev.some((e) => e.date === date && re.test(`${e.authority} ${e.summary}`));
    expect(has('2017-09-13', /Homeland Security/)).toBe(true);
    expect(has('2017-12-12', /1634/)).toBe(true);
    expect(ev.find((e) => e.date === '2017-12-12' && /1634/.test(e.summary))?.effectiveDate).toBe(
      '2018-10-01',
    );
    expect(has('2024-06-20', /Commerce/)).toBe(true);
    expect(
      ev.some(
        (e) =>
          e.date.startsWith('2017-07') &&
          /General Services Administration|GSA/.test(`${e.authority} ${e.summary}`),
      ),
    ).toBe(true);
  });

  describe('bad input is reported with file and field', () => {
    it.each([
      [
        'a missing field',
        (v: Json) => {
          delete v.headline;
        },
        'kaspersky.json: headline: is required',
      ],
      [
        'a non-https source',
        (v: Json) => {
          v.events[0].sources[0].url = 'http://example.com/x';
        },
        'kaspersky.json: events[0].sources[0].url: must start with https://',
      ],
      [
        'a source URL with user info',
        (v: Json) => {
          v.events[0].sources[0].url = 'https://javascript:x@example.com/x';
        },
        'kaspersky.json: events[0].sources[0].url: must not contain user info (user:pass@)',
      ],
      [
        'a loopback source',
        (v: Json) => {
          v.events[1].sources[0].url = 'https://127.0.0.1/x';
        },
        'kaspersky.json: events[1].sources[0].url: host must be a DNS name, not an IP address',
      ],
      [
        'a vendor site under a private name',
        (v: Json) => {
          v.website = 'https://intranet.corp/';
        },
        'kaspersky.json: website: host must be public, not under .corp',
      ],
      [
        'a KEV remediation deadline counted as a restriction',
        (v: Json) => {
          v.events[0].summary = 'CISA added CVE-2099-0001 to its Known Exploited Vulnerabilities catalog.';
          v.events[0].restricts = ['government-use'];
        },
        'kaspersky.json: events[0].restricts: a Known Exploited Vulnerabilities deadline binds agencies to remediate: it restricts nothing ([])',
      ],
      [
        'a future date',
        (v: Json) => {
          v.events[0].date = '2999-01-01';
        },
        'kaspersky.json: events[0].date: is in the future',
      ],
      [
        'an impossible date',
        (v: Json) => {
          v.events[0].date = '2021-02-30';
        },
        /kaspersky\.json: events\[\d+\]\.date: is not a real calendar date/,
      ],
      [
        'an unknown kind',
        (v: Json) => {
          v.events[0].kind = 'scandal';
        },
        'kaspersky.json: events[0].kind',
      ],
      [
        'an unknown field',
        (v: Json) => {
          v.colour = 'red';
        },
        'kaspersky.json: (root)',
      ],
    ] as [string, (v: Json) => void, string | RegExp][])('%s', (_, mutate, expected) => {
      const text = problemsWith('kaspersky.json', mutate).join('\n');
      if (typeof expected === 'string') expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    });

    it('a file whose name is not its id', () => {
      expect(problemsWith('kaspersky-lab.json', () => {}).join('\n')).toContain(
        'kaspersky-lab.json: id: "kaspersky" must equal the file name',
      );
    });

    it('an alias claimed by two vendors', () => {
      const other = { ...structuredClone(kaspersky), id: 'other', name: 'Other', related: [] };
      expect(problemsWith('kaspersky.json', () => {}, { 'other.json': other }).join('\n')).toMatch(
        /aliases\[\d+\]\.text: ".+" is also an alias of kaspersky/,
      );
    });
  });
});
