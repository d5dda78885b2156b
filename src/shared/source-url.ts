/**
 * The one rule for links to sources (and vendors' sites), checked when the
 * data is built (src/data/schema.ts: a bad URL stops the build, naming file
 * and field) and again when a link is rendered (tooltip, profile pages): an
 * https URL to a public DNS host name, written in ASCII (punycode for
 * international names), with no user info (`https://javascript:x@host/`),
 * no port, no IP address and no local or reserved name. One trailing dot
 * (an absolute DNS name, `example.org.`) is allowed: it names the same host.
 */

/** Names that never resolve to a public site (RFC 2606, 6761, 6762, 7686, 8375; ICANN's .internal) or are used inside networks. */
const PRIVATE_SUFFIXES = [
  'localhost',
  'local',
  'localdomain',
  'internal',
  'intranet',
  'private',
  'lan',
  'home',
  'corp',
  'home.arpa',
  'arpa',
  'test',
  'example',
  'invalid',
  'onion',
];

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Why `raw` is not an acceptable source URL, or null when it is. */
export function sourceUrlProblem(raw: string): string | null {
  if (!raw.startsWith('https://')) return 'must start with https://';
  const authority = /^https:\/\/([^/?#]*)/.exec(raw)![1]!;
  if (/[^\x21-\x7e]/.test(authority))
    return 'host must be written in ASCII (punycode for international names)';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password || authority.includes('@'))
    return 'must not contain user info (user:pass@)';
  if (url.port || /:\d*$/.test(authority)) return 'must not name a port';
  const host = url.hostname.replace(/\.$/, ''); // an absolute name (a trailing dot) is the same host
  if (host.startsWith('[') || /^[\d.]+$/.test(host) || /^0x/i.test(host.split('.').pop()!))
    return 'host must be a DNS name, not an IP address';
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels.at(-1)!))
    return 'host must be a public DNS name (like www.example.gov)';
  for (const s of PRIVATE_SUFFIXES)
    if (host === s || host.endsWith('.' + s)) return `host must be public, not under .${s}`;
  return null;
}

/** The URL to link to, or null when `raw` breaks the rule (then the text is shown without a link). */
export function safeSourceUrl(raw: string): string | null {
  return sourceUrlProblem(raw) === null ? new URL(raw).href : null;
}
