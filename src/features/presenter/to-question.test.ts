import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { assessStacks } from '../../engine/evaluate';
import { scenarioById } from '../../store/app-store';
import { preparedFor, summaryOf } from '../../store/use-ranking';
import { toQuestion } from './to-question';

const edge = scenarioById('edge');
const assessed = assessStacks(preparedFor(seedCatalogue), edge.requirements);
// What useRankingSummary gives the slide for a small catalogue.
const { valid, stacks } = summaryOf([], assessed);

describe('toQuestion', () => {
  it('states the edge question: scenario, requirement phrases and the stacks weighed', () => {
    expect(
      toQuestion(
        seedCatalogue,
        {
          scenarioId: 'edge',
          baseScenarioId: 'edge',
          weights: edge.weights,
          requirements: edge.requirements,
          valid,
          stacks,
        },
        'en',
      ),
    ).toEqual({
      scenarioName: 'Edge computing',
      description: 'Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
      custom: false,
      requirements: ['1 node', 'edge site', 'cold start ≤ 10 ms', 'offline'],
      combinations: 432,
      considered: 240,
      counts: { match: 12, partial: 12, mismatch: 216 },
    });
  });

  it('names the preset custom inputs started from, in Chinese', () => {
    const model = toQuestion(
      seedCatalogue,
      {
        scenarioId: null,
        baseScenarioId: 'edge',
        weights: { ...edge.weights, cost: 5 },
        requirements: edge.requirements,
        valid,
        stacks,
      },
      'zh',
    );
    expect(model.custom).toBe(true);
    expect(model.scenarioName).toBe('边缘计算');
    expect(model.requirements).toEqual(['1 节点', '边缘站点', '冷启动 ≤ 10 ms', '离线运行']);
  });

  it('names a seed alternative applied as such, not as custom inputs', () => {
    const serverless = scenarioById('serverless');
    const model = toQuestion(
      seedCatalogue,
      {
        scenarioId: null,
        baseScenarioId: 'serverless',
        weights: serverless.weights,
        requirements: { ...serverless.requirements, nodes: 1001 },
        valid,
        stacks,
      },
      'en',
    );
    expect([model.scenarioName, model.custom]).toEqual([
      'Serverless, Large (> 1000 nodes): Kubernetes',
      false,
    ]);
  });

  it('counts nothing without stacks', () => {
    const model = toQuestion(
      seedCatalogue,
      {
        scenarioId: 'default',
        baseScenarioId: 'default',
        weights: edge.weights,
        requirements: edge.requirements,
        ...summaryOf([], []),
      },
      'en',
    );
    expect([model.combinations, model.considered, model.counts]).toEqual([
      0,
      0,
      { match: 0, partial: 0, mismatch: 0 },
    ]);
  });

  it('names the scenario as the catalogue does', () => {
    const renamed = {
      ...seedCatalogue,
      scenarios: seedCatalogue.scenarios.map((s) =>
        s.id === 'edge' ? { ...s, name: { zh: '团队边缘', en: 'Team edge' } } : s,
      ),
    };
    const base = { baseScenarioId: 'edge', weights: edge.weights, requirements: edge.requirements };
    expect(
      toQuestion(renamed, { ...base, scenarioId: 'edge', valid, stacks }, 'en').scenarioName,
    ).toBe('Team edge');
    const custom = toQuestion(renamed, { ...base, scenarioId: null, valid, stacks }, 'zh');
    expect([custom.scenarioName, custom.custom]).toEqual(['团队边缘', true]);
  });
});
