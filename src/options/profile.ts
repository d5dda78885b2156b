/**
 * One vendor's profile: website, headline, the full timeline (its events in
 * profile-event.ts), responses, KEV entries with CVE ids linked to their
 * public records, the organisation's note when a policy sets one, and "Copy
 * citation" for the vendor and each event. Dataset text is English and
 * marked so (`lang="en"`).
 */
import { renderInForce } from './in-force-view.ts';
import type { Dataset, DatasetVendor } from '../shared/dataset.ts';
import { h } from '../shared/dom.ts';
import type { Translate } from '../shared/i18n.ts';
import { englishText } from '../shared/localise.ts';
import { citeVendor } from '../shared/citation.ts';
import type { Policy } from '../shared/policy.ts';
import { copyButtons, kevSection, link } from './profile-parts.ts';
import { eventLi } from './profile-event.ts';

export function renderProfile(
  doc: Document,
  t: Translate,
  v: DatasetVendor,
  ds: Dataset,
  back: string,
  policy: Policy,
): HTMLElement {
  const byId = new Map(ds.vendors.map((x) => [x.id, x]));
  const note = policy.notes[v.id];
  return h(
    doc,
    'article',
    { 'aria-labelledby': 'vendor-title' },
    h(doc, 'p', {}, h(doc, 'a', { href: back, id: 'back' }, t('profileBack'))),
    h(doc, 'h1', { id: 'vendor-title', tabindex: '-1' }, v.name),
    h(
      doc,
      'p',
      { class: 'muted' },
      v.legalName ? englishText(doc, v.legalName) : null,
      v.legalName ? ' · ' : null,
      t('profileHq', { country: t.region(v.hq) }),
      ' · ',
      t('profileReviewed', { date: t.date(v.lastReviewed) }),
      v.website ? ' · ' : null,
      v.website ? link(doc, v.website, new URL(v.website).hostname) : null,
    ),
    note
      ? h(
          doc,
          'aside',
          { class: 'org-note', 'aria-label': t('orgNoteLabel') },
          h(
            doc,
            'strong',
            {},
            t('orgNoteBy', { organisation: policy.organisation || t('settingsYourOrganisation') }),
          ),
          ' ',
          note,
        )
      : null,
    h(doc, 'p', {}, h(doc, 'strong', {}, englishText(doc, v.headline))),
    renderInForce(doc, t, v, ds.asOf),
    copyButtons(doc, t, citeVendor(v, ds), v.name),
    v.related.length
      ? h(
          doc,
          'p',
          {},
          t('profileRelated'),
          ' ',
          ...v.related.flatMap((r, i) => [
            i ? ', ' : null,
            h(doc, 'a', { href: `#vendor=${r.id}` }, byId.get(r.id)?.name ?? r.id),
          ]),
        )
      : null,
    h(
      doc,
      'p',
      { class: 'aliases muted' },
      t('profileAliases'),
      ' ',
      v.aliases.map((a) => a.text).join(', '),
    ),
    h(doc, 'h2', {}, t.plural('profileTimeline', v.events.length)),
    v.noGovernmentAction ? h(doc, 'p', {}, t('profileNoAction')) : null,
    h(doc, 'ol', { class: 'timeline' }, ...v.events.map((e) => eventLi(doc, t, v, e, ds))),
    v.responses.length ? h(doc, 'h2', {}, t('profileResponses', { vendor: v.name })) : null,
    ...v.responses.map((r) =>
      h(
        doc,
        'p',
        {},
        h(doc, 'strong', {}, t.date(r.date)),
        ' ',
        englishText(doc, r.summary),
        ' ',
        ...r.sources.map((s) => link(doc, s.url, `(${s.publisher})`)),
      ),
    ),
    v.kev ? kevSection(doc, t, v, ds) : null,
  );
}
