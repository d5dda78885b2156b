/**
 * The scanner's entry, injected by the background into a frame whose gate
 * (gate.ts) found text that may hold a name: the page's settings decide
 * whether the App (app.ts) marks this page and how; a page going away or coming back from
 * the back/forward cache tells the background its counts; the extension's
 * messages are answered (replies.ts).
 */
import { sendToBackground } from '../shared/browser-api.ts';
import { onPageSettingsChanged, readPageSettings } from '../shared/settings-store.ts';
import { isActiveOn } from '../shared/site-rules.ts';
import { markKey } from './mark-filter.ts';
import { App } from './app.ts';
import { answerMessages } from './replies.ts';
import { installTestHook } from './test-hook.ts';

async function main(): Promise<void> {
  const app = new App();
  const host = location.hostname;
  let settings = await readPageSettings();
  let marking = '';
  const apply = () => {
    if (!isActiveOn(settings, host)) return app.stop();
    if (marking !== markKey(settings)) {
      marking = markKey(settings);
      app.setMarking(settings); // marks follow the new settings
    }
    app.start();
  };
  apply();
  // A page (or frame) going away takes its counts with it; one restored from the back/forward cache reports again.
  addEventListener('pagehide', (e) => {
    if (e.isTrusted) void sendToBackground({ type: 'counts', vendors: [] }).catch(() => {});
  });
  addEventListener('pageshow', (e) => {
    if (e.isTrusted && e.persisted) app.report();
  });
  onPageSettingsChanged((s) => {
    settings = s;
    apply();
  });
  answerMessages(app, host);
  installTestHook(app); // the test build only
}

void main();
