import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { DimensionExplanation, Explanation } from '../../engine/explain';
import type { MetricScore } from '../../engine/types';
import { fact } from '../../engine/test-fixtures';
import { stackFacts } from './stack-facts';

const metric = (
  key: MetricScore['fact'],
  raw: MetricScore['raw'],
  score: number | null,
): MetricScore => ({ fact: key, rule: 'lowerLog', raw, representative: null, score });

const dim = (
  dimension: DimensionExplanation['dimension'],
  aggregation: DimensionExplanation['aggregation'],
  layers: DimensionExplanation['layers'],
  capacity?: DimensionExplanation['capacity'],
): DimensionExplanation => ({
  dimension,
  aggregation,
  layers,
  ...(capacity ? { capacity } : {}),
  score: 0.5,
  weight: 1,
  normalisedWeight: 1 / 6,
  contribution: 0.5 / 6,
});

const explanation: Explanation = {
  stackId: 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
  total: 0.5,
  dimensions: [
    dim('performance', 'mean', [
      { layer: 'orchestration', technologyId: 'k3s', score: null, metrics: [] },
      {
        layer: 'runtime',
        technologyId: 'wasmedge',
        score: 0.52,
        metrics: [metric('startTime', fact({ kind: 'range', min: 6, max: 10, unit: 'ms' }), 0.52)],
      },
      {
        layer: 'storage',
        technologyId: 'sqlite',
        score: 0.83,
        metrics: [metric('latency', fact({ kind: 'number', value: 1, unit: 'ms' }), 0.83)],
      },
      {
        layer: 'policy',
        technologyId: 'opa-wasm',
        score: 0.67,
        metrics: [
          metric('policyLatency', fact({ kind: 'range', min: 1, max: 5, unit: 'ms' }), 0.67),
        ],
      },
    ]),
    dim('availability', 'min', [
      {
        layer: 'orchestration',
        technologyId: 'k3s',
        score: 1,
        metrics: [metric('offline', fact({ kind: 'bool', value: true }), 1)],
      },
      {
        layer: 'storage',
        technologyId: 'sqlite',
        score: 0.5,
        metrics: [
          metric('highAvailability', fact({ kind: 'bool', value: false }), 0),
          metric('offline', fact({ kind: 'bool', value: true }), 1),
        ],
      },
    ]),
    dim(
      'scale',
      'capacity',
      [
        {
          layer: 'storage',
          technologyId: 'sqlite',
          score: 0,
          metrics: [metric('nodeRange', fact({ kind: 'number', value: 1, unit: 'nodes' }), 0)],
        },
      ],
      { nodes: 1, podsPerNode: 3000, pods: 3000 },
    ),
  ],
};

const names = namesOf(seedCatalogue);

describe('stackFacts', () => {
  it('shows the two lowest-scoring facts of an averaged dimension', () => {
    expect(stackFacts(explanation, 'en', names).performance).toEqual([
      'WasmEdge: Start time 6–10 ms',
      'OPA-Wasm: Execution latency 1–5 ms',
    ]);
  });

  it('shows only the weakest layer of a weakest-link dimension, lowest metric first', () => {
    expect(stackFacts(explanation, 'en', names).availability).toEqual([
      'sqlite: High availability ✗ no',
      'sqlite: Offline operation ✓ yes',
    ]);
  });

  it('gives scale as its capacity figures and the layer capping the nodes, in both languages', () => {
    expect(stackFacts(explanation, 'en', names).scale).toEqual([
      'Node cap 1 (sqlite) × 3,000 pods/node',
    ]);
    expect(stackFacts(explanation, 'zh', names).scale).toEqual([
      '节点上限 1（sqlite）× 每节点 3,000 个 Pod',
    ]);
  });
});
