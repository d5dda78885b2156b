/**
 * What the text walk (segments.ts, prefilter.ts) does with an element: skip
 * it with its subtree (hidden or not prose: scripts, styles, form fields,
 * frames; editable regions, code editors, regions that opt out), or read
 * through it as part of the same line of text (inline elements).
 */

/** Elements whose text is never scanned (not visible, or not the page's prose). */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
]);

/**
 * Subtrees skipped by attribute or class: editable regions, code editors,
 * opted-out regions. Kept as separate simple selectors too: asked of a whole
 * root one at a time (holdsSkipped), most are answered at once, whereas the
 * list as one selector cost 7–12 ms on a paragraph of 100,000 inline elements.
 */
const SKIP_QUERIES = [
  '[contenteditable]:not([contenteditable="false"])',
  '[data-vendor-lens="off"]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
];
const SKIP_SELECTOR = SKIP_QUERIES.join(',');

/** Elements that do not break a line of text. */
export const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/** Elements under `root` (and root itself or its ancestors) that must be skipped as a whole. */
export function skippedElements(root: Element | Document | DocumentFragment): Set<Element> {
  const set = new Set<Element>(root.querySelectorAll(SKIP_SELECTOR));
  const el = 'closest' in root ? root.closest(SKIP_SELECTOR) : null;
  if (el) set.add(el);
  return set;
}

/** Any element that is not inline: one that ends a line of text. */
const NOT_INLINE = `:not(${[...INLINE_TAGS].join()})`;

/**
 * Whether `root` holds an element that ends a line of text (page-native, one
 * query: 5–10 ms on a paragraph of 100,000 inline elements). With
 * holdsSkipped, the one-line check of segments.ts (no element under root
 * cuts a segment); the two are asked in slices of their own. The selector
 * list of both at once took as long as the two together, in one call.
 */
export function holdsBreak(root: Node): boolean {
  const t = root.nodeType;
  return !(t === 1 || t === 9 || t === 11) || (root as ParentNode).querySelector(NOT_INLINE) !== null;
}

/** Whether `root` holds an element skipped by attribute or class (a few native queries, 2–3 ms in all on the same paragraph). */
export function holdsSkipped(root: Node): boolean {
  const t = root.nodeType;
  return (
    !(t === 1 || t === 9 || t === 11) ||
    SKIP_QUERIES.some((q) => (root as ParentNode).querySelector(q) !== null)
  );
}

/** True if `el` itself is skipped: a skipped tag, an editable/editor/opted-out region, or one of the caller's own (`skip`). */
export function isSkippedElement(el: Element, skip?: (el: Element) => boolean): boolean {
  return SKIP_TAGS.has(el.localName) || (skip?.(el) ?? false) || el.matches(SKIP_SELECTOR);
}

/** Where to look for skipped elements: the root itself unless it is a bare node (a Text). */
export function scopeOf(root: Node): Element | Document | DocumentFragment {
  const t = root.nodeType;
  return t === 1 || t === 9 || t === 11 ? (root as Element) : (root.ownerDocument as Document);
}
