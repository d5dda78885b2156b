/**
 * The highlight colours for mentions inside open shadow roots, where the
 * manifest's stylesheet (public/highlight.css, same rules) does not reach.
 * Adopted into the shadow root; no element is added. A unit test keeps the
 * two copies equal.
 */
export const HIGHLIGHT_CSS = `::highlight(vendor-lens) {
  background-color: rgba(255, 196, 0, 0.35);
  text-decoration: underline dotted rgba(160, 90, 0, 0.9);
  text-decoration-thickness: 2px;
}
::highlight(vendor-lens-active) {
  background-color: rgba(255, 150, 0, 0.6);
  text-decoration: underline solid rgb(160, 70, 0);
  text-decoration-thickness: 2px;
}
`;

let sheet: CSSStyleSheet | null = null;

export function styleShadowRoot(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(HIGHLIGHT_CSS);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Not allowed from this world: the mentions are still found and listed, just not painted.
  }
}
