import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages.ts';

describe('messages are checked where received', () => {
  it('accepts well-formed messages', () => {
    expect(parseMessage({ type: 'card', id: 'kaspersky' })).toEqual({ type: 'card', id: 'kaspersky' });
    expect(parseMessage({ type: 'counts', vendors: [{ id: 'zte', name: 'ZTE', count: 2.7 }] })).toEqual({
      type: 'counts',
      vendors: [{ id: 'zte', name: 'ZTE', count: 2 }],
    });
    expect(parseMessage({ type: 'next', extra: 1 })).toEqual({ type: 'next' });
    expect(parseMessage({ type: 'open-profile' })).toEqual({ type: 'open-profile' });
    expect(parseMessage({ type: 'hint', id: 'x' })).toEqual({ type: 'hint' });
  });

  it.each([
    null,
    'next',
    3,
    {},
    { type: 'nope' },
    { type: 'card' },
    { type: 'card', id: '' },
    { type: 'card', id: 'x'.repeat(500) },
    { type: 'counts', vendors: 'x' },
    { type: 'counts', vendors: [{ id: 'a', name: 'A', count: -1 }] },
    { type: 'counts', vendors: [{ id: 'a', count: 1 }] },
    { type: 'open-profile', id: 5 },
  ])('rejects %j', (m) => {
    expect(parseMessage(m)).toBeNull();
  });
});
