import { describe, expect, it } from 'vitest';

import { computeMoves, sameOrder, toRankMap } from './movement';

const rows = (...ids: string[]) => ids.map((id, i) => ({ rank: i + 1, stack: { id } }));

describe('toRankMap', () => {
  it('keys ranks by stack id', () => {
    expect([...toRankMap(rows('a', 'b', 'c'))]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});

describe('sameOrder', () => {
  it('is true for the same stacks at the same ranks', () => {
    expect(sameOrder(toRankMap(rows('a', 'b')), toRankMap(rows('a', 'b')))).toBe(true);
  });

  it('is false when two stacks swap', () => {
    expect(sameOrder(toRankMap(rows('a', 'b')), toRankMap(rows('b', 'a')))).toBe(false);
  });

  it('is false when a stack is added or removed', () => {
    expect(sameOrder(toRankMap(rows('a', 'b')), toRankMap(rows('a', 'b', 'c')))).toBe(false);
    expect(sameOrder(toRankMap(rows('a', 'b', 'c')), toRankMap(rows('a', 'b')))).toBe(false);
  });
});

describe('computeMoves', () => {
  it('counts places up as positive and down as negative', () => {
    const moves = computeMoves(
      toRankMap(rows('a', 'b', 'c', 'd')),
      toRankMap(rows('c', 'a', 'b', 'd')),
    );
    expect([...moves]).toEqual([
      ['c', 2],
      ['a', -1],
      ['b', -1],
    ]);
  });

  it('leaves out unmoved and new stacks', () => {
    const moves = computeMoves(toRankMap(rows('a', 'b')), toRankMap(rows('a', 'x', 'b')));
    expect([...moves]).toEqual([['b', -1]]);
  });

  it('is empty for an unchanged order', () => {
    expect(computeMoves(toRankMap(rows('a', 'b')), toRankMap(rows('a', 'b'))).size).toBe(0);
  });
});
