import { describe, expect, it } from 'vitest';

import { formatPoints, formatSignedPoints, toPoints } from './numbers';

describe('points', () => {
  it('turns a 0..1 score into points rounded to 0.01', () => {
    expect(toPoints(0.7145192604383414)).toBe(71.45);
    expect(toPoints(-0.05000000000000002)).toBe(-5);
    expect(toPoints(1)).toBe(100);
  });

  it('formats points with a fixed number of decimals, grouped by locale', () => {
    expect(formatPoints(71.46, 'en')).toBe('71.5');
    expect(formatPoints(50, 'en')).toBe('50.0');
    expect(formatPoints(1234.5, 'zh')).toBe('1,234.5');
    expect(formatPoints(0.04, 'en', 2)).toBe('0.04');
  });

  it('signs a difference with + or a typographic minus, and leaves zero bare', () => {
    expect(formatSignedPoints(2.5, 'en')).toBe('+2.5');
    expect(formatSignedPoints(-0.8, 'en')).toBe('−0.8');
    expect(formatSignedPoints(0.04, 'en')).toBe('0.0');
    expect(formatSignedPoints(0.04, 'en', 2)).toBe('+0.04');
    expect(formatSignedPoints(0, 'zh')).toBe('0.0');
  });
});
