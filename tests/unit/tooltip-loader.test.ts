/**
 * The content script's handle on the tooltip (src/content/tooltip-loader.ts):
 * `prepare` fetches the tooltip's code and a vendor's card data ahead of a
 * card, opening nothing; after a failed load it does not ask again on every
 * pointer move, while opening a tooltip still retries. The tooltip's code is
 * a stand-in registered where the injected code registers itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LazyTooltip } from '../../src/content/tooltip-loader.ts';
import { UI_GLOBAL } from '../../src/shared/tooltip-contract.ts';
import type { TooltipDeps } from '../../src/tooltip/types.ts';

const g = globalThis as Record<string, unknown>;
const made: { prefetched: string[]; shown: string[] }[] = [];

class StandIn {
  prefetched: string[] = [];
  shown: string[] = [];
  constructor() {
    made.push(this);
  }
  prefetch(id: string) {
    this.prefetched.push(id);
  }
  show(anchor: { vendorId: string }) {
    this.shown.push(anchor.vendorId);
  }
}

const deps = {
  strings: async () => ({ lang: 'en', messages: {} }),
} as unknown as TooltipDeps;
const doc = {} as Document;
const anchor = { range: {} as AbstractRange, vendorId: 'kaspersky', vendorName: 'Kaspersky' };
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  delete g[UI_GLOBAL];
  made.length = 0;
});

describe('LazyTooltip.prepare', () => {
  it('loads the code once and asks for the card data of each vendor named, opening nothing', async () => {
    let loads = 0;
    const t = new LazyTooltip(doc, deps, async () => {
      loads++;
      g[UI_GLOBAL] = { Tooltip: StandIn };
    });
    t.prepare('kaspersky');
    t.prepare('kaspersky');
    await settle();
    t.prepare('huawei');
    expect(loads).toBe(1);
    expect(made).toHaveLength(1);
    expect(made[0]!.prefetched).toEqual(['kaspersky', 'kaspersky', 'huawei']);
    expect(made[0]!.shown).toEqual([]);
    expect(t.showing).toBe(false);
  });

  it('does not ask again after a failed load, but a tooltip asked for still retries', async () => {
    let loads = 0;
    let works = false;
    const t = new LazyTooltip(doc, deps, async () => {
      loads++;
      if (!works) throw new Error('cannot inject here');
      g[UI_GLOBAL] = { Tooltip: StandIn };
    });
    t.prepare('kaspersky');
    await settle();
    for (let k = 0; k < 10; k++) t.prepare('kaspersky'); // a pointer moving over names
    await settle();
    expect(loads).toBe(1);
    works = true;
    t.show(anchor);
    await settle();
    expect(loads).toBe(2);
    expect(made[0]!.shown).toEqual(['kaspersky']);
  });
});
