/**
 * What the keyboard test reads of the focused element, from computed styles:
 * where it is, its focus outline, the background the outline is drawn on (the
 * element's own for an inset outline, its parent's otherwise: the first
 * opaque one up the tree) and the contrast between the two (WCAG's formula).
 */
export interface FocusProbe {
  /** tag#id or tag.class, for messages. */
  key: string;
  /** The tab stop: a radio group counts once, other controls by their markup. */
  stop: string;
  onScreen: boolean;
  inMain: boolean;
  outline: string;
  outlineWidth: number;
  background: string;
  contrast: number;
}

export const FOCUS_PROBE = `(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return { key: 'body', stop: 'body' };
  const cs = getComputedStyle(e);
  const rgba = (c) => (c.match(/[\\d.]+/g) ?? []).map(Number);
  const opaqueBackground = (from) => {
    for (let n = from; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor, v = rgba(c);
      if (v.length === 3 || (v.length === 4 && v[3] === 1)) return c;
    }
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(0, 0, 0)' : 'rgb(255, 255, 255)';
  };
  const lum = (v) => {
    const [r, g, b] = v.slice(0, 3).map((x) => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
  const background = opaqueBackground(parseFloat(cs.outlineOffset) < 0 ? e : e.parentElement);
  const [a, b] = [lum(rgba(cs.outlineColor)), lum(rgba(background))];
  const r = e.getBoundingClientRect();
  const main = document.querySelector('main');
  return {
    key: e.localName + (e.id ? '#' + e.id : e.classList.length ? '.' + [...e.classList].join('.') : ''),
    stop: e.matches('input[type=radio]') ? 'radio ' + e.name : e.outerHTML.slice(0, 120),
    onScreen: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    inMain: !!main && main !== e && main.contains(e),
    outline: cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
    outlineWidth: width,
    background,
    contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
  };
})()`;
