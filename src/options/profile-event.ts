/**
 * One event of a vendor's timeline on its profile (profile.ts): kind, date
 * (and the date it takes effect), jurisdiction, authority, summary, later
 * status, sources, and "Copy citation". Dataset text is marked English.
 */
import type { Dataset, DatasetVendor, VendorEvent } from '../shared/dataset.ts';
import { h } from '../shared/dom.ts';
import { kindLabel, type Translate, valueKey } from '../shared/i18n.ts';
import { englishText } from '../shared/localise.ts';
import { citeEvent } from '../shared/citation.ts';
import { copyButtons, link } from './profile-parts.ts';

export function eventLi(
  doc: Document,
  t: Translate,
  v: DatasetVendor,
  e: VendorEvent,
  ds: Dataset,
): HTMLElement {
  const when = e.effectiveDate
    ? t('eventDateEffective', { date: t.date(e.date), effective: t.date(e.effectiveDate) })
    : t.date(e.date);
  return h(
    doc,
    'li',
    { 'data-kind': e.kind, 'data-jurisdiction': e.jurisdiction, id: `event-${e.id}` },
    h(
      doc,
      'div',
      {},
      h(doc, 'span', { class: 'kind' }, kindLabel(t, e.kind)),
      ' ',
      h(doc, 'strong', {}, when),
      ` · ${t.region(e.jurisdiction)} · `,
      englishText(doc, e.authority),
    ),
    englishText(doc, e.summary, 'p'),
    e.status
      ? h(
          doc,
          'p',
          { class: 'muted' },
          t('eventLater', {
            status: t(valueKey('status', e.status.value)),
            date: e.status.date ? t.date(e.status.date) : '',
          }),
          ' ',
          englishText(doc, e.status.note),
        )
      : null,
    h(
      doc,
      'ul',
      { class: 'sources muted', 'aria-label': t('eventSources') },
      ...e.sources.map((s) =>
        h(
          doc,
          'li',
          {},
          link(doc, s.url, englishText(doc, `${s.publisher}, “${s.title}”`)),
          s.date ? ` · ${t.date(s.date)}` : '',
        ),
      ),
    ),
    copyButtons(doc, t, citeEvent(v, e, ds), `${v.name}, ${t.date(e.date)}`),
  );
}
