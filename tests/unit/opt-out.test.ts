/**
 * The ancestor walk behind opt-out and skipped regions (page-text/opt-out.ts)
 * is a loop: a node 100,000 levels deep is answered, not a stack overflow
 * (the recursive walk it replaced threw RangeError near 10,000 levels here),
 * and an opt-out on <html> covers everything.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { withinSkipped } from '../../src/page-text/opt-out.ts';

const optedOut = (el: Element) => el.getAttribute('data-vendor-lens') === 'off';

function deepChain(depth: number) {
  const { document } = parseHTML('<html><body><div id="root"></div></body></html>');
  const bottom = document.createElement('div');
  let top = bottom;
  for (let i = 1; i < depth; i++) {
    const p = document.createElement('div');
    p.appendChild(top);
    top = p;
  }
  document.getElementById('root')!.appendChild(top);
  return { document, bottom: bottom as unknown as Element };
}

describe('withinSkipped', () => {
  it('walks 100,000 ancestors without recursion', () => {
    const { document, bottom } = deepChain(100_000);
    expect(withinSkipped(bottom, optedOut)).toBe(false);
    document.documentElement.setAttribute('data-vendor-lens', 'off');
    expect(withinSkipped(bottom, optedOut)).toBe(true);
  });

  it('memoises a batch: every ancestor on the path is answered at once', () => {
    const { document, bottom } = deepChain(50);
    document.body.setAttribute('data-vendor-lens', 'off');
    const memo = new Map<Node, boolean>();
    expect(withinSkipped(bottom, optedOut, memo)).toBe(true);
    expect(memo.get(bottom.parentNode!)).toBe(true);
    expect(withinSkipped(document.getElementById('root'), optedOut, memo)).toBe(true);
  });

  it('is false outside any skipped region, and true for the skipped element itself', () => {
    const { document } = parseHTML(
      '<html><body><p id="a">x</p><div data-vendor-lens="off"><p id="b">y</p></div></body></html>',
    );
    expect(withinSkipped(document.getElementById('a'), optedOut)).toBe(false);
    expect(withinSkipped(document.getElementById('b')!.firstChild, optedOut)).toBe(true);
    expect(withinSkipped(document.querySelector('div'), optedOut)).toBe(true);
  });
});
