/** Real pages from the corpus (scenarios/corpus.ts) in real headless Chromium, with and without the extension. */
import { describe } from 'vitest';
import { chromiumSuite, plainChromiumSuite } from './suite.ts';
import { chromiumDriver } from './drivers/chromium.ts';
import { corpusPages, corpusPresent, corpusScenario } from './scenarios/corpus.ts';

describe.skipIf(!corpusPresent)('Chromium: real pages from the corpus', () => {
  const ext = chromiumSuite(corpusPages());
  const plain = plainChromiumSuite();
  corpusScenario(
    chromiumDriver(ext),
    chromiumDriver({
      get browser() {
        return plain.browser;
      },
      url: ext.url,
    }),
  );
});
