/**
 * The content script every frame runs (manifest.json), made so that a frame
 * without vendor text costs almost nothing: no polyfill, no matcher, no
 * scanner, one native regex over its text (frame-gate.ts). Once the frame
 * may hold a name, it asks the background to inject the scanner
 * (scan-entry.ts) into this frame, once. Until then it does not even touch
 * the extension API; the popup, finding no scanner to answer, tells a page
 * it can script from one it cannot (popup.ts).
 */
import { native } from '../shared/browser-api.ts';
import { anchors } from '../shared/bundled-anchors.ts';
import type { Message } from '../shared/messages.ts';
import { exposeForTests } from '../shared/test-hooks.ts';
import { AnchorScreen } from '../matcher/anchor-screen.ts';
import { whenNamesMayBeHere } from './frame-gate.ts';

const screen = new AnchorScreen(anchors);

/** Asks the background for the scanner, once. */
function load(): void {
  if (gate.loading) return;
  gate.loading = true;
  stopWatching();
  try {
    // The extension API is touched only here: its first use costs a frame about a millisecond.
    void native()
      .runtime.sendMessage({ type: 'load-scanner' } satisfies Message)
      .catch(() => {});
  } catch {
    // The extension was reloaded or removed: nothing to load.
  }
}

/** For tests and the benchmark: whether this frame has asked for the scanner, a way to ask regardless, the screen. */
const gate = { loading: false, load, screen };
exposeForTests('__vendorLensGate', gate);
// Assigned before the watch starts: `load` may run inside it (text that passes at once) and calls this.
let stopWatching = () => {};
stopWatching = whenNamesMayBeHere(document, screen, load);
