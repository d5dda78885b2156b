/** The rule for source links (src/shared/source-url.ts), used at build time and again at render. */
import { describe, expect, it } from 'vitest';
import { safeSourceUrl, sourceUrlProblem } from '../../src/shared/source-url.ts';

describe('source URLs', () => {
  it.each([
    'https://www.fcc.gov/document/fcc-publishes-covered-list',
    'https://home.treasury.gov/news/press-releases/jy0001?x=1#a',
    'https://xn--80ak6aa92e.com/', // punycode is written in ASCII
    'https://de.wikipedia.org/wiki/Überwachung', // non-ASCII in the path is fine
    'https://privacyinternational.org./legal-action', // an absolute name: the same host
  ])('accepts %s', (u) => {
    expect(sourceUrlProblem(u)).toBeNull();
    expect(safeSourceUrl(u)).toBe(new URL(u).href);
  });

  it.each([
    ['http://www.fcc.gov/', 'must start with https://'],
    ['javascript:alert(1)', 'must start with https://'],
    ['HTTPS://www.fcc.gov/', 'must start with https://'],
    ['https:\\\\evil.com/', 'must start with https://'],
    ['https://user:pass@www.fcc.gov/', 'must not contain user info (user:pass@)'],
    ['https://javascript:x@host.com/', 'must not contain user info (user:pass@)'],
    ['https://@www.fcc.gov/', 'must not contain user info (user:pass@)'],
    ['https://www.fcc.gov:8443/', 'must not name a port'],
    ['https://www.fcc.gov:443/', 'must not name a port'],
    ['https://127.0.0.1/', 'host must be a DNS name, not an IP address'],
    ['https://2130706433/', 'host must be a DNS name, not an IP address'],
    ['https://0x7f.1/', 'host must be a DNS name, not an IP address'],
    ['https://[::1]/', 'host must be a DNS name, not an IP address'],
    ['https://192.168.1.1/', 'host must be a DNS name, not an IP address'],
    ['https://аpple.com/', 'host must be written in ASCII (punycode for international names)'],
    ['https://localhost/', 'host must be a public DNS name (like www.example.gov)'],
    ['https://evil.localhost/', 'host must be public, not under .localhost'],
    ['https://printer.local/', 'host must be public, not under .local'],
    ['https://router.home.arpa/', 'host must be public, not under .home.arpa'],
    ['https://wiki.internal/', 'host must be public, not under .internal'],
    ['https://a.example/', 'host must be public, not under .example'],
    ['https://intranet/', 'host must be a public DNS name (like www.example.gov)'],
    ['https://a_b.com/', 'host must be a public DNS name (like www.example.gov)'],
    ['https://-a.com/', 'host must be a public DNS name (like www.example.gov)'],
    ['https://a.123/', 'is not a URL'], // a numeric last label makes it an (invalid) IPv4 address
    ['https://', 'is not a URL'],
  ])('rejects %s: %s', (u, problem) => {
    expect(sourceUrlProblem(u)).toBe(problem);
    expect(safeSourceUrl(u)).toBeNull();
  });
});
