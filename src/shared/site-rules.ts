/**
 * Site rules: which hosts a rule covers, and whether marking is on for a host.
 * - `example.com` covers example.com and every subdomain (www.example.com);
 * - `*.example.org` covers the subdomains only, not example.org itself;
 * - `=www.example.net` covers that host only.
 * Hosts are compared lower-cased, internationalised names in their ASCII
 * (punycode) form, as `location.hostname` gives them; a trailing dot is dropped.
 */
/** The settings fields the rules read (declared here: settings.ts imports this file). */
interface SiteSettings {
  enabled: boolean;
  siteMode: 'except-listed' | 'only-listed';
  siteRules: string[];
}

const LABELS = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

function asciiHost(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h) return null;
  if (LABELS.test(h) || IPV6.test(h)) return h;
  try {
    const u = new URL(`http://${h}/`); // punycode for internationalised names
    return u.hostname && LABELS.test(u.hostname) && u.hostname.length <= 253 ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * A rule in canonical form, or null when it is not one. Accepts what people
 * paste: a URL (`https://www.example.com/path` → `www.example.com`) or a host.
 */
export function normaliseRule(input: string): string | null {
  let s = input.trim();
  let prefix = '';
  if (s.startsWith('=')) [prefix, s] = ['=', s.slice(1)];
  else if (s.startsWith('*.')) [prefix, s] = ['*.', s.slice(2)];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    try {
      s = new URL(s).hostname;
    } catch {
      return null;
    }
  }
  const host = asciiHost(s);
  return host ? prefix + host : null;
}

export function ruleCovers(rule: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h) return false;
  if (rule.startsWith('=')) return h === rule.slice(1);
  if (rule.startsWith('*.')) return h.endsWith(rule.slice(1));
  return h === rule || h.endsWith(`.${rule}`);
}

const matchingRules = (rules: readonly string[], host: string): string[] =>
  rules.filter((r) => ruleCovers(r, host));

/** Whether marking is on for a page on `host` ('' for pages without one, e.g. file:). */
export function isActiveOn(s: SiteSettings, host: string): boolean {
  if (!s.enabled) return false;
  const listed = matchingRules(s.siteRules, host).length > 0;
  return s.siteMode === 'only-listed' ? listed : !listed;
}

/**
 * Switches marking on or off for one host (the popup's site switch): removes
 * the rules that cover it, or adds one for the host (its subdomains included).
 */
export function withSite<S extends Omit<SiteSettings, 'enabled'>>(s: S, host: string, on: boolean): S {
  const h = asciiHost(host);
  if (!h) return s;
  const listMeansOn = s.siteMode === 'only-listed';
  const rest = s.siteRules.filter((r) => !ruleCovers(r, h));
  return { ...s, siteRules: on === listMeansOn ? [...rest, h.replace(/^www\./, '')] : rest };
}
