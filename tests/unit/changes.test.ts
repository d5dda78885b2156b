/**
 * Which blocks a batch of mutation records sends back to the scanner
 * (content/changes.ts), on a DOM built by linkedom and records written as the
 * browser writes them: a table whose rows were all written anew is one root,
 * not one per row; rows added to a longer table, and fewer rows than the
 * threshold, stay roots of their own; a changed text dirties its block.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { changedBlocks } from '../../src/content/changes.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>Kaspersky ${i}</td></tr>`).join('');

function table(n: number) {
  const { document } = parseHTML(
    `<html><body><table><tbody id="rows">${rows(n)}</tbody></table><p id="p">Cisco</p></body></html>`,
  );
  return { document, body: document.getElementById('rows')! as unknown as Element };
}

/** A childList record: `added` are the last children of `target` (as innerHTML or append would leave them). */
const childList = (target: Element, added: number, removed = 0) =>
  ({
    type: 'childList',
    target,
    addedNodes: [...target.childNodes].slice(-added),
    removedNodes: Array.from({ length: removed }, () => target.ownerDocument.createElement('tr')),
  }) as unknown as MutationRecord;

const never = () => false;

describe('changedBlocks', () => {
  it('makes a table whose rows were all replaced one root (its old marks checked)', () => {
    const { body } = table(1000);
    const got = changedBlocks([childList(body, 1000, 1000)], never);
    expect(got.roots).toEqual([body]);
    expect(got.check).toEqual([body]);
    expect(got.removals).toBe(true);
  });

  it('keeps rows added to a longer table as roots of their own, new (nothing to check)', () => {
    const { body } = table(1000);
    const got = changedBlocks([childList(body, 100)], never);
    expect(got.roots).toHaveLength(100);
    expect(got.roots.every((r) => (r as Element).localName === 'tr')).toBe(true);
    expect(got.check).toEqual([]);
  });

  it('keeps a few rows written anew as roots of their own', () => {
    const { body } = table(10);
    const got = changedBlocks([childList(body, 10, 10)], never);
    expect(got.roots).toHaveLength(10);
    expect(got.check).toHaveLength(10); // removals: each new root is checked
  });

  it('dirties the block of a changed text', () => {
    const { document } = table(3);
    const p = document.getElementById('p')!;
    const record = { type: 'characterData', target: p.firstChild } as unknown as MutationRecord;
    const got = changedBlocks([record], never);
    expect(got.roots).toEqual([p]);
    expect(got.check).toEqual([p]);
  });
});
