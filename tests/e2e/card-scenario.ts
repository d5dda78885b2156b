/**
 * The card budget, written once and run in Chromium (card.test.ts) and
 * Firefox ESR (firefox-card.test.ts) through a thin driver. For every vendor
 * in the dataset, its card opened as by pointer on the demo page in a
 * 1280×800 viewport at 100% zoom, with the keyboard-shortcut hint the first
 * cards carry in their footer (the longest a card gets): at most 1,200
 * characters and 10 tab stops, no inner scrolling, what is in force (or that
 * nothing is) first, the vendor's own words after the facts, the card's
 * language set and the dataset's English marked as such. Cards are opened and
 * measured in the content script by the test build's hook
 * (src/content/test-card.ts).
 */
import { expect, it } from 'vitest';
import { compileDataset } from '../../src/data/compile.ts';
import { HINTS_SHOWN_KEY, NEXT_COMMAND } from '../../src/shared/ids.ts';
import type { CardMeasure, CardRequest } from '../../src/content/test-card.ts';
import en from '../../public/_locales/en/messages.json';

/** What a browser's test must provide. */
export interface CardDriver {
  /** Runs `fn(arg)` in an extension context (`browser` or `chrome` available); `arg` is JSON. */
  inExtension(fn: (arg: never) => unknown, arg: unknown): Promise<unknown>;
  /** The address of the open test page (demo.html at 1280×800, scanned). */
  url(): string;
}

export const vendors = compileDataset().vendors;

/**
 * Opens the card of `req` on the page's first mention and measures it; `fresh` first resets the count of
 * cards that showed the shortcut, so that this one shows it too.
 */
export async function measure(d: CardDriver, req: CardRequest, fresh = true): Promise<CardMeasure> {
  const m = await d.inExtension(
    async ({ href, req, key, fresh }: { href: string; req: CardRequest; key: string; fresh: boolean }) => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      if (fresh) await api.storage.local.remove(key);
      for (const t of await api.tabs.query({})) {
        const r = await api.tabs
          .sendMessage(t.id!, { test: 'card', href, ...req }, { frameId: 0 })
          .catch(() => null);
        if (r) return r as unknown;
      }
      return null;
    },
    { href: d.url(), req, key: HINTS_SHOWN_KEY, fresh },
  );
  if (!m) throw new Error(`no card measured for ${req.id}`);
  return m as CardMeasure;
}

/** The shortcut of the "next mention" command as the browser reports it. */
export const shortcutOf = async (d: CardDriver) =>
  (await d.inExtension(async (name: string) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    return (await api.commands.getAll()).find((c) => c.name === name)?.shortcut ?? '';
  }, NEXT_COMMAND)) as string;

/** The hint's English text for `shortcut`. */
export const hintText = (shortcut: string) => en.tipShortcutHint.message.replace('{shortcut}', shortcut);

export function cardBudgetScenario(d: () => CardDriver): void {
  it('fits every card in 1,200 characters and 10 tab stops, without inner scrolling, facts first', async () => {
    const shortcut = await shortcutOf(d());
    expect(shortcut).not.toBe('');
    const over: string[] = [];
    for (const v of vendors) {
      const m = await measure(d(), { id: v.id, name: v.name, pointer: true });
      if (m.chars > 1200 || m.stops > 10 || m.inner > 1)
        over.push(`${v.id}: ${m.chars} chars, ${m.stops} stops, ${m.inner}px scrolled`);
      const expected = {
        id: v.id,
        hint: hintText(shortcut),
        first: v.inForce.length ? 'now' : 'none',
        lang: 'en',
        responseLang: v.responses.length ? 'en' : '',
      };
      expect({
        id: m.vendorId,
        hint: m.hint,
        first: m.parts[0],
        lang: m.lang,
        responseLang: m.responseLang,
      }).toEqual(expected);
      expect(m.first).toMatch(/^(In force now|No (restriction|government action))/);
      // The vendor's words come after every fact the card gives (in force, notable items).
      const says = m.parts.indexOf('says');
      expect(says >= 0, `${v.id}: response shown`).toBe(v.responses.length > 0);
      if (says >= 0)
        for (const fact of ['now', 'none', 'notable'])
          expect(m.parts.indexOf(fact), `${v.id}: ${fact} before the response`).toBeLessThan(says);
    }
    expect(over).toEqual([]);
  });
}
