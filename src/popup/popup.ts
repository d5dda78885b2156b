/**
 * The popup: marking on or off everywhere and on this site (stored settings;
 * open tabs follow through storage.onChanged, no reload), the vendors found on
 * the current page with their mention counts (asked from the page's content
 * script — no tabs permission needed), a look-up box (the same matcher as
 * pages), a link to the settings, the keyboard shortcut as the browser has it
 * now, and the dataset's version and as-of date;
 * once after the data changed, a "what's new" notice (whats-new.ts).
 * Settings locked by an organisation's policy are shown disabled.
 */
import { meta } from '../shared/bundled-meta.ts';
import { vocabulary } from '../shared/bundled-vocabulary.ts';
import { browser, commandShortcut, optionsUrl, sendToBackground, sendToTab } from '../shared/browser-api.ts';
import { readEffective, writeSettings } from '../shared/settings-store.ts';
import { loadTranslator } from '../shared/locale-store.ts';
import { localise } from '../shared/localise.ts';
import { Lookup } from '../shared/lookup.ts';
import type { StatusReply } from '../shared/messages.ts';
import { isActiveOn, withSite } from '../shared/site-rules.ts';
import { setMuted, type SettingKey } from '../shared/settings.ts';
import { renderFound, renderResults } from './rows.ts';
import { showWhatsNew } from './whats-new.ts';
import { NEXT_COMMAND } from '../shared/ids.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const globalBox = $<HTMLInputElement>('global');
const siteBox = $<HTMLInputElement>('site');

async function activeTabId(): Promise<number | undefined> {
  const q = new URLSearchParams(location.search).get('tab'); // for tests: the popup opened as a page
  if (q) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The page's state, from its scanner; a page whose gate found no text that
 * could hold a name has none (content/gate.ts), which a page the extension
 * cannot script (a browser page) tells apart by refusing a probe. Asked again
 * a few times while the page loads or its scanner is being injected.
 */
async function status(tabId: number | undefined): Promise<StatusReply | null> {
  if (tabId === undefined) return null;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const reply = await sendToTab(tabId, { type: 'status' });
      if (reply) return reply;
    } catch {
      // No answer yet twice: a frame may still be getting its scanner; after that, probe the page.
      const page = attempt >= 2 ? await probePage(tabId) : null;
      if (page?.loaded) return { host: page.host, vendors: [] };
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return null;
}

/** The top frame's host and whether it has loaded, if the extension may script it; null if not. */
async function probePage(tabId: number): Promise<{ host: string; loaded: boolean } | null> {
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: () => ({ host: location.hostname, loaded: document.readyState === 'complete' }),
    });
    return (r?.result as { host: string; loaded: boolean } | undefined) ?? null;
  } catch {
    return null; // a browser page, the store, or another the extension may not script
  }
}

const openTab = (url: string) => void browser.tabs.create({ url }).then(() => window.close());

async function main(): Promise<void> {
  let { settings, user, policy } = await readEffective();
  const t = await loadTranslator(settings.language);
  localise(document, t);
  $('dataset').textContent = t('popupDataset', {
    version: meta.version,
    date: t.date(meta.asOf),
    vendors: t.plural('vendorCount', meta.vendors),
  });
  $('browse').addEventListener(
    'click',
    () => void sendToBackground({ type: 'open-profile' }).then(() => window.close()),
  );
  $('settings').addEventListener('click', () => openTab(optionsUrl('#settings')));
  const shortcut = await commandShortcut(NEXT_COMMAND);
  $('shortcut').textContent = shortcut ? t('popupShortcut', { shortcut }) : t('welcomeKeyboardUnset');
  await showWhatsNew(document, t, openTab);
  const tabId = await activeTabId();
  let reply = await status(tabId);
  const host = reply?.host ?? '';
  $('site-label').textContent = host ? t('popupMarkOnSite', { site: host }) : t('popupMarkOnThisSite');
  const locked = (key: SettingKey) => policy.locked.includes(key);
  const sync = () => {
    globalBox.checked = settings.enabled;
    globalBox.disabled = locked('enabled');
    siteBox.checked = host ? isActiveOn({ ...settings, enabled: true }, host) : false;
    // With marking off everywhere the site switch is not offered (its state would not count).
    $('site-row').hidden = !settings.enabled;
    siteBox.disabled = !host || locked('siteRules') || locked('siteMode');
    const note = $('site-note');
    note.hidden = settings.enabled && !!host;
    note.textContent = !settings.enabled ? t('popupOffEverywhere') : t('popupNoSite');
    if (policy.organisation && (globalBox.disabled || siteBox.disabled) && host)
      note.textContent = t('settingsLockedBy', { organisation: policy.organisation });
  };
  const draw = () =>
    renderFound(
      document,
      t,
      reply && { ...reply, active: reply.active ?? isActiveOn(settings, reply.host) },
      settings,
      {
        reveal: (id) => tabId !== undefined && void sendToTab(tabId, { type: 'reveal', id }).catch(() => {}),
        toggleMute: (id) => {
          user = setMuted(user, id, !user.muted.includes(id));
          void save();
        },
      },
    );
  sync();
  draw();
  const save = async () => {
    await writeSettings(user);
    ({ settings, user, policy } = await readEffective());
    sync();
    await new Promise((r) => setTimeout(r, 300)); // let the page apply it and rescan
    reply = await status(tabId);
    draw();
  };
  globalBox.addEventListener('change', () => {
    user = { ...user, enabled: globalBox.checked };
    void save();
  });
  siteBox.addEventListener('change', () => {
    if (host) {
      user = withSite({ ...user, siteMode: settings.siteMode }, host, siteBox.checked);
      void save();
    }
  });
  const lookup = new Lookup(vocabulary);
  const search = $<HTMLInputElement>('search');
  search.addEventListener('input', () =>
    renderResults(document, t, lookup.find(search.value), (id) =>
      sendToBackground({ type: 'open-profile', id }).then(() => window.close()),
    ),
  );
}

void main();
