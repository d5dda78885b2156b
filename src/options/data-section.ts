/** The Data section: dataset version, as-of date, KEV catalogue, sources and licences, and a notice when the data is old. */
import { dataset } from '../shared/bundled.ts';
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';

/** Bundled data older than this is flagged (the extension never fetches newer data itself). */
export const STALE_AFTER_DAYS = 180;

export function ageInDays(asOf: string, now = Date.now()): number {
  return Math.floor((now - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
}

export function dataSection(doc: Document, t: Translate): HTMLElement {
  const events = dataset.vendors.reduce((n, v) => n + v.events.length, 0);
  const responses = dataset.vendors.reduce((n, v) => n + v.responses.length, 0);
  const sources = dataset.vendors.flatMap((v) => [...v.events, ...v.responses].flatMap((e) => e.sources));
  const publishers = new Set(sources.map((s) => s.publisher)).size;
  const age = ageInDays(dataset.asOf);
  const row = (key: string, value: string) =>
    h(doc, 'div', {}, h(doc, 'dt', {}, t(key)), h(doc, 'dd', {}, value));
  return h(
    doc,
    'section',
    { id: 'data', 'aria-labelledby': 'data-title' },
    h(doc, 'h2', { id: 'data-title' }, t('dataTitle')),
    age > STALE_AFTER_DAYS
      ? h(
          doc,
          'p',
          { class: 'notice', id: 'stale' },
          t.plural('dataStale', age, { date: t.date(dataset.asOf) }),
        )
      : null,
    h(
      doc,
      'dl',
      {},
      row('dataVersion', dataset.version),
      row('dataAsOf', t.date(dataset.asOf)),
      row(
        'dataKev',
        dataset.kevCatalog
          ? t('dataKevValue', {
              version: dataset.kevCatalog.version,
              date: t.date(dataset.kevCatalog.released),
            })
          : t('dataKevNone'),
      ),
      row(
        'dataContents',
        t('dataContentsValue', {
          vendors: t.plural('vendorCount', dataset.vendors.length),
          events: t.plural('eventCount', events),
          responses: t.plural('responseCount', responses),
        }),
      ),
      row(
        'dataSources',
        t('dataSourcesValue', {
          links: t.plural('sourceLinkCount', sources.length),
          publishers: t.plural('publisherCount', publishers),
        }),
      ),
    ),
    h(doc, 'p', {}, t('dataAbout')),
    h(doc, 'p', { class: 'muted' }, t('dataLicences')),
  );
}
