/**
 * The dataset browser and vendor profiles (an extension page): every vendor,
 * searchable and filterable by kind and jurisdiction; one vendor's full
 * timeline with sources, status changes, responses and KEV entries
 * (`#vendor=<id>`); the dataset's version, as-of date and licences; and the
 * settings (global switch, sites where marking is off).
 */
import { dataset } from '../shared/bundled.ts';
import { readSettings, writeSettings, onSettingsChanged } from '../shared/browser-api.ts';
import { EVENT_KINDS } from '../shared/kinds.ts';
import { renderList, renderProfile } from './views.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const events = dataset.vendors.reduce((n, v) => n + v.events.length, 0);
$('meta').textContent =
  `Dataset ${dataset.version} · as of ${dataset.asOf} · ${dataset.vendors.length} vendors · ${events} events`;
const sources = dataset.vendors.flatMap((v) => [...v.events, ...v.responses].flatMap((e) => e.sources));
const publishers = new Set(sources.map((s) => s.publisher));
$('sources-about').textContent =
  `${sources.length} source links from ${publishers.size} publishers back the ${events} events and ${dataset.vendors.reduce((n, v) => n + v.responses.length, 0)} vendor responses; each is listed with its event in the vendor's profile.`;
$('kev-about').textContent = dataset.kevCatalog
  ? `Exploited-vulnerability counts come from CISA's Known Exploited Vulnerabilities catalog, version ${dataset.kevCatalog.version} (public domain, CC0).`
  : 'No Known Exploited Vulnerabilities data is bundled.';

function route(): void {
  const m = /^#vendor=(.+)$/.exec(location.hash);
  const v = m ? dataset.vendors.find((x) => x.id === decodeURIComponent(m[1]!)) : undefined;
  const main = $('main');
  if (v) {
    document.title = `${v.name} — Vendor Lens`;
    main.replaceChildren(renderProfile(document, v, dataset));
    scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } else {
    document.title = 'Vendor Lens — vendors and settings';
    main.replaceChildren(renderList(document, dataset, [...EVENT_KINDS]));
  }
}
addEventListener('hashchange', route);
route();

async function settingsPanel(): Promise<void> {
  let s = await readSettings();
  const box = $<HTMLInputElement>('enabled');
  const draw = () => {
    box.checked = s.enabled;
    const ul = $('sites');
    ul.replaceChildren(
      ...s.disabledSites.map((host) => {
        const li = document.createElement('li');
        const b = document.createElement('button');
        b.type = 'button';
        b.textContent = 'Turn on again';
        b.addEventListener('click', () => {
          s = { ...s, disabledSites: s.disabledSites.filter((x) => x !== host) };
          void writeSettings(s);
          draw();
        });
        li.append(document.createTextNode(`${host} `), b);
        return li;
      }),
    );
    $('no-sites').hidden = s.disabledSites.length > 0;
  };
  box.addEventListener('change', () => {
    s = { ...s, enabled: box.checked };
    void writeSettings(s);
  });
  onSettingsChanged((n) => {
    s = n;
    draw();
  });
  draw();
}
void settingsPanel();
