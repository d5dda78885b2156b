/**
 * Per-tab, per-frame vendor counts behind the badge. A frame's entry goes
 * when its page reports nothing left (the content script reports an empty
 * list on pagehide, which also fires when a frame is removed) or when it no
 * longer answers: after each report the tab's other frames are asked for
 * their counts (debounced), and those that are gone are dropped. At most
 * MAX_FRAMES_PER_TAB frames are kept per tab (the longest silent go
 * first). No `webNavigation` permission is needed for any of this.
 *
 * The counts outlive a stopped service worker: `snapshot()` is kept in the
 * browser's session storage and `restore()` takes it back at the next start
 * (reports that arrived first are newer and win; a malformed snapshot is
 * ignored).
 */
import { parseMessage, type StatusReply, type VendorCount } from '../shared/messages.ts';
import { MAX_FRAMES_PER_TAB } from '../shared/limits.ts';

const SWEEP_DELAY_MS = 1000;

export class FrameCounts {
  private readonly tabs = new Map<number, Map<number, VendorCount[]>>(); // tab → frame → counts
  private readonly sweeps = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly ask: (tabId: number, frameId: number) => Promise<StatusReply>,
    private readonly changed: (tabId: number) => void,
  ) {}

  /** The distinct vendors found in any frame of the tab. */
  vendorIds(tabId: number): Set<string> {
    const ids = new Set<string>();
    for (const list of this.tabs.get(tabId)?.values() ?? [])
      for (const v of list) if (v.count > 0) ids.add(v.id);
    return ids;
  }

  /** Each frame's counts, for the badge. */
  lists(tabId: number): Iterable<VendorCount[]> {
    return this.tabs.get(tabId)?.values() ?? [];
  }

  frameCount(tabId: number): number {
    return this.tabs.get(tabId)?.size ?? 0;
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }

  report(tabId: number, frameId: number, vendors: VendorCount[]): void {
    this.set(tabId, frameId, vendors);
    this.changed(tabId);
    clearTimeout(this.sweeps.get(tabId));
    this.sweeps.set(
      tabId,
      setTimeout(() => void this.sweep(tabId), SWEEP_DELAY_MS),
    );
  }

  /** Plain data for session storage: [tab, [frame, counts][]][]. */
  snapshot(): [number, [number, VendorCount[]][]][] {
    return [...this.tabs].map(([tab, frames]) => [tab, [...frames]]);
  }

  /** Takes back a snapshot from before a restart; frames reported since then keep their newer counts. */
  restore(raw: unknown): void {
    if (!Array.isArray(raw)) return;
    for (const entry of raw) {
      if (!Array.isArray(entry) || !isId(entry[0]) || !Array.isArray(entry[1])) continue;
      const tabId = entry[0];
      const known = this.tabs.get(tabId);
      for (const frame of entry[1] as unknown[]) {
        if (!Array.isArray(frame) || !isId(frame[0]) || known?.has(frame[0])) continue;
        const list = countsOf(frame[1]);
        if (list) this.set(tabId, frame[0], list);
      }
      if (this.tabs.has(tabId)) this.changed(tabId);
    }
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
    clearTimeout(this.sweeps.get(tabId));
    this.sweeps.delete(tabId);
  }

  private set(tabId: number, frameId: number, vendors: VendorCount[]): void {
    const frames = this.tabs.get(tabId) ?? new Map<number, VendorCount[]>();
    frames.delete(frameId); // re-inserted last: the map's order is oldest report first
    if (vendors.some((v) => v.count > 0)) frames.set(frameId, vendors);
    while (frames.size > MAX_FRAMES_PER_TAB) frames.delete(frames.keys().next().value!);
    if (frames.size) this.tabs.set(tabId, frames);
    else this.tabs.delete(tabId);
  }

  /** Asks every frame we hold counts for; a frame that does not answer is gone. */
  private async sweep(tabId: number): Promise<void> {
    this.sweeps.delete(tabId);
    const frames = this.tabs.get(tabId);
    if (!frames) return;
    await Promise.all(
      [...frames.keys()].map(async (frameId) => {
        const reply = await this.ask(tabId, frameId).catch(() => null);
        if (this.tabs.get(tabId) !== frames) return; // the tab navigated meanwhile
        this.set(tabId, frameId, reply?.vendors ?? []);
      }),
    );
    this.changed(tabId);
  }
}

const isId = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** A stored counts list, validated as a content script's report is; null when malformed. */
function countsOf(raw: unknown): VendorCount[] | null {
  const msg = parseMessage({ type: 'counts', vendors: raw });
  return msg?.type === 'counts' ? msg.vendors : null;
}
