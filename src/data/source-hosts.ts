/**
 * Where a source may be tiered `official` or `court`: on the authority's own
 * site (government, parliament, regulator and court domains), or on a
 * recognised publisher of legal texts that reproduces opinions, dockets and
 * Federal Register documents verbatim (Justia, Casetext, FindLaw,
 * CourtListener, vLex, Docket Alarm, DocumentCloud for filed documents).
 * Anywhere else — a document-sharing site, a wiki, a blog, a newswire — the
 * same text is `secondary`: a reader cannot tell it is unaltered. The data
 * check applies this to every source (schema.ts).
 */

/** Domains of authorities and courts, matched as the host or a parent domain of it. */
const AUTHORITY_DOMAINS = [
  'gov',
  'mil',
  'europa.eu',
  'canada.ca',
  'gc.ca',
  'ourcommons.ca',
  'parliament.uk',
  'ico.org.uk',
  'admin.ch',
  'parlament.ch',
  'bger.ch', // Swiss Federal Supreme Court
  'bvger.ch', // Swiss Federal Administrative Court
  'bund.de',
  'justiz.nrw.de', // North Rhine-Westphalia's courts and their decision database (NRWE)
  'public.lu',
  'gouv.fr',
  'cnil.fr',
  'autoritedelaconcurrence.fr',
  'conseil-constitutionnel.fr',
  'sites.prod.conseilconstitutionnel.aquaray.com', // the Conseil constitutionnel's own decision server
  'gpdp.it',
  'garanteprivacy.it',
  'agcm.it',
  'dataprotection.ie',
  'autoriteitpersoonsgegevens.nl',
  'dataprotection.ro',
  'pts.se',
  'nsm.no',
  'govt.nz',
  'nukib.cz',
  'kam.lt', // Lithuania's Ministry of National Defence (it announces the government's cyber-security decisions)
  'myfloridalegal.com', // the Florida Attorney General's own site
  'justiz.bayern.de', // Bavaria's courts and public prosecutors
  'gazzettaufficiale.it', // Italy's Official Gazette
  'camera.it', // Italy's Chamber of Deputies (its records and ministers' answers)
  'senato.it', // Italy's Senate
  'quebec.ca', // the Government of Québec
  'dpa.gr', // the Hellenic Data Protection Authority
  'areiospagos.gr', // Greece's Supreme Court and its prosecutor
  'domstol.se', // Sweden's courts
  'om-mp.be', // Belgium's public prosecutors
  'belgium.be', // Belgium's federal government
  'lrv.lt', // the Government of Lithuania
  'justice.cz', // Czech courts and their decision database
  'nic.in', // Indian government sites hosted by the National Informatics Centre (courts among them)
  'bundestag.de', // Germany's federal parliament
  'eldaddp.azurewebsites.net', // the UK Parliament's written questions and statements data service
];

/** Country-code second levels used only by governments: gov.uk, gov.au, gov.it, gov.cz, gob.es… */
const GOVERNMENT_LABELS = new Set(['gov', 'gob', 'gouv', 'govt', 'go', 'gv']);

/** Publishers of legal texts (opinions, dockets, Federal Register and CFR copies), verbatim. */
const LEGAL_PUBLISHERS = [
  'justia.com',
  'casetext.com',
  'findlaw.com',
  'courtlistener.com',
  'vlex.com',
  'docketalarm.com',
  'documentcloud.org',
];

/**
 * Authorities' own repositories on GitHub: CISA publishes the KEV catalog,
 * advisories and its enrichment of CVE records there (cisagov), and the CVE
 * Program its records, CISA's part of each included (CVEProject).
 */
const AUTHORITY_REPOS = /^https:\/\/(github\.com|raw\.githubusercontent\.com)\/(cisagov|CVEProject)\//i;

const TRUSTED_DOMAINS = [...AUTHORITY_DOMAINS, ...LEGAL_PUBLISHERS];

const under = (host: string, domain: string) => host === domain || host.endsWith('.' + domain);

/** Whether `url` may carry tier `official` or `court`. */
export function authoritativeHost(url: string): boolean {
  if (AUTHORITY_REPOS.test(url)) return true;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const labels = host.split('.');
  if (labels.length >= 3 && GOVERNMENT_LABELS.has(labels[labels.length - 2]!)) return true;
  return TRUSTED_DOMAINS.some((d) => under(host, d));
}
