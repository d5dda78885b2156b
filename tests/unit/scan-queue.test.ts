/**
 * The scanner's bounded work structures (src/content/queue.ts): the deque
 * behind eviction and the job queue (order kept across growth and wrap-around,
 * stale entries dropped in one pass), and the queue of roots waiting for a
 * scan (each root once, `force` merged, never more than its cap).
 */
import { describe, expect, it } from 'vitest';
import { Deque, RootQueue } from '../../src/content/queue.ts';

const drain = <T>(d: Deque<T>) => {
  const out: T[] = [];
  for (let x = d.shift(); x !== undefined; x = d.shift()) out.push(x);
  return out;
};

describe('Deque', () => {
  it('keeps order through growth and wrap-around, at both ends', () => {
    const d = new Deque<number>(),
      model: number[] = [];
    for (let i = 0; i < 1000; i++) {
      if (i % 3 === 0) {
        d.unshift(i);
        model.unshift(i);
      } else {
        d.push(i);
        model.push(i);
      }
      if (i % 7 === 0) expect(d.shift()).toBe(model.shift());
    }
    expect(d.size).toBe(model.length);
    expect(d.peek()).toBe(model[0]);
    expect(drain(d)).toEqual(model);
    expect(d.shift()).toBeUndefined();
    expect(d.size).toBe(0);
  });
  it('retain drops what is rejected and keeps the rest in order', () => {
    const d = new Deque<number>();
    for (let i = 0; i < 100; i++) d.push(i);
    d.shift();
    d.retain((x) => x % 10 === 0);
    expect(drain(d)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
  });
  it('gives the oldest first: 200,000 in, all out, in order', () => {
    const d = new Deque<object>(),
      items = Array.from({ length: 200_000 }, (_, i) => ({ i }));
    for (const x of items) d.push(x);
    let k = 0,
      wrong = 0;
    for (let x = d.shift(); x; x = d.shift()) if (x !== items[k++]) wrong++;
    expect([k, wrong]).toEqual([items.length, 0]);
  });
});

describe('RootQueue', () => {
  it('queues a root once however often it is added, merging force', () => {
    const q = new RootQueue<string>(10);
    expect(q.add('a')).toBe(true);
    expect(q.add('b')).toBe(true);
    expect(q.add('a', { force: true })).toBe(true);
    expect(q.add('a')).toBe(true);
    expect(q.size).toBe(2);
    expect(q.take()).toEqual(['a', { force: true, retries: 0 }]);
    expect(q.take()).toEqual(['b', { force: false, retries: 0 }]);
    expect(q.take()).toBeUndefined();
    // Taken, it may be queued again.
    expect(q.add('a')).toBe(true);
    expect(q.size).toBe(1);
  });
  it('puts `first` roots in front', () => {
    const q = new RootQueue<string>(10);
    q.add('doc');
    q.add('changed', { first: true, retries: 2 });
    expect(q.take()).toEqual(['changed', { force: false, retries: 2 }]);
    expect(q.take()?.[0]).toBe('doc');
  });
  it('refuses roots past its cap (the caller rescans the document instead), still merging pending ones', () => {
    const q = new RootQueue<number>(100);
    let refused = 0;
    for (let round = 0; round < 50; round++)
      for (let i = 0; i < 1000; i++) if (!q.add(i, { force: true })) refused++;
    expect(q.size).toBe(100);
    expect(refused).toBe(50 * 900);
    q.clear();
    expect(q.size).toBe(0);
    expect(q.take()).toBeUndefined();
  });
});
