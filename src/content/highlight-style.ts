/**
 * The highlight colours for mentions inside open shadow roots, where the
 * frame's stylesheet (injected with the scanner) does not reach: the same
 * file (public/highlight.css), bundled as minified text and adopted into the
 * shadow root; no element is added.
 */
import HIGHLIGHT_CSS from '../../public/highlight.css?inline';

let sheet: CSSStyleSheet | null = null;

export function styleShadowRoot(root: ShadowRoot): void {
  try {
    sheet ??= new CSSStyleSheet();
    if (!sheet.cssRules.length) sheet.replaceSync(HIGHLIGHT_CSS);
    if (!root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Not allowed from this world: the mentions are still found and listed, just not painted.
  }
}
