/**
 * The whole-root native queries of a prefilter walk (prefilter.ts), each one
 * call that cannot be split, and the steps that tell the scanner one comes:
 * the text not to read (scripts, styles, noscript fallbacks) and the elements that may host a
 * shadow root.
 */
import {
  CUSTOM_SHADOW_SEARCH_MAX,
  FULL_SHADOW_SEARCH_MAX,
  SHADOW_SEARCH_MAX_TEXT,
} from '../shared/limits.ts';

/** A step value: a long native call comes next, best begun in a slice of its own. */
export const FRESH_SLICE = -1;
/** A cost that makes the scanner look at the clock (after a long native call). */
export const LOOK = 1 << 20;

/**
 * Elements whose text is skipped and large on many pages: never read (scripts
 * and styles hold over half the text of the corpus's articles; one article's
 * noscript fallbacks hold 200 KB, which the batches read again at every level
 * they go down to locate a hit).
 */
const NOT_READ = 'script,style,noscript';

/**
 * Where the batches of candidateSegments go around unread text: per parent,
 * its children to step over (`over`: script, style) or into (they hold one),
 * in document order. One native query; empty on most big documents, which
 * keeps the plain batches there.
 */
export function notRead(root: Node): { around: Map<Node, Node[]>; over: Set<Node> } {
  const around = new Map<Node, Node[]>(),
    over = new Set<Node>();
  if (!('querySelectorAll' in root)) return { around, over };
  for (const el of (root as ParentNode).querySelectorAll(NOT_READ)) {
    over.add(el);
    let child: Node = el;
    for (let p = el.parentNode; p; child = p, p = p.parentNode) {
      const list = around.get(p);
      if (list) {
        if (list[list.length - 1] !== child) list.push(child);
        break;
      } // p's own chain is known
      around.set(p, [child]);
      if (p === root) break;
    }
  }
  return { around, over };
}

/** Custom elements: names with a hyphen (the only elements besides a fixed few built-ins that can host a shadow root). */
const CUSTOM_ELEMENTS = "descendant-or-self::*[contains(local-name(), '-')]";

/**
 * Elements of `root` (whose text has `textLength` code units) that may host
 * an open shadow root, in document order (and the cost of big native calls),
 * within the bounds of limits.ts: all of them in a root of moderate size; only
 * custom elements, found natively (no wrapper per element), in a big one;
 * none in a huge one. Hosts missed there
 * are still met by every block walk (around each hit) and by the rescans of
 * content added or changed later.
 */
export function* shadowHostCandidates(
  root: Node,
  doc: Document,
  textLength: number,
): Generator<Element | number, void, undefined> {
  if (textLength > SHADOW_SEARCH_MAX_TEXT) return;
  const scope = root as ParentNode & Node;
  const size =
    'getElementsByTagName' in scope
      ? (scope as Element).getElementsByTagName('*').length
      : scope.querySelectorAll('*').length;
  if (size > FULL_SHADOW_SEARCH_MAX) {
    if (size > CUSTOM_SHADOW_SEARCH_MAX || typeof doc.evaluate !== 'function') return;
    yield FRESH_SLICE; // the count and the query (up to ~30 ms each on 100,000 elements) in slices of their own
    const found = doc.evaluate(CUSTOM_ELEMENTS, root, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
    yield LOOK;
    for (let i = 0; i < found.snapshotLength; i++) yield found.snapshotItem(i) as Element;
    return;
  }
  const w = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (
    let el = (root.nodeType === 1 ? root : w.nextNode()) as Element | null;
    el;
    el = w.nextNode() as Element | null
  )
    yield el;
}
