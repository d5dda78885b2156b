/**
 * The extension's page: the dataset browser (every vendor, searchable and
 * filterable; `#q=…&kind=…&j=…` keeps search and filters), vendor profiles
 * (`#vendor=<id>`) and the settings (`#settings`, `#settings/<section>`).
 * Navigation between them is by hash, so back and forward work.
 */
import { dataset } from '../shared/bundled.ts';
import { loadTranslator, onSettingsChanged, readEffective } from '../shared/browser-api.ts';
import { EVENT_KINDS } from '../shared/kinds.ts';
import { localise } from '../shared/localise.ts';
import type { Translate } from '../shared/i18n.ts';
import { renderList, renderProfile } from './views.ts';
import { renderSettings } from './settings-view.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let t: Translate;
let viewCtrl = new AbortController();

async function route(): Promise<void> {
  viewCtrl.abort();
  viewCtrl = new AbortController();
  const hash = decodeURIComponent(location.hash.slice(1));
  const main = $('main');
  const v = hash.startsWith('vendor=') ? dataset.vendors.find((x) => x.id === hash.slice(7)) : undefined;
  for (const id of ['nav-vendors', 'nav-settings']) $(id).removeAttribute('aria-current');
  if (hash.startsWith('settings')) {
    $('nav-settings').setAttribute('aria-current', 'page');
    document.title = t('pageTitle', { page: t('settingsTitle') });
    main.replaceChildren(await renderSettings(document, t, viewCtrl.signal));
    const section = hash.split('/')[1];
    const target = section ? document.getElementById(section) : null;
    (target ?? $('view-title')).scrollIntoView();
  } else if (v) {
    document.title = t('pageTitle', { page: v.name });
    main.replaceChildren(renderProfile(document, v, dataset));
    scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } else {
    $('nav-vendors').setAttribute('aria-current', 'page');
    document.title = t('optionsTitle');
    main.replaceChildren(renderList(document, dataset, [...EVENT_KINDS]));
  }
}

async function main(): Promise<void> {
  let language = (await readEffective()).settings.language;
  t = await loadTranslator(language);
  localise(document, t);
  $('meta').textContent = t('optionsMeta', {
    version: dataset.version,
    date: t.date(dataset.asOf),
    vendors: t.plural('vendorCount', dataset.vendors.length),
  });
  addEventListener('hashchange', () => void route());
  await route();
  // A new interface language takes effect at once (the page is built again in it).
  onSettingsChanged((s) => {
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
