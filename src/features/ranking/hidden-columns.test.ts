import { describe, expect, it } from 'vitest';

import {
  HIDDEN_COLUMNS_KEY,
  parseHiddenColumns,
  serialiseHiddenColumns,
  withColumnShown,
} from './hidden-columns';

describe('hidden columns storage', () => {
  it('is kept under a versioned key', () => {
    expect(HIDDEN_COLUMNS_KEY).toBe('sdm.rankingColumns');
    expect(serialiseHiddenColumns(['maturity', 'cost'])).toBe(
      '{"v":1,"hidden":["maturity","cost"]}',
    );
  });

  it('reads back what it wrote, without duplicates', () => {
    expect(parseHiddenColumns(serialiseHiddenColumns(['maturity', 'cost', 'maturity']))).toEqual([
      'maturity',
      'cost',
    ]);
    expect(parseHiddenColumns('{"v":1,"hidden":["a","a"]}')).toEqual(['a']);
  });

  it('falls back to no hidden column for a missing, damaged or unknown value', () => {
    for (const text of [
      null,
      '',
      'not json',
      '{"v":1',
      'null',
      '[]',
      '["maturity"]',
      '{"hidden":["maturity"]}',
      '{"v":2,"hidden":["maturity"]}',
      '{"v":"1","hidden":["maturity"]}',
      '{"v":1,"hidden":"maturity"}',
      '{"v":1,"hidden":[1]}',
      '{"v":1,"hidden":[""]}',
      `{"v":1,"hidden":["${'x'.repeat(65)}"]}`,
      JSON.stringify({ v: 1, hidden: Array.from({ length: 65 }, (_, i) => `d${i}`) }),
    ]) {
      expect(parseHiddenColumns(text)).toEqual([]);
    }
  });

  it('shows or hides one column, keeping the others', () => {
    expect(withColumnShown([], 'maturity', false)).toEqual(['maturity']);
    expect(withColumnShown(['cost'], 'maturity', false)).toEqual(['cost', 'maturity']);
    expect(withColumnShown(['cost', 'maturity'], 'cost', true)).toEqual(['maturity']);
    expect(withColumnShown(['maturity'], 'maturity', false)).toEqual(['maturity']);
    expect(withColumnShown(['cost'], 'maturity', true)).toEqual(['cost']);
  });
});
