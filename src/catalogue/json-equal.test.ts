import { describe, expect, it } from 'vitest';

import { deepEqual, definedKeys } from './json-equal';

describe('deepEqual', () => {
  it('compares JSON values structurally, ignoring key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual({ a: null }, { a: undefined })).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual(null, null)).toBe(true);
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ a: undefined }, {})).toBe(true);
    expect(deepEqual(undefined, undefined)).toBe(true);
    expect(deepEqual(undefined, null)).toBe(false);
  });

  it('reads own keys only', () => {
    const inherited = Object.create({ a: 1 }) as object;
    expect(deepEqual(inherited, {})).toBe(true);
    expect(deepEqual({}, inherited)).toBe(true);
    expect(deepEqual({ a: 1 }, inherited)).toBe(false);
  });
});

describe('definedKeys', () => {
  it('lists own keys whose value is not undefined', () => {
    expect(definedKeys({ a: 1, b: undefined, c: null })).toEqual(['a', 'c']);
  });
});
