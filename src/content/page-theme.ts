/**
 * Is the page dark? Read once from the computed background of <body>, else
 * <html>, else the page's colour scheme: marks on a dark page use the -dark
 * highlight names (public/highlight.css), whose colours keep their contrast
 * there. Reads styles only; never changes the page.
 */
function rgba(css: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a];
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);

export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const c = rgba(view.getComputedStyle(el).backgroundColor);
    if (c && c[3] > 0.5) return luminance(c) < 0.18;
  }
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme)
    ? true
    : /\bdark\b/.test(scheme) && view.matchMedia('(prefers-color-scheme: dark)').matches;
}
