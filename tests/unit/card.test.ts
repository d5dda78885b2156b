/**
 * The compact card for every vendor: what binds comes first, caveats are
 * kept, and the budgets hold (≈1,200 characters, ≤ 10 tab stops). Rendered
 * with the tooltip's own renderer into a DOM (linkedom); the e2e tests check
 * the same card in the browsers.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { cardOf } from '../../src/background/card.ts';
import { compileDataset } from '../../src/data/compile.ts';
import { renderCard } from '../../src/tooltip/render.ts';
import { readFileSync } from 'node:fs';
import { announcement } from '../../src/tooltip/render.ts';
import { formatAhead, translator, UI_LANGUAGES, type Messages } from '../../src/shared/i18n.ts';
import { cardValues } from '../../src/shared/vendor-card.ts';

const en = JSON.parse(
  readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Messages;
const t = translator('en', en);

const dataset = compileDataset();
const byId = new Map(dataset.vendors.map((v) => [v.id, v]));
const card = (id: string) => cardOf(byId.get(id)!, dataset);

function rendered(id: string) {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  const c = document.getElementById('c')!;
  c.append(...renderCard(document as unknown as Document, card(id), 'u', t));
  // What the card shows besides the body: name, close, footer (profile, don't mark, as-of, and on the
  // first cards the shortcut hint).
  const hint = t('tipShortcutHint', { shortcut: 'Alt+Shift+V' });
  const chrome = `${byId.get(id)!.name} × Full profile Don't mark ${byId.get(id)!.name} Data as of 30 Nov 2026 ${hint}`;
  const text = (c.textContent ?? '').replace(/\s+/g, ' ');
  const stops = c.querySelectorAll('a[href], button').length + 3; // + close, full profile, don't mark
  // Characters on screen: the screen-reader-only names of jurisdictions do not count.
  for (const sr of c.querySelectorAll('.sr')) sr.remove();
  const shown = (c.textContent ?? '').replace(/\s+/g, ' ');
  return { c, text, shown, chars: shown.length + chrome.length, stops };
}

describe('the compact card', () => {
  it.each(dataset.vendors.map((v) => [v.id]))('%s fits the budgets', (id) => {
    const r = rendered(id);
    expect(r.chars).toBeLessThanOrEqual(1200);
    expect(r.stops).toBeLessThanOrEqual(10);
  });

  it('answers Kaspersky with what binds in the US first, and keeps executives-only sanctions out of it', () => {
    const k = card('kaspersky');
    expect(k.inForce[0]).toMatchObject({ jurisdiction: expect.any(String), binding: 'binding' });
    expect(k.inForce.every((r) => r.binding === 'binding')).toBe(true);
    expect(k.inForce.map((r) => r.restricts).flat()).toContain('sale');
    expect(k.inForce.some((r) => r.covers === 'executives')).toBe(false);
    const ofac = k.notable.find((n) => n.kind === 'sanction');
    if (ofac) expect(ofac.caveats).toContainEqual({ type: 'executives' });
  });

  it('says plainly when nothing is in force, and shows ended directives as ended', () => {
    const sw = card('solarwinds');
    expect(sw.inForce).toEqual([]);
    const r = rendered('solarwinds');
    expect(r.text).toContain('No restriction in force in the dataset.');
    const ed = byId.get('solarwinds')!.events.find((e) => e.status?.value === 'retired');
    if (ed && sw.notable.some((n) => n.date === ed.date)) expect(r.text).toMatch(/retired \d+ \w+ 2026/);
  });

  it('puts the facts before the vendor’s words, labelled as the vendor’s', () => {
    const r = rendered('kaspersky');
    const says = r.text.indexOf('Kaspersky says');
    expect(says).toBeGreaterThan(r.text.indexOf('In force now'));
    expect(says).toBeGreaterThan(r.text.indexOf('Notable'));
  });

  it('links only https sources and names the jurisdiction in full for screen readers', () => {
    const r = rendered('huawei');
    for (const a of r.c.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https:\/\//);
    expect(r.text).toContain('United States: ');
  });

  it('renders from the formatting the background did, making no Intl object, as Intl itself would render it', () => {
    const messages = (lang: string) =>
      JSON.parse(
        readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
      ) as Messages;
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const text = (d: ReturnType<typeof card>, tr: typeof t) => {
      const c = document.createElement('div');
      c.append(...renderCard(document as unknown as Document, d, 'u', tr));
      return `${c.textContent} ${announcement(d, tr)} ${tr.date(d.asOf)}`;
    };
    for (const lang of UI_LANGUAGES) {
      const m = messages(lang);
      for (const v of dataset.vendors) {
        const d = card(v.id);
        d.kev &&= { ...d.kev, ransomware: d.kev.ransomware || 1234 }; // a count Intl groups
        const expected = text(d, translator(lang, m, en));
        const formatted = formatAhead(translator(lang, m, en), cardValues(d));
        vi.stubGlobal('Intl', undefined); // any Intl object made now would throw
        try {
          expect(text(d, translator(lang, m, en, formatted))).toBe(expected);
        } finally {
          vi.unstubAllGlobals();
        }
      }
    }
  });
});
