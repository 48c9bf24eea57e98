import { describe, expect, it } from 'vitest';

import { steppedValue } from './slider-keys';

const WEIGHT = { min: 0, max: 5, step: 0.5 };

describe('steppedValue', () => {
  it('moves from a value between steps to the next multiple in the key’s direction', () => {
    expect(steppedValue('ArrowRight', 3.21, WEIGHT)).toBe(3.5);
    expect(steppedValue('ArrowUp', 3.21, WEIGHT)).toBe(3.5);
    expect(steppedValue('ArrowLeft', 3.21, WEIGHT)).toBe(3);
    expect(steppedValue('ArrowDown', 3.21, WEIGHT)).toBe(3);
    expect(steppedValue('PageUp', 3.21, WEIGHT)).toBe(4);
    expect(steppedValue('PageDown', 3.21, WEIGHT)).toBe(2.5);
  });

  it('moves a whole step from a multiple, within rounding', () => {
    expect(steppedValue('ArrowRight', 3, WEIGHT)).toBe(3.5);
    expect(steppedValue('ArrowLeft', 3, WEIGHT)).toBe(2.5);
    expect(steppedValue('ArrowRight', 0.1 + 0.2 + 2.7, WEIGHT)).toBe(3.5);
    expect(steppedValue('ArrowLeft', 3.0000000001, WEIGHT)).toBe(2.5);
    expect(steppedValue('PageUp', 1, WEIGHT)).toBe(2);
    expect(steppedValue('PageDown', 1, WEIGHT)).toBe(0);
  });

  it('stays within the range; Home and End go to its ends; other keys are not its', () => {
    expect(steppedValue('ArrowRight', 5, WEIGHT)).toBe(5);
    expect(steppedValue('ArrowLeft', 0, WEIGHT)).toBe(0);
    expect(steppedValue('PageUp', 4.9, WEIGHT)).toBe(5);
    expect(steppedValue('PageDown', 0.3, WEIGHT)).toBe(0);
    expect(steppedValue('Home', 3.21, WEIGHT)).toBe(0);
    expect(steppedValue('End', 3.21, WEIGHT)).toBe(5);
    expect(steppedValue('Tab', 3.21, WEIGHT)).toBeNull();
    expect(steppedValue('a', 3.21, WEIGHT)).toBeNull();
  });
});
