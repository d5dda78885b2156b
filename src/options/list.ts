/**
 * The dataset browser's list: search (names, aliases, headlines, events,
 * authorities, source titles and publishers, CVE ids) and filters by kind,
 * jurisdiction and restrictions in force in a jurisdiction, kept in the URL
 * (`#q=…&kind=…&j=…&in=…`, so back, forward and
 * "← All vendors" restore them). Counts and the line under each vendor follow
 * the filters: with a filter set, the newest matching event replaces the
 * vendor's headline.
 */
import type { Dataset, DatasetVendor, VendorEvent } from '../shared/dataset.ts';
import { isGovernmentAction } from '../shared/dataset.ts';
import { h } from '../shared/dom.ts';
import { kindLabel, type Translate } from '../shared/i18n.ts';
import type { EventKind } from '../shared/kinds.ts';
import { englishText } from '../shared/localise.ts';
import { inForceJurisdictions } from './in-force-view.ts';

export interface ListState {
  q: string;
  kind: string;
  j: string;
  /** Restrictions in force in this jurisdiction. */
  in: string;
}

export const listStateOf = (hash: string): ListState => {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  return { q: p.get('q') ?? '', kind: p.get('kind') ?? '', j: p.get('j') ?? '', in: p.get('in') ?? '' };
};
export const listHash = (s: ListState): string => {
  const p = new URLSearchParams(Object.entries(s).filter(([, v]) => v));
  return p.size ? `#${p}` : '#';
};

function searchText(v: DatasetVendor, evs: VendorEvent[]): string {
  return [
    v.name,
    v.id,
    v.headline,
    ...v.aliases.map((a) => a.text),
    ...evs.flatMap((e) => [e.authority, e.summary, ...e.sources.flatMap((s) => [s.title, s.publisher])]),
    ...(v.kev?.recent.map((k) => k.cve) ?? []),
  ]
    .join('\n')
    .toLowerCase();
}

export function renderList(
  doc: Document,
  t: Translate,
  ds: Dataset,
  kinds: readonly EventKind[],
  state: ListState,
) {
  const q = h(doc, 'input', {
    type: 'search',
    id: 'q',
    placeholder: t('listSearchPlaceholder'),
    'aria-label': t('listSearch'),
  }) as HTMLInputElement;
  const kind = h(
    doc,
    'select',
    { id: 'kind', 'aria-label': t('listKind') },
    h(doc, 'option', { value: '' }, t('listAnyKind')),
    ...kinds.map((k) => h(doc, 'option', { value: k }, kindLabel(t, k))),
  ) as HTMLSelectElement;
  const jurs = [...new Set(ds.vendors.flatMap((v) => v.events.map((e) => e.jurisdiction)))].sort();
  const jur = h(
    doc,
    'select',
    { id: 'jurisdiction', 'aria-label': t('listJurisdiction') },
    h(doc, 'option', { value: '' }, t('listAnyJurisdiction')),
    ...jurs.map((j) =>
      h(doc, 'option', { value: j }, t('listJurisdictionOption', { name: t.region(j), code: j })),
    ),
  ) as HTMLSelectElement;
  const inForceIn = [...new Set(ds.vendors.flatMap((v) => [...inForceJurisdictions(v)]))].sort();
  const binds = h(
    doc,
    'select',
    { id: 'in-force', 'aria-label': t('listInForce') },
    h(doc, 'option', { value: '' }, t('listInForceAny')),
    ...inForceIn.map((j) =>
      h(doc, 'option', { value: j }, t('listInForceOption', { name: t.region(j), code: j })),
    ),
  ) as HTMLSelectElement;
  [q.value, kind.value, jur.value, binds.value] = [state.q, state.kind, state.j, state.in];
  const grid = h(doc, 'ul', { class: 'grid' });
  const count = h(doc, 'p', { class: 'muted', role: 'status', id: 'list-count' });
  const draw = () => {
    const text = q.value.trim().toLowerCase();
    const filtered = Boolean(kind.value || jur.value);
    const rows = ds.vendors.flatMap((v) => {
      const evs = v.events.filter(
        (e) => (!kind.value || e.kind === kind.value) && (!jur.value || e.jurisdiction === jur.value),
      );
      if (filtered && !evs.length) return [];
      if (binds.value && !inForceJurisdictions(v).has(binds.value)) return [];
      if (text && !searchText(v, filtered ? evs : v.events).includes(text)) return [];
      return [{ v, evs }];
    });
    count.textContent = t('listCount', {
      shown: t.number(rows.length),
      total: t.plural('vendorCount', ds.vendors.length),
    });
    grid.replaceChildren(
      ...rows.map(({ v, evs }) => {
        const newest = [...evs].sort((a, b) => (a.date < b.date ? 1 : -1))[0];
        return h(
          doc,
          'li',
          { class: 'card', 'data-vendor': v.id },
          h(doc, 'a', { href: `#vendor=${v.id}` }, v.name),
          h(
            doc,
            'div',
            { class: 'muted' },
            t('listCounts', {
              actions: t.plural('governmentActionCount', evs.filter(isGovernmentAction).length),
              controversies: t.plural('controversyCount', evs.filter((e) => !isGovernmentAction(e)).length),
            }),
          ),
          filtered && newest
            ? h(doc, 'div', {}, `${t.date(newest.date)} · `, englishText(doc, newest.summary))
            : englishText(doc, v.headline, 'div'),
        );
      }),
    );
  };
  const sync = () => {
    draw();
    history.replaceState(
      history.state,
      '',
      listHash({ q: q.value.trim(), kind: kind.value, j: jur.value, in: binds.value }),
    );
  };
  for (const el of [q, kind, jur, binds]) el.addEventListener('input', sync);
  draw();
  return h(
    doc,
    'div',
    {},
    h(doc, 'h1', { id: 'view-title', tabindex: '-1' }, t('navVendors')),
    h(doc, 'div', { class: 'filters' }, q, kind, jur, binds),
    count,
    grid,
  );
}
