import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scenarioById } from '../../store/app-store';
import { toWeightBars, wholePercents } from './to-weight-bars';

const dims = seedCatalogue.dimensions;

describe('toWeightBars', () => {
  it('gives the edge weights as values, shares, percentages and bar lengths, with the seed’s words', () => {
    const bars = toWeightBars(scenarioById('edge').weights, dims, 'en');
    expect(bars).toEqual([
      {
        dimension: 'resource',
        name: 'Resource',
        weight: 4,
        share: 0.4,
        percent: 40,
        length: 1,
        seedWord: 'high',
        seedWeight: 3,
      },
      {
        dimension: 'performance',
        name: 'Performance',
        weight: 3,
        share: 0.3,
        percent: 30,
        length: 0.75,
        seedWord: 'high',
        seedWeight: 3,
      },
      {
        dimension: 'scale',
        name: 'Scale',
        weight: 0,
        share: 0,
        percent: 0,
        length: 0,
        seedWord: 'medium',
        seedWeight: 2,
      },
      {
        dimension: 'availability',
        name: 'Availability',
        weight: 2,
        share: 0.2,
        percent: 20,
        length: 0.5,
        seedWord: 'medium',
        seedWeight: 2,
      },
      {
        dimension: 'cost',
        name: 'Cost',
        weight: 0,
        share: 0,
        percent: 0,
        length: 0,
        seedWord: 'medium',
        seedWeight: 2,
      },
      {
        dimension: 'maturity',
        name: 'Maturity',
        weight: 1,
        share: 0.1,
        percent: 10,
        length: 0.25,
        seedWord: 'low',
        seedWeight: 1,
      },
    ]);
  });

  it('names the dimensions in Chinese and shares all-zero weights equally', () => {
    const zero = { resource: 0, performance: 0, scale: 0, availability: 0, cost: 0, maturity: 0 };
    const bars = toWeightBars(zero, dims, 'zh');
    expect(bars.map((b) => b.name)).toEqual(['资源', '性能', '规模', '可用性', '成本', '成熟度']);
    expect(bars.map((b) => b.percent)).toEqual([17, 17, 17, 17, 16, 16]);
    expect(bars.every((b) => b.length === 1)).toBe(true);
  });
});

describe('wholePercents', () => {
  it('rounds by largest remainder so the figures add up to exactly 100, ties to the earlier entry', () => {
    expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(wholePercents([0.125, 0.375, 0.5])).toEqual([13, 37, 50]);
    expect(wholePercents([3 / 13, 3 / 13, 2 / 13, 2 / 13, 2 / 13, 1 / 13])).toEqual([
      23, 23, 16, 15, 15, 8,
    ]);
  });
});
