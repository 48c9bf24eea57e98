import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { DimensionVector } from '../../engine/types';
import type { RankingRow } from '../../engine/evaluate';
import { partsOf } from '../../engine/test-fixtures';
import { radarSummary, toRadarSeries, type RadarSummaryText } from './to-radar-series';

const FLAT: DimensionVector = {
  resource: 0.5,
  performance: 0.5,
  scale: 0.5,
  availability: 0.5,
  cost: 0.5,
  maturity: 0.5,
};

/** A ranking row for `id` (layer order) with the given dimension scores over 0.5 each. */
function makeRow(id: string, rank: number, dims: DimensionVector = {}): RankingRow {
  return {
    stack: { id, parts: partsOf(id), status: 'valid', reasons: [] },
    dimensions: { ...FLAT, ...dims },
    match: { status: 'match', layers: {} as RankingRow['match']['layers'], checks: [] },
    caseIds: [],
    rank,
    total: 0.5,
  };
}

const TEXT: RadarSummaryText = {
  summary: 'Radar chart of {n} stacks on six dimensions, 0 to 100.',
  seriesSummary: '{name}: strongest in {best} ({bestValue}), weakest in {worst} ({worstValue}).',
  rank: '#{rank}',
};

const EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const CALICO = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';

describe('toRadarSeries', () => {
  const rows = [
    makeRow(EDGE, 1, { resource: 0.7145192604383414, scale: 0.25, cost: 1 }),
    makeRow(CALICO, 4, { performance: 0.8, availability: 0, maturity: 0.6 }),
  ];

  it('makes one datum per dimension, in dimension order, with every stack’s points', () => {
    const model = toRadarSeries(rows, seedCatalogue, 'en');
    expect(model.data).toEqual([
      { dimension: 'resource', name: 'Resource', s0: 71.45, s1: 50 },
      { dimension: 'performance', name: 'Performance', s0: 50, s1: 80 },
      { dimension: 'scale', name: 'Scale', s0: 25, s1: 50 },
      { dimension: 'availability', name: 'Availability', s0: 50, s1: 0 },
      { dimension: 'cost', name: 'Cost', s0: 100, s1: 50 },
      { dimension: 'maturity', name: 'Maturity', s0: 50, s1: 60 },
    ]);
  });

  it('makes one series per stack in the given order, coloured by position', () => {
    const model = toRadarSeries(rows, seedCatalogue, 'en');
    expect(model.series).toEqual([
      {
        key: 's0',
        stackId: EDGE,
        rank: 1,
        label: 'flannel',
        fullName: 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
        colour: 'var(--series-1)',
        values: [71.45, 50, 25, 50, 100, 50],
      },
      {
        key: 's1',
        stackId: CALICO,
        rank: 4,
        label: 'Calico',
        fullName: 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
        colour: 'var(--series-2)',
        values: [50, 80, 50, 0, 50, 60],
      },
    ]);
    expect(model.common).toEqual(['K3s', 'WasmEdge', 'crun', 'sqlite', 'OPA-Wasm']);
  });

  it('names the axes in Chinese', () => {
    const model = toRadarSeries(rows, seedCatalogue, 'zh');
    expect(model.data.map((d) => d.name)).toEqual([
      '资源',
      '性能',
      '规模',
      '可用性',
      '成本',
      '成熟度',
    ]);
  });

  it('summarises each stack by its strongest and weakest dimension', () => {
    const model = toRadarSeries(rows, seedCatalogue, 'en');
    expect(radarSummary(model, TEXT, 'en')).toBe(
      'Radar chart of 2 stacks on six dimensions, 0 to 100. ' +
        '#1 flannel: strongest in Cost (100.0), weakest in Scale (25.0). ' +
        '#4 Calico: strongest in Performance (80.0), weakest in Availability (0.0).',
    );
  });

  it('is empty without rows', () => {
    const model = toRadarSeries([], seedCatalogue, 'en');
    expect(model.series).toEqual([]);
    expect(model.data.map((d) => d.dimension)).toHaveLength(6);
  });
});
