/** A small element builder for our own UI (tooltip, extension pages): attributes set, children appended as text nodes; never HTML. */
export type Child = Node | string | null | undefined | false;

export function h(
  doc: Document,
  tag: string,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c) e.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  return e;
}
