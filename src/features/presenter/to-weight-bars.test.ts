import { describe, expect, it } from 'vitest';

import { securityDimension } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scenarioById } from '../../store/app-store';
import { wholePercents } from '../../i18n/numbers';
import { toWeightBars } from './to-weight-bars';

const dims = seedCatalogue.dimensions;

describe('toWeightBars', () => {
  it('gives the edge weights as values, shares (the bars’ lengths: the full track is the total) and percentages, with the seed’s words', () => {
    const bars = toWeightBars(scenarioById('edge').weights, dims, 'en');
    expect(bars).toEqual([
      {
        dimension: 'resource',
        name: 'Resource',
        percent: 29,
        seedWeight: 3,
        seedWord: 'high',
        share: 4 / 14,
        weight: 4,
      },
      {
        dimension: 'performance',
        name: 'Performance',
        percent: 22,
        seedWeight: 3,
        seedWord: 'high',
        share: 3 / 14,
        weight: 3,
      },
      {
        dimension: 'scale',
        name: 'Scale',
        percent: 14,
        seedWeight: 2,
        seedWord: 'medium',
        share: 2 / 14,
        weight: 2,
      },
      {
        dimension: 'availability',
        name: 'Availability',
        percent: 14,
        seedWeight: 2,
        seedWord: 'medium',
        share: 2 / 14,
        weight: 2,
      },
      {
        dimension: 'cost',
        name: 'Cost',
        percent: 14,
        seedWeight: 2,
        seedWord: 'medium',
        share: 2 / 14,
        weight: 2,
      },
      {
        dimension: 'maturity',
        name: 'Maturity',
        percent: 7,
        seedWeight: 1,
        seedWord: 'low',
        share: 1 / 14,
        weight: 1,
      },
    ]);
  });

  it('names the dimensions in Chinese and shares all-zero weights equally', () => {
    const zero = { resource: 0, performance: 0, scale: 0, availability: 0, cost: 0, maturity: 0 };
    const bars = toWeightBars(zero, dims, 'zh');
    expect(bars.map((b) => b.name)).toEqual(['资源', '性能', '规模', '可用性', '成本', '成熟度']);
    expect(bars.map((b) => b.percent)).toEqual([17, 17, 17, 17, 16, 16]);
    expect(bars.every((b) => b.share === 1 / 6)).toBe(true);
  });
});

describe('toWeightBars with a dimension of the user’s', () => {
  it('draws a bar per dimension of the catalogue; the user’s has its default weight, no seed word', () => {
    const bars = toWeightBars(
      { ...scenarioById('edge').weights, security: 2 },
      [...dims, securityDimension],
      'en',
    );
    expect(bars.map((b) => b.percent)).toEqual([25, 19, 13, 13, 12, 6, 12]);
    expect(bars.at(-1)).toEqual({
      dimension: 'security',
      name: 'Security',
      percent: 12,
      seedWeight: 2,
      seedWord: undefined,
      share: 2 / 16,
      weight: 2,
    });
  });

  it('counts a dimension without a weight as 0', () => {
    const bars = toWeightBars(scenarioById('edge').weights, [...dims, securityDimension], 'zh');
    expect(bars.at(-1)).toMatchObject({ name: '安全', weight: 0, share: 0, percent: 0 });
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
