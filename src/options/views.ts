/** DOM views of the dataset browser (all data inserted as text). */
import type { Dataset, DatasetVendor } from '../shared/dataset.ts';
import { isGovernmentAction } from '../shared/dataset.ts';
import { displayDate, jurisdictionName, KIND_LABEL, safeHttpsUrl } from '../shared/format.ts';
import type { VendorEvent } from '../shared/dataset.ts';
import type { EventKind } from '../shared/kinds.ts';
import { h } from '../shared/dom.ts';
import { inForceJurisdictions, renderInForce } from './in-force-view.ts';

const link = (doc: Document, href: string, text: string) => {
  const url = safeHttpsUrl(href);
  return url
    ? h(doc, 'a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text)
    : doc.createTextNode(text);
};

function eventLi(doc: Document, e: VendorEvent): HTMLElement {
  return h(
    doc,
    'li',
    {
      class: isGovernmentAction(e) ? 'action' : 'controversy',
      'data-kind': e.kind,
      'data-jurisdiction': e.jurisdiction,
    },
    h(
      doc,
      'div',
      {},
      h(doc, 'span', { class: 'kind' }, KIND_LABEL[e.kind]),
      h(doc, 'strong', {}, displayDate(e.date)),
      e.effectiveDate ? ` (effective ${displayDate(e.effectiveDate)})` : '',
      ` · ${jurisdictionName(e.jurisdiction)} · ${e.authority}`,
    ),
    h(doc, 'p', {}, e.summary),
    e.status
      ? h(
          doc,
          'p',
          { class: 'muted' },
          `Later: ${e.status.value}${e.status.date ? ` (${displayDate(e.status.date)})` : ''}. ${e.status.note}`,
        )
      : null,
    h(
      doc,
      'div',
      { class: 'muted' },
      'Sources: ',
      ...e.sources.flatMap((s, i) =>
        [
          i ? doc.createTextNode('; ') : null,
          link(doc, s.url, `${s.publisher}, “${s.title}”${s.date ? `, ${displayDate(s.date)}` : ''}`),
        ].filter((x): x is Text | HTMLElement => !!x),
      ),
    ),
  );
}

export function renderProfile(doc: Document, v: DatasetVendor, ds: Dataset): HTMLElement {
  const byId = new Map(ds.vendors.map((x) => [x.id, x]));
  const events = v.events;
  return h(
    doc,
    'article',
    { 'aria-labelledby': 'vendor-title' },
    h(doc, 'p', {}, h(doc, 'a', { href: '#' }, '← All vendors')),
    h(doc, 'h2', { id: 'vendor-title' }, v.name),
    h(
      doc,
      'p',
      { class: 'muted' },
      [v.legalName, `Headquarters: ${jurisdictionName(v.hq)}`, `Last reviewed ${v.lastReviewed}`]
        .filter(Boolean)
        .join(' · '),
    ),
    h(doc, 'p', {}, h(doc, 'strong', {}, v.headline)),
    renderInForce(doc, v, ds.asOf),
    v.related.length
      ? h(
          doc,
          'p',
          {},
          'Related: ',
          ...v.related.flatMap((r, i) =>
            [
              i ? doc.createTextNode(', ') : null,
              h(doc, 'a', { href: `#vendor=${r.id}` }, byId.get(r.id)?.name ?? r.id),
              doc.createTextNode(` (${r.relation})`),
            ].filter((x): x is Text | HTMLElement => !!x),
          ),
        )
      : null,
    h(doc, 'p', { class: 'aliases muted' }, `Recognised as: ${v.aliases.map((a) => a.text).join(', ')}`),
    h(doc, 'h3', {}, `Timeline (${events.length})`),
    v.noGovernmentAction ? h(doc, 'p', {}, 'No government action found.') : null,
    h(doc, 'ol', { class: 'timeline' }, ...events.map((e) => eventLi(doc, e))),
    v.responses.length ? h(doc, 'h3', {}, `${v.name}’s responses`) : null,
    ...v.responses.map((r) =>
      h(
        doc,
        'p',
        {},
        h(doc, 'strong', {}, `${displayDate(r.date)}: `),
        r.summary,
        ' ',
        ...r.sources.map((s) => link(doc, s.url, `(${s.publisher})`)),
      ),
    ),
    v.kev ? kevSection(doc, v, ds) : null,
  );
}

function kevSection(doc: Document, v: DatasetVendor, ds: Dataset): HTMLElement {
  const k = v.kev!;
  return h(
    doc,
    'section',
    { class: 'kev' },
    h(doc, 'h3', {}, 'CISA Known Exploited Vulnerabilities'),
    h(
      doc,
      'p',
      {},
      `${k.count} entr${k.count === 1 ? 'y' : 'ies'} (${k.ransomware} with known ransomware use) in catalog ${ds.kevCatalog?.version ?? ''}, listed under: ${k.projects.join(', ')}.`,
    ),
    h(
      doc,
      'table',
      {},
      h(doc, 'tr', {}, h(doc, 'th', {}, 'CVE'), h(doc, 'th', {}, 'Product'), h(doc, 'th', {}, 'Added')),
      ...k.recent.map((e) =>
        h(doc, 'tr', {}, h(doc, 'td', {}, e.cve), h(doc, 'td', {}, e.product), h(doc, 'td', {}, e.dateAdded)),
      ),
    ),
  );
}

export function renderList(doc: Document, ds: Dataset, kinds: EventKind[]): HTMLElement {
  const q = h(doc, 'input', {
    type: 'search',
    placeholder: 'Search vendors, aliases, events…',
    'aria-label': 'Search',
  }) as HTMLInputElement;
  const kind = h(
    doc,
    'select',
    { 'aria-label': 'Kind of event' },
    h(doc, 'option', { value: '' }, 'Any kind'),
    ...kinds.map((k) => h(doc, 'option', { value: k }, KIND_LABEL[k])),
  ) as HTMLSelectElement;
  const jurs = [...new Set(ds.vendors.flatMap((v) => v.events.map((e) => e.jurisdiction)))].sort();
  const jur = h(
    doc,
    'select',
    { 'aria-label': 'Jurisdiction' },
    h(doc, 'option', { value: '' }, 'Any jurisdiction'),
    ...jurs.map((j) => h(doc, 'option', { value: j }, `${jurisdictionName(j)} (${j})`)),
  ) as HTMLSelectElement;
  const inForceIn = [...new Set(ds.vendors.flatMap((v) => [...inForceJurisdictions(v)]))].sort();
  const binds = h(
    doc,
    'select',
    { 'aria-label': 'Restrictions in force in' },
    h(doc, 'option', { value: '' }, 'Restrictions in force: any or none'),
    ...inForceIn.map((j) => h(doc, 'option', { value: j }, `In force in ${jurisdictionName(j)} (${j})`)),
  ) as HTMLSelectElement;
  const grid = h(doc, 'ul', { class: 'grid', 'aria-live': 'polite' });
  const count = h(doc, 'p', { class: 'muted' });
  const draw = () => {
    const text = q.value.trim().toLowerCase();
    const shown = ds.vendors.filter((v) => {
      const evs = v.events.filter(
        (e) => (!kind.value || e.kind === kind.value) && (!jur.value || e.jurisdiction === jur.value),
      );
      if ((kind.value || jur.value) && !evs.length) return false;
      if (binds.value && !inForceJurisdictions(v).has(binds.value)) return false;
      if (!text) return true;
      return [
        v.name,
        v.id,
        v.headline,
        ...v.aliases.map((a) => a.text),
        ...evs.map((e) => `${e.authority} ${e.summary}`),
      ].some((s) => s.toLowerCase().includes(text));
    });
    count.textContent = `${shown.length} of ${ds.vendors.length} vendors`;
    grid.replaceChildren(
      ...shown.map((v) =>
        h(
          doc,
          'li',
          { class: 'card' },
          h(doc, 'a', { href: `#vendor=${v.id}` }, v.name),
          h(
            doc,
            'div',
            { class: 'muted' },
            `${v.events.filter(isGovernmentAction).length} government actions · ${v.events.filter((e) => !isGovernmentAction(e)).length} controversies`,
          ),
          h(doc, 'div', {}, v.headline),
        ),
      ),
    );
  };
  for (const el of [q, kind, jur, binds]) el.addEventListener('input', draw);
  draw();
  return h(
    doc,
    'div',
    {},
    h(doc, 'h2', {}, 'Vendors'),
    h(doc, 'div', { class: 'filters' }, q, kind, jur, binds),
    count,
    grid,
  );
}
