/** Where a source may be tiered official or court (src/data/source-hosts.ts), and the data check that applies it. */
import { describe, expect, it } from 'vitest';
import { authoritativeHost } from '../../src/data/source-hosts.ts';
import { vendorSchema } from '../../src/data/schema.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VENDOR_DIR } from '../../src/data/load.ts';

describe('authoritative hosts', () => {
  it.each([
    'https://www.federalregister.gov/documents/2024/06/24/2024-13532/x',
    'https://home.treasury.gov/news/press-releases/jy0001',
    'https://media.defense.gov/2024/Jan/31/x.pdf',
    'https://www.gov.uk/government/news/x',
    'https://www.protectivesecurity.gov.au/x',
    'https://ec.europa.eu/commission/presscorner/detail/en/ip_23_1',
    'https://www.canada.ca/en/x.html',
    'https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/1/index.do',
    'https://www.cnil.fr/fr/x',
    'https://www.dataprotection.ie/en/news-media/x',
    'https://law.justia.com/cases/federal/appellate-courts/cadc/22-1072/x',
    'https://www.courtlistener.com/opinion/1/x/',
    'https://github.com/cisagov/kev-data/blob/main/known_exploited_vulnerabilities.json',
    'https://raw.githubusercontent.com/CISAGov/kev-data/develop/known_exploited_vulnerabilities.json',
    'https://github.com/CVEProject/cvelistV5/blob/main/cves/2026/0xxx/CVE-2026-0300.json',
    'https://autoriteitpersoonsgegevens.nl/system/files?file=2024-09/x.pdf',
    'https://media.autoritedelaconcurrence.fr/rapport2020/index-59.html',
    'https://www.justiz.nrw.de/nrwe/ovgs/ovg_nrw/j2022/x.html',
    'https://www.bvger.ch/bvger/fr/home/medias/x.html',
    'https://kam.lt/en/news_1098/x.html',
    'https://www.myfloridalegal.com/node/1',
  ])('accepts %s', (u) => expect(authoritativeHost(u)).toBe(true));

  it.each([
    'https://docslib.org/doc/1/federal-register',
    'https://www.scribd.com/document/1/x',
    'https://en.wikisource.org/wiki/Executive_Order_14034',
    'https://www.newswire.ca/news-releases/x.html',
    'https://github.com/someone/cisagov-copy',
    'https://gov.example.com/', // "gov" as a first label says nothing
    'https://notjustia.com/x', // a parent domain must match whole labels
    'https://www.reuters.com/world/x',
    'https://mcac-maryland.example.org/x', // a look-alike of a government name
    'https://www.nrw.de.example.com/justiz.nrw.de', // a court's name in the path says nothing
  ])('rejects %s', (u) => expect(authoritativeHost(u)).toBe(false));

  it('makes the data check refuse an official tier on a copy elsewhere, naming the field', () => {
    const v = JSON.parse(readFileSync(join(VENDOR_DIR, 'kaspersky.json'), 'utf8'));
    v.events[0].sources[0] = {
      ...v.events[0].sources[0],
      url: 'https://docslib.org/doc/1/x',
      tier: 'official',
    };
    const r = vendorSchema.safeParse(v);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.path.join('.') === 'events.0.sources.0.tier');
    expect(issue?.message).toMatch(/a copy elsewhere is "secondary"/);
    v.events[0].sources[0].tier = 'secondary';
    expect(vendorSchema.safeParse(v).success).toBe(true);
  });
});
