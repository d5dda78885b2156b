/**
 * Real pages written by others (../shared/corpus/dev/html, see
 * ../corpus-pages.ts), written once and run in Chromium (corpus.test.ts) and
 * Firefox ESR (firefox-corpus.test.ts): each page against the same browser
 * without the extension — no page error beyond the page's own, the DOM exactly
 * as the reference builds it, no layout shift — and the extension finds the
 * same mentions as the CLI (`npm run scan`). Page scripts are removed when
 * serving, so the reference DOM is deterministic.
 */
import { expect, it } from 'vitest';
import { externalRequests, PAGE_DOM } from '../harness.ts';
import { corpusFiles, corpusRoutes, corpusSource, LAYOUT } from '../corpus-pages.ts';
import type { SuiteOptions } from '../suite.ts';
import type { Driver } from '../drivers/driver.ts';
import { scanFile } from '../../../src/cli/scan-file.ts';

export { corpusPresent } from '../corpus-pages.ts';

/** The server the scenario needs: each corpus page, without its scripts, and nothing else. */
export const corpusPages = (): SuiteOptions => ({ mounts: {}, routes: corpusRoutes() });

const distinct = (errors: string[]) => [...new Set(errors)].sort();

/** `ext`: the browser with the extension; `plain`: the same browser without it, on the same server. */
export function corpusScenario(ext: Driver, plain: Driver): void {
  it.each(corpusFiles)('%s survives and agrees with the CLI', async (file) => {
    const ref = await plain.open(`/${file}`, 'none');
    await ref.settle();
    const expectedDom = await ref.evaluate<string>(PAGE_DOM);
    const expectedLayout = await ref.evaluate<string>(LAYOUT);
    await ref.close();

    const tab = await ext.open(`/${file}`, 'none');
    const found = await tab.found();
    await tab.settle();
    // The page's own inline handlers' errors, if any (in any order), and none of ours.
    expect(distinct(tab.errors)).toEqual(distinct(ref.errors));
    expect(await tab.evaluate(PAGE_DOM)).toBe(expectedDom);
    expect(await tab.evaluate(LAYOUT)).toBe(expectedLayout);
    const inCli = scanFile(file, corpusSource(file))
      .mentions.map((m) => m.text)
      .sort();
    expect(found).toEqual(inCli);
    await tab.close();
  });

  it('sent no request off the machine beyond what the pages themselves ask for', () => {
    const pages = new Set(plain.requests());
    expect(externalRequests(ext.requests()).filter((u) => !pages.has(u))).toEqual([]);
  });
}
