/**
 * Whether a node lies in a region that is never scanned: it or any ancestor
 * is skipped (an opted-out `data-vendor-lens="off"` region, including <html>
 * and <body>, an editor, an input, our own host…), across shadow roots (a
 * shadow root's ancestors are its host's). A loop, not recursion: a page may
 * nest elements tens of thousands deep. With `memo`, a batch of lookups that
 * share ancestors visits each once.
 */
export function withinSkipped(
  node: Node | null,
  skipped: (el: Element) => boolean,
  memo?: Map<Node, boolean>,
): boolean {
  const path: Node[] = [];
  let v = false;
  for (let n = node; n; n = n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : n.parentNode) {
    const known = memo?.get(n);
    if (known !== undefined) {
      v = known;
      break;
    }
    path.push(n);
    if (n.nodeType === 1 && skipped(n as Element)) {
      v = true;
      break;
    }
  }
  if (memo) for (const p of path) memo.set(p, v);
  return v;
}
