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

/** Subtrees skipped by attribute or class: editable regions, code editors, opted-out regions. */
const SKIP_SELECTOR = [
  '[contenteditable]:not([contenteditable="false"])',
  '[data-vendor-lens="off"]',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
].join(',');

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

/** Any element that ends a line of text (not inline) or is skipped: what a walk cuts a segment at. */
const CUT_SELECTOR = `:not(${[...INLINE_TAGS].join()}),${SKIP_SELECTOR}`;

/** Whether all that `root` holds is one line of text: no element under it cuts a segment (page-native, one query). */
export function onlyInline(root: Node): boolean {
  const t = root.nodeType;
  return (t === 1 || t === 9 || t === 11) && (root as ParentNode).querySelector(CUT_SELECTOR) === null;
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
