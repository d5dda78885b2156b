/**
 * Builds the tooltip's content from a vendor record. Every string from data
 * goes in as text (textContent / createTextNode), never as HTML; a source
 * link is rendered only when its URL is https.
 */
import { isGovernmentAction } from '../shared/dataset.ts';
import {
  compareEventsDesc,
  displayDate,
  hostOf,
  jurisdictionName,
  KIND_LABEL,
  safeHttpsUrl,
} from '../shared/format.ts';
import { LIMITS } from '../shared/limits.ts';
import type { VendorCard } from '../shared/vendor-card.ts';
import { h } from '../shared/dom.ts';
import type { VendorEvent } from '../shared/dataset.ts';

function sourceLink(doc: Document, src: VendorEvent['sources'][number]): Node {
  const url = safeHttpsUrl(src.url);
  const label = `${src.publisher}: ${src.title}`;
  if (!url) return doc.createTextNode(label);
  return h(
    doc,
    'a',
    { href: url, target: '_blank', rel: 'noopener noreferrer', title: `${src.title} (${hostOf(url)})` },
    src.publisher,
  );
}

function eventItem(doc: Document, e: VendorEvent): HTMLElement {
  const gov = isGovernmentAction(e);
  const when = e.effectiveDate
    ? `${displayDate(e.date)} (effective ${displayDate(e.effectiveDate)})`
    : displayDate(e.date);
  const sources = e.sources.flatMap((s, i) =>
    i ? [doc.createTextNode(', '), sourceLink(doc, s)] : [sourceLink(doc, s)],
  );
  return h(
    doc,
    'li',
    { class: gov ? 'action' : 'controversy' },
    h(
      doc,
      'div',
      { class: 'meta' },
      h(doc, 'span', { class: 'kind' }, KIND_LABEL[e.kind]),
      `${when} · ${jurisdictionName(e.jurisdiction)} · ${e.authority}`,
    ),
    h(doc, 'div', { class: 'summary' }, e.summary),
    e.status
      ? h(
          doc,
          'div',
          { class: 'status' },
          `Later: ${e.status.value}${e.status.date ? ` (${displayDate(e.status.date)})` : ''}. ${e.status.note}`,
        )
      : null,
    h(doc, 'div', { class: 'meta' }, 'Source: ', ...sources),
  );
}

function section(doc: Document, title: string, events: VendorEvent[], id: string): Node | null {
  if (!events.length) return null;
  const shown = events.slice(0, LIMITS.tooltipItemsPerSection);
  const more = events.length - shown.length;
  return h(
    doc,
    'section',
    { 'aria-labelledby': id },
    h(doc, 'h3', { id }, `${title} (${events.length})`),
    h(doc, 'ol', {}, ...shown.map((e) => eventItem(doc, e))),
    more > 0 ? h(doc, 'div', { class: 'meta' }, `${more} more in the full profile`) : null,
  );
}

export function renderDetails(doc: Document, d: VendorCard, uid: string): Node[] {
  const events = d.events.slice().sort(compareEventsDesc);
  const gov = events.filter(isGovernmentAction);
  const other = events.filter((e) => !isGovernmentAction(e));
  const newest = d.responses.slice().sort(compareEventsDesc);
  const responses = [...newest.filter((r) => r.key), ...newest.filter((r) => !r.key)].slice(
    0,
    LIMITS.tooltipResponses,
  );
  return [
    h(doc, 'p', { class: 'headline' }, d.headline),
    d.kev && d.kev.count > 0
      ? h(
          doc,
          'p',
          { class: 'kev' },
          `CISA lists ${d.kev.count} actively exploited vulnerabilit${d.kev.count === 1 ? 'y' : 'ies'}${d.kev.ransomware ? ` (${d.kev.ransomware} used in ransomware)` : ''}, catalog of ${d.kev.catalog.replaceAll('.', '-')}.`,
        )
      : null,
    responses.length
      ? h(
          doc,
          'section',
          { class: 'response', 'aria-labelledby': `${uid}-res` },
          h(
            doc,
            'h3',
            { id: `${uid}-res` },
            `${d.name}’s response${d.responses.length === 1 ? '' : 's'} (${d.responses.length})`,
          ),
          ...responses.map((r) =>
            h(
              doc,
              'p',
              {},
              h(doc, 'strong', {}, `${displayDate(r.date)}: `),
              r.summary,
              ' ',
              ...r.sources.slice(0, 1).map((s) => sourceLink(doc, s)),
            ),
          ),
          d.responses.length > responses.length
            ? h(
                doc,
                'div',
                { class: 'meta' },
                `${d.responses.length - responses.length} more in the full profile`,
              )
            : null,
        )
      : null,
    section(doc, 'Government actions', gov, `${uid}-gov`) ??
      (d.noGovernmentAction
        ? h(doc, 'p', { class: 'none' }, 'No government action found in the dataset.')
        : null),
    section(doc, 'Controversies', other, `${uid}-con`),
  ].filter((n): n is HTMLElement => !!n);
}
