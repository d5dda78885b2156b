/**
 * Real pages from the corpus (scenarios/corpus.ts) in real headless Firefox ESR, with and without the
 * extension. Images off and the network cut in both (see launchFirefox): the pages' own requests would
 * otherwise fail or load at moments that shift the layout.
 */
import { describe } from 'vitest';
import { firefoxSuite } from './suite.ts';
import { firefoxDriver } from './drivers/firefox.ts';
import { corpusPages, corpusPresent, corpusScenario } from './scenarios/corpus.ts';

describe.skipIf(!corpusPresent)('Firefox ESR: real pages from the corpus', () => {
  const ext = firefoxSuite({ ...corpusPages(), launch: { images: false, offline: true } });
  const plain = firefoxSuite({ serve: false, launch: { extension: false, images: false, offline: true } });
  corpusScenario(
    firefoxDriver(ext),
    firefoxDriver({
      get browser() {
        return plain.browser;
      },
      url: ext.url,
    }),
  );
});
