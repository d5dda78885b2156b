/**
 * Runs inside a test page (passed to page.evaluate by Playwright and by
 * Puppeteer alike): the centre of `part` of the first occurrence of `text`
 * within one text node, scrolled into view; null when the text is not there.
 */
export const centreOfText = ([text, part]: readonly [string, string]): { x: number; y: number } | null => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
    const i = n.data.indexOf(text);
    if (i < 0) continue;
    const j = i + text.indexOf(part);
    const r = document.createRange();
    r.setStart(n, j);
    r.setEnd(n, j + part.length);
    n.parentElement?.scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
};
