/**
 * Which blocks a batch of mutation records touched, for the scanner's
 * incremental rescans: a changed text or inline element dirties its nearest
 * block; an added block is new (it holds no mention yet); a parent whose
 * children were mostly replaced is one dirty block. Blocks inside
 * skipped regions (editors, inputs, our own host, opted-out regions) are left
 * out; a region that opts out later (`data-vendor-lens="off"` set) loses its
 * mentions, and one that opts back in is scanned again.
 */
import { INLINE_TAGS, isSkippedElement } from '../page-text/segments.ts';
import { withinSkipped } from '../page-text/opt-out.ts';

/** The nearest ancestor (or self) that is not an inline element. */
export function blockOf(node: Node): Node {
  let n: Node | null = node.nodeType === 1 ? node : node.parentNode;
  while (n && n.nodeType === 1 && INLINE_TAGS.has((n as Element).localName) && n.parentNode) n = n.parentNode;
  return n ?? node;
}

/**
 * Nodes added to one parent at once from which the parent is rescanned as
 * one root, when they are at least half its children (a list or table whose
 * rows were all written anew): each root costs its own skip check and walk
 * set-up, and a table of 1,000 rows rewritten 10 times a second queued 1,000
 * roots each time. Fewer, or a few added among many (a feed that grows), are
 * scanned alone.
 */
const REWRITTEN = 64;

const rewritten = (r: MutationRecord) =>
  r.addedNodes.length >= REWRITTEN && 2 * r.addedNodes.length >= r.target.childNodes.length;

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
  const toggled: Node[] = []; // elements whose opt-out attribute changed
  for (const r of records) {
    if (r.type === 'characterData') touch(blockOf(r.target), true);
    else if (r.type === 'attributes') {
      touch(blockOf(r.target), true); // its block: a mention may run across an inline element's edge
      toggled.push(r.target);
    } else {
      if (r.removedNodes.length) removals = true;
      if (rewritten(r)) {
        touch(blockOf(r.target), true); // a list or table rewritten: one root, not one per row
        continue;
      }
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
  const inSkipped = (n: Node) => withinSkipped(n, (el) => isSkippedElement(el, skip), memo);
  const roots = [...dirty.keys()].filter((b) => b.isConnected && !inSkipped(b));
  // New blocks hold no mention yet, unless nodes moved into them, which shows as a removal.
  const check = removals ? roots : roots.filter((b) => dirty.get(b));
  // A region that has just opted out: its mentions go, and it is not scanned again.
  for (const el of toggled) if (el.isConnected && inSkipped(el)) check.push(el);
  return { roots, check, removals };
}
