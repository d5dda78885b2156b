/**
 * The setup most browser test files share, registered once: the test pages
 * served on 127.0.0.1 and one browser with the test build, started before the
 * file's (or describe block's) tests and closed after them. The returned
 * object's getters read what the hooks started.
 */
import { afterAll, beforeAll } from 'vitest';
import { join } from 'node:path';
import { launchChromium, launchPlainChromium, ROOT, serve, type Chromium, type Served } from './harness.ts';
import { launchFirefox, type Firefox } from './firefox-harness.ts';

type Routes = Parameters<typeof serve>[1];

export interface SuiteOptions {
  /** URL prefix → folder; the test pages at `/` unless given. */
  mounts?: Record<string, string>;
  /** Path → fixed response, beside the mounts. */
  routes?: Routes;
  /** `false`: no server (tests of the extension's own pages). */
  serve?: boolean;
}

export interface Suite<B> {
  readonly browser: B;
  readonly server: Served;
  /** The test server's address of `path` (which starts with `/`). */
  url(path: string): string;
}

/** Registers the hooks that serve the pages and start `launch()`, and returns getters for both. */
function suite<B extends { close(): Promise<void> }>(launch: () => Promise<B>, o: SuiteOptions): Suite<B> {
  let browser: B | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    if (o.serve !== false) server = await serve(o.mounts ?? { '/': join(ROOT, 'tests/pages') }, o.routes);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(v: T | undefined, what: string): T => {
    if (v === undefined) throw new Error(`${what} not started (beforeAll failed or serve: false)`);
    return v;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'server');
    },
    url: (path) => `${started(server, 'server').url}${path}`,
  };
}

/** Chromium (playwright-core) with the test build; `launch` as launchChromium's second argument. */
export const chromiumSuite = (
  o: SuiteOptions & { launch?: Parameters<typeof launchChromium>[1] } = {},
): Suite<Chromium> => suite(() => launchChromium(undefined, o.launch), o);

/** Firefox ESR (puppeteer-core) with the test build; `launch` as launchFirefox's options. */
export const firefoxSuite = (
  o: SuiteOptions & { launch?: Parameters<typeof launchFirefox>[0] } = {},
): Suite<Firefox> => suite(() => launchFirefox(o.launch), o);

/** The same Chromium without the extension (the reference for DOM and layout); no server of its own. */
export const plainChromiumSuite = (): Suite<Awaited<ReturnType<typeof launchPlainChromium>>> =>
  suite(launchPlainChromium, { serve: false });
