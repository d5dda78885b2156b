/**
 * The extension's page: the dataset browser (every vendor, searchable and
 * filterable; `#q=…&kind=…&j=…` keeps search and filters), vendor profiles
 * (`#vendor=<id>`) and the settings (`#settings`, `#settings/<section>`).
 * Navigation between them is by hash, so back and forward work.
 */
import { dataset } from '../shared/bundled.ts';
import { onSettingsChanged, readEffective } from '../shared/settings-store.ts';
import { loadTranslator } from '../shared/locale-store.ts';
import { EVENT_KINDS } from '../shared/kinds.ts';
import { localise } from '../shared/localise.ts';
import type { Translate } from '../shared/i18n.ts';
import { listStateOf, renderList } from './list.ts';
import { renderProfile } from './profile.ts';
import type { Policy } from '../shared/policy.ts';
import { renderSettings } from './settings-view.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let t: Translate;
let policy: Policy;
let viewCtrl = new AbortController();
/** The list's hash (search and filters) and scroll, restored by "← All vendors", back and forward. */
let listHashNow = '#';
let onList = false;

async function route(): Promise<void> {
  if (onList) sessionStorage.setItem(`scroll${listHashNow}`, String(scrollY));
  viewCtrl.abort();
  viewCtrl = new AbortController();
  const hash = location.hash;
  const main = $('main');
  const id = hash.startsWith('#vendor=') ? decodeURIComponent(hash.slice(8)) : '';
  const v = id ? dataset.vendors.find((x) => x.id === id) : undefined;
  for (const n of ['nav-vendors', 'nav-settings']) $(n).removeAttribute('aria-current');
  onList = false;
  if (hash.startsWith('#settings')) {
    $('nav-settings').setAttribute('aria-current', 'page');
    document.title = t('pageTitle', { page: t('settingsTitle') });
    main.replaceChildren(await renderSettings(document, t, viewCtrl.signal));
    const section = hash.split('/')[1];
    const target = section ? document.getElementById(section) : null;
    if (target) target.scrollIntoView();
    else scrollTo(0, 0);
    $('view-title').focus({ preventScroll: true });
  } else if (v) {
    document.title = t('pageTitle', { page: v.name });
    main.replaceChildren(renderProfile(document, t, v, dataset, listHashNow, policy));
    scrollTo(0, 0);
    $('vendor-title').focus({ preventScroll: true });
  } else {
    $('nav-vendors').setAttribute('aria-current', 'page');
    document.title = t('optionsTitle');
    listHashNow = hash || '#';
    main.replaceChildren(renderList(document, t, dataset, EVENT_KINDS, listStateOf(hash)));
    onList = true;
    scrollTo(0, Number(sessionStorage.getItem(`scroll${listHashNow}`) ?? 0));
  }
}
// The list rewrites its hash as filters change (replaceState): keep it for the way back.
addEventListener('input', () => {
  if (onList) listHashNow = location.hash || '#';
});

async function main(): Promise<void> {
  const effective = await readEffective();
  let language = effective.settings.language;
  policy = effective.policy;
  t = await loadTranslator(language);
  localise(document, t);
  $('meta').textContent = t('optionsMeta', {
    version: dataset.version,
    date: t.date(dataset.asOf),
    vendors: t.plural('vendorCount', dataset.vendors.length),
  });
  // The skip link moves focus to the view without following its href: the hash is the view (#main would
  // open the vendor list).
  document.querySelector('a.skip')?.addEventListener('click', (e) => {
    e.preventDefault();
    $('main').focus();
  });
  addEventListener('hashchange', () => void route());
  await route();
  // A new interface language takes effect at once (the page is built again in it).
  onSettingsChanged((s, p) => {
    policy = p;
    if (s.language !== language) {
      language = s.language;
      void loadTranslator(language).then(async (nt) => {
        t = nt;
        localise(document, t);
        await route();
      });
    }
  });
}

void main();
