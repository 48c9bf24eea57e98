import { describe, expect, it } from 'vitest';

import { securityDimension } from '../../catalogue/catalogue-fixtures';
import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, scenarioById } from '../../store/app-store';
import { toInputsSummary } from './to-inputs-summary';

const names = namesOf(seedCatalogue);

describe('toInputsSummary', () => {
  it('the seed defaults: the scenario, the six weight shares summing to 100, no requirement', () => {
    const summary = toInputsSummary(defaultInputs(), seedCatalogue, names, 'en');
    expect(summary.scenario).toEqual({ name: 'Seed defaults', custom: false });
    expect(summary.weights.map((w) => [w.name, w.percent])).toEqual([
      ['Resource', 23],
      ['Performance', 23],
      ['Scale', 16],
      ['Availability', 15],
      ['Cost', 15],
      ['Maturity', 8],
    ]);
    expect(summary.weights.reduce((a, w) => a + w.percent, 0)).toBe(100);
    expect(summary.weights[0]!.share).toBeCloseTo(3 / 13, 12);
    expect(summary.requirements).toEqual([]);
  });

  it('edge computing in Chinese: its requirements as short phrases', () => {
    const edge = scenarioById('edge');
    const inputs = {
      ...defaultInputs(),
      scenarioId: edge.id,
      baseScenarioId: edge.id,
      weights: edge.weights,
      requirements: edge.requirements,
    };
    const summary = toInputsSummary(inputs, seedCatalogue, names, 'zh');
    expect(summary.scenario).toEqual({ name: '边缘计算', custom: false });
    expect(summary.requirements).toEqual(['1 节点', '边缘站点', '冷启动 ≤ 10 ms', '离线运行']);
  });

  it('custom inputs name the scenario they started from; a user dimension without a weight counts 0', () => {
    const catalogue = {
      ...seedCatalogue,
      dimensions: [...seedCatalogue.dimensions, securityDimension],
    };
    const inputs = {
      ...defaultInputs(),
      scenarioId: null,
      requirements: { ...defaultInputs().requirements, nodes: 2000 },
    };
    const summary = toInputsSummary(inputs, catalogue, namesOf(catalogue), 'en');
    expect(summary.scenario).toEqual({ name: 'Seed defaults', custom: true });
    expect(summary.weights.at(-1)).toMatchObject({
      dimension: 'security',
      name: 'Security',
      percent: 0,
      share: 0,
    });
    expect(summary.requirements).toEqual(['2,000 nodes']);
  });
});
