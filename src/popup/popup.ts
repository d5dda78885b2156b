/**
 * The popup: global and per-site switches (stored settings; open tabs follow
 * through storage.onChanged, no reload), the vendors found on the current
 * page with their mention counts (asked from the page's content script — no
 * tabs permission needed), and the dataset's version and as-of date.
 */
import { meta } from '../shared/bundled-meta.ts';
import { browser, readSettings, sendToBackground, sendToTab, writeSettings } from '../shared/browser-api.ts';
import type { StatusReply } from '../shared/messages.ts';
import { isActiveOn, withSite } from '../shared/settings.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const globalBox = $<HTMLInputElement>('global');
const siteBox = $<HTMLInputElement>('site');

async function activeTabId(): Promise<number | undefined> {
  const q = new URLSearchParams(location.search).get('tab'); // for tests: the popup opened as a page
  if (q) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function status(tabId: number | undefined): Promise<StatusReply | null> {
  if (tabId === undefined) return null;
  try {
    return await sendToTab(tabId, { type: 'status' });
  } catch {
    return null;
  }
}

function renderFound(reply: StatusReply | null, tabId: number | undefined): void {
  const list = $('found');
  const empty = $('empty');
  list.replaceChildren();
  empty.hidden = true;
  if (!reply) {
    empty.hidden = false;
    empty.textContent = 'Vendor Lens does not run on this page.';
    return;
  }
  if (!reply.active) {
    empty.hidden = false;
    empty.textContent = 'Marking is off for this page.';
    return;
  }
  if (!reply.vendors.length) {
    empty.hidden = false;
    empty.textContent = 'No vendor names found on this page.';
    return;
  }
  for (const v of reply.vendors) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.vendor = v.id;
    const name = document.createElement('span');
    name.textContent = v.name;
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = `${v.count} mention${v.count === 1 ? '' : 's'}`;
    b.append(name, count);
    b.title = `Scroll to the first mention of ${v.name}`;
    b.addEventListener('click', () => {
      if (tabId !== undefined) void sendToTab(tabId, { type: 'reveal', id: v.id }).catch(() => {});
    });
    const li = document.createElement('li');
    li.append(b);
    list.append(li);
  }
}

async function main(): Promise<void> {
  $('dataset').textContent = `Dataset ${meta.version} · as of ${meta.asOf} · ${meta.vendors} vendors`;
  $('browse').addEventListener(
    'click',
    () => void sendToBackground({ type: 'open-profile' }).then(() => window.close()),
  );
  const tabId = await activeTabId();
  let reply = await status(tabId);
  let settings = await readSettings();
  const host = reply?.host ?? '';
  $('host').textContent = host || 'this site';
  const sync = () => {
    globalBox.checked = settings.enabled;
    siteBox.checked = host ? isActiveOn({ ...settings, enabled: true }, host) : false;
    siteBox.disabled = !host || !settings.enabled;
  };
  sync();
  renderFound(reply, tabId);
  const refresh = async () => {
    await writeSettings(settings);
    sync();
    await new Promise((r) => setTimeout(r, 300)); // let the page apply it and rescan
    reply = await status(tabId);
    renderFound(reply, tabId);
  };
  globalBox.addEventListener('change', () => {
    settings = { ...settings, enabled: globalBox.checked };
    void refresh();
  });
  siteBox.addEventListener('change', () => {
    if (host) {
      settings = withSite(settings, host, siteBox.checked);
      void refresh();
    }
  });
}

void main();
