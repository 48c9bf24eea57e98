import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  COLD_START_LIMITS,
  NODE_LIMITS,
  parseBoundedInteger,
  requirementFromInput,
} from './parse-requirement-input';

describe('parseBoundedInteger', () => {
  it('reads plain, grouped and full-width figures', () => {
    expect(parseBoundedInteger('2000', NODE_LIMITS)).toEqual({
      kind: 'value',
      value: 2000,
      clamped: false,
    });
    expect(parseBoundedInteger(' 2,000 ', NODE_LIMITS)).toMatchObject({ value: 2000 });
    expect(parseBoundedInteger('2 000', NODE_LIMITS)).toMatchObject({ value: 2000 });
    expect(parseBoundedInteger('２０００', NODE_LIMITS)).toMatchObject({ value: 2000 });
  });

  it('rounds decimals and clamps into the limits', () => {
    expect(parseBoundedInteger('9.6', NODE_LIMITS)).toEqual({
      kind: 'value',
      value: 10,
      clamped: false,
    });
    expect(parseBoundedInteger('0', NODE_LIMITS)).toEqual({
      kind: 'value',
      value: 1,
      clamped: true,
    });
    expect(parseBoundedInteger('-40', NODE_LIMITS)).toMatchObject({ value: 1, clamped: true });
    expect(parseBoundedInteger('150000', NODE_LIMITS)).toMatchObject({
      value: 100_000,
      clamped: true,
    });
    expect(parseBoundedInteger('999999999', COLD_START_LIMITS)).toMatchObject({ value: 60_000 });
  });

  it('tells blank text from unreadable text', () => {
    expect(parseBoundedInteger('', NODE_LIMITS)).toEqual({ kind: 'empty' });
    expect(parseBoundedInteger('   ', NODE_LIMITS)).toEqual({ kind: 'empty' });
    for (const bad of ['abc', '1e3', '0x10', 'Infinity', 'NaN', '1-2', '--1', '.', '-'])
      expect(parseBoundedInteger(bad, NODE_LIMITS)).toEqual({ kind: 'invalid' });
  });

  it('never throws and always lands inside the limits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseBoundedInteger(text, NODE_LIMITS);
        if (parsed.kind === 'value') {
          expect(Number.isInteger(parsed.value)).toBe(true);
          expect(parsed.value).toBeGreaterThanOrEqual(NODE_LIMITS.min);
          expect(parsed.value).toBeLessThanOrEqual(NODE_LIMITS.max);
        }
      }),
    );
  });
});

describe('requirementFromInput', () => {
  const optional = { optional: true, final: false };

  it('stores a readable figure at once', () => {
    expect(requirementFromInput('512', COLD_START_LIMITS, optional)).toBe(512);
  });

  it('keeps the stored value while an entry is unreadable or being cleared', () => {
    expect(requirementFromInput('abc', COLD_START_LIMITS, optional)).toBeUndefined();
    expect(requirementFromInput('', COLD_START_LIMITS, optional)).toBeUndefined();
    expect(requirementFromInput('', NODE_LIMITS, { optional: false, final: true })).toBeUndefined();
  });

  it('reads an optional field left blank as "no limit"', () => {
    expect(requirementFromInput('', COLD_START_LIMITS, { optional: true, final: true })).toBeNull();
  });
});
