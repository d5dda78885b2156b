/**
 * Which blocks a batch of mutation records touched, for the scanner's
 * incremental rescans: a changed text or inline element dirties its nearest
 * block; an added block is new (it holds no mention yet). Blocks inside
 * skipped regions (editors, inputs, our own host) are left out.
 */
import { INLINE_TAGS, isSkippedElement } from '../page-text/segments.ts';

/** The nearest ancestor (or self) that is not an inline element. */
export function blockOf(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1 && INLINE_TAGS.has((n as Element).localName) && n.parentNode) n = n.parentNode;
  return n ?? node;
}

export interface ChangedBlocks {
  /** Connected, not skipped blocks to rescan. */
  roots: Node[];
  /** Those whose old mentions must go (they were on the page before). */
  check: Node[];
  /** Some nodes were removed (mentions anywhere may have left the page). */
  removals: boolean;
}

export function changedBlocks(
  records: readonly MutationRecord[],
  skip: (el: Element) => boolean,
): ChangedBlocks {
  const dirty = new Map<Node, boolean>(); // block → it was on the page before (so may hold mentions)
  const touch = (b: Node, before: boolean) => dirty.set(b, before || (dirty.get(b) ?? false));
  let removals = false;
  for (const r of records) {
    if (r.type === 'characterData') touch(blockOf(r.target), true);
    else {
      if (r.removedNodes.length) removals = true;
      for (const n of r.addedNodes) {
        if (n.nodeType === 1 && !INLINE_TAGS.has((n as Element).localName))
          touch(n, false); // a new block: scan it alone
        else if (n.nodeType === 1 || n.nodeType === 3) touch(blockOf(r.target), true);
      }
      if (
        r.removedNodes.length &&
        r.target.nodeType === 1 &&
        INLINE_TAGS.has((r.target as Element).localName)
      )
        touch(blockOf(r.target), true);
    }
  }
  const memo = new Map<Node, boolean>(); // batches share ancestors: each is checked once
  const inSkipped = (n: Node | null): boolean => {
    if (!n || n.nodeType !== 1) return false;
    let v = memo.get(n);
    if (v === undefined) {
      const el = n as Element;
      memo.set(n, (v = isSkippedElement(el, skip) || inSkipped(el.parentNode)));
    }
    return v;
  };
  const roots = [...dirty.keys()].filter((b) => b.isConnected && !inSkipped(b));
  // New blocks hold no mention yet, unless nodes moved into them, which shows as a removal.
  const check = removals ? roots : roots.filter((b) => dirty.get(b));
  return { roots, check, removals };
}
