/**
 * The content script's world in Chromium over CDP (for the harness,
 * harness.ts, which re-exports it): evaluate in its isolated world of a page
 * or frame, wait for its scan to be over, and read the tooltip as a screen
 * reader does from the accessibility tree.
 */
import type { CDPSession, Page } from 'playwright-core';

/** A frame and its children, as CDP's Page.getFrameTree gives them. */
interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
const findFrame = (t: FrameTree, url: string): string | undefined =>
  t.frame.url.endsWith(url) ? t.frame.id : t.childFrames?.map((c) => findFrame(c, url)).find(Boolean);

/** Evaluates `expr` in the content script's world of the main frame, or of the frame whose URL ends with `frameUrl`. */
export async function inContentWorld<T>(page: Page, expr: string, frameUrl?: string): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: {
      id: number;
      auxData?: { type?: string; isDefault?: boolean; frameId?: string };
      name: string;
    }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) =>
      contexts.push(e.context),
    );
    // The main frame's world unless asked otherwise: iframes run their own copy of the content script.
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
    const main = frameUrl ? findFrame(frameTree, frameUrl) : frameTree.frame.id;
    if (!main) throw new Error(`no frame at ${frameUrl}`);
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 10_000;
    let ctx: (typeof contexts)[number] | undefined;
    while (
      !(ctx = contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.name === 'Vendor Lens' && c.auxData.frameId === main,
      )) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 50));
    if (!ctx)
      throw new Error(
        `content script world not found (worlds: ${contexts.map((c) => c.name || c.auxData?.type).join(', ')})`,
      );
    const res = await cdp.send('Runtime.evaluate', {
      expression: expr,
      contextId: ctx.id,
      returnByValue: true,
      awaitPromise: true,
    });
    if (res.exceptionDetails)
      throw new Error(
        `in content world: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`,
      );
    return res.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Waits until the content script has finished its scan — idle twice in a row with nothing changed between
 * (`settled`), or just idle once for pages that never stop changing — and returns the vendor counts (none
 * where the gate loaded no scanner).
 */
export async function waitForScan(
  page: Page,
  { settled = true } = {},
): Promise<{ id: string; name: string; count: number }[]> {
  const deadline = Date.now() + 20_000;
  let last = '';
  for (;;) {
    const r = await inContentWorld<{
      idle: boolean;
      version: number;
      counts: { id: string; name: string; count: number }[];
    } | null>(
      page,
      // A frame whose gate found nothing that could be a name has no scanner: its scan is over, with nothing found.
      `(() => { const a = globalThis.__vendorLens, g = globalThis.__vendorLensGate;
        if (!a || !a.scanner) return g && !g.loading ? { idle: true, version: -1, counts: [] } : null;
        return { idle: a.idle, version: a.scanner.version, counts: a.counts() }; })()`,
    );
    const key = r?.idle ? `${r.version}` : '';
    if (key && (key === last || !settled)) return r!.counts;
    last = key;
    if (Date.now() > deadline) throw new Error('scan did not finish');
    await page.waitForTimeout(120);
  }
}

/** What a screen reader sees of the tooltip (the accessibility tree over CDP). */
export async function accessibleDialog(
  page: Page,
): Promise<{ role: string; name: string; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: {
        nodeId: string;
        role?: { value: string };
        name?: { value: string };
        childIds?: string[];
        ignored?: boolean;
      }[];
    };
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return null;
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const texts: string[] = [];
    const walk = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
      n.childIds?.forEach(walk);
    };
    walk(dialog.nodeId);
    return { role: dialog.role!.value, name: dialog.name?.value ?? '', text: texts.join(' ') };
  } finally {
    await cdp.detach().catch(() => {});
  }
}
