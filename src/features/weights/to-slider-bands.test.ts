import { describe, expect, it } from 'vitest';

import type { Stability, StabilityInterval } from '../../engine/analysis/stability';
import { toSliderBands } from './to-slider-bands';

const interval = (over: Partial<StabilityInterval>): StabilityInterval => ({
  dimension: 'scale',
  value: 2,
  low: 0,
  high: 5,
  valueShare: 0.2,
  lowShare: 0,
  highShare: 0.5,
  below: null,
  above: null,
  ...over,
});

const stability = (intervals: StabilityInterval[]): Stability => ({
  top: 'a+b',
  intervals,
  nearest: null,
  exact: true,
});

describe('toSliderBands', () => {
  it('gives each weight its interval in slider units (hundredths) and along the track', () => {
    const bands = toSliderBands(
      stability([
        interval({
          dimension: 'scale',
          low: 1.867009998,
          high: 4.620529429,
          below: 'x',
          above: 'y',
        }),
        interval({ dimension: 'maturity', value: 1 }),
      ]),
      'en',
      5,
    );
    expect(bands.get('scale')).toEqual({
      low: 1.87,
      high: 4.62,
      start: 1.867009998 / 5,
      end: 4.620529429 / 5,
      text: '#1 stays #1 from 1.87 to 4.62',
    });
    expect(bands.get('maturity')).toEqual({
      low: 0,
      high: 5,
      start: 0,
      end: 1,
      text: '#1 stays #1 over the whole range',
    });
  });

  it('speaks Chinese; keeps a band on the track; none without an analysis or a #1', () => {
    const zh = toSliderBands(
      stability([interval({ low: 2.5, high: 6, above: null, below: 'x' })]),
      'zh',
      5,
    );
    expect(zh.get('scale')).toMatchObject({ high: 6, end: 1, text: '在 2.5 至 6 之间第 1 名不变' });
    expect(toSliderBands(null, 'en', 5).size).toBe(0);
    expect(toSliderBands({ ...stability([interval({})]), top: null }, 'en', 5).size).toBe(0);
  });
});
