import { describe, expect, it } from 'vitest';

import type { RankingRow } from '../../engine/evaluate';
import { partsOf } from '../../engine/test-fixtures';
import type { DimensionVector, MatchStatus } from '../../engine/types';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { toTopStacks } from './to-top-stacks';
import { toVerdict } from './to-verdict';

const edge = scenarioById('edge');
const FLANNEL = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const CALICO = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const OPTIONS = { mode: 'fitFirst', showInvalid: false } as const;

const FLAT: DimensionVector = {
  resource: 0.5,
  performance: 0.5,
  scale: 0.5,
  availability: 0.5,
  cost: 0.5,
  maturity: 0.5,
};

/** A ranking row with the given fit and dimension scores over 0.5 each. */
function makeRow(
  id: string,
  rank: number,
  fit: MatchStatus,
  dims: Partial<DimensionVector> = {},
): RankingRow {
  return {
    stack: { id, parts: partsOf(id), status: 'valid', reasons: [] },
    dimensions: { ...FLAT, ...dims },
    match: {
      status: fit,
      layers: {} as RankingRow['match']['layers'],
      checks:
        fit === 'match'
          ? []
          : [
              {
                criterion: 'nodes',
                layer: 'storage',
                status: fit,
                reason: { zh: '节点', en: 'nodes' },
              },
            ],
    },
    caseIds: [],
    rank,
    total: 0.5,
  };
}

describe('toVerdict', () => {
  it('explains the edge preset with Cost at 5: flannel leads Calico by 1.33 points, decided by cost', () => {
    const weights = { ...edge.weights, cost: 5 };
    const v = toVerdict(rankFor(edge.requirements, weights, OPTIONS), weights, 'fitFirst', 'en');
    expect(v.pick?.stackId).toBe(FLANNEL);
    expect(v.pick?.points).toBe(81.72);
    expect(v.runnerUp?.stackId).toBe(CALICO);
    expect(v.why).toEqual({
      kind: 'score',
      dimension: 'cost',
      dimensionPoints: 3.33,
      gapPoints: 1.33,
    });
    expect(v.deltas).toEqual([
      { dimension: 'cost', name: 'Cost', points: 3.33 },
      { dimension: 'performance', name: 'Performance', points: -2 },
    ]);
    expect(v.warnings.map((w) => w.source)).toEqual(['17.7.3', '17.3.3', '17.7.3', '17.3.3']);
    expect(v.warnings[3]).toEqual({
      text: 'flannel has only basic network-policy support.',
      source: '17.3.3',
    });
    expect(v.checks).toEqual([]);
    expect(v.cases.map((c) => `${c.id}:${c.status}`)).toEqual([
      'inspur-5g-mec:production',
      'huawei-industrial-iot:production',
      'huawei-mec:production',
      'alibaba-ack-edge:production',
      'second-state:production',
      'aws-lambda-wasm:experimental',
      'serverless-functions:reference',
    ]);
    expect(v.cases[0]).toEqual({
      id: 'inspur-5g-mec',
      name: '5G MEC edge computing',
      organisation: 'Inspur Cloud',
      status: 'production',
      section: '17.5.1',
    });
  });

  it('calls the edge preset’s Calico and Cilium a tie settled by the id', () => {
    const v = toVerdict(
      rankFor(edge.requirements, edge.weights, OPTIONS),
      edge.weights,
      'fitFirst',
      'en',
    );
    expect(v.pick?.stackId).toBe(CALICO);
    expect(v.runnerUp?.stackId).toBe('k3s+wasmedge+crun+sqlite+cilium+opa-wasm');
    expect(v.why).toEqual({ kind: 'tie' });
  });

  it('says fit decides when #1 meets the requirements and #2 only partly, even at a lower score', () => {
    const rows = [makeRow(FLANNEL, 1, 'match', { cost: 0.2 }), makeRow(CALICO, 2, 'partial')];
    const v = toVerdict(rows, edge.weights, 'fitFirst', 'en');
    expect(v.why).toEqual({ kind: 'fit', pick: 'match', runnerUp: 'partial' });
    const byScore = toVerdict(
      [makeRow(CALICO, 1, 'partial', { cost: 0.9 }), makeRow(FLANNEL, 2, 'match')],
      { ...edge.weights, cost: 1 },
      'scoreOnly',
      'en',
    );
    expect(byScore.why).toEqual({
      kind: 'score',
      dimension: 'cost',
      dimensionPoints: 3.64,
      gapPoints: 3.64,
    });
    expect(byScore.checks).toEqual([{ status: 'partial', text: 'nodes' }]);
  });

  it('has a lone candidate and an empty ranking', () => {
    expect(toVerdict([makeRow(FLANNEL, 1, 'match')], edge.weights, 'fitFirst', 'en').why).toEqual({
      kind: 'alone',
    });
    expect(toVerdict([], edge.weights, 'fitFirst', 'en')).toEqual({
      pick: null,
      runnerUp: null,
      why: { kind: 'alone' },
      deltas: [],
      warnings: [],
      checks: [],
      cases: [],
    });
  });
});

describe('toTopStacks', () => {
  it('takes the first eight rows with points, fit, compatibility and production use', () => {
    const top = toTopStacks(rankFor(edge.requirements, { ...edge.weights, cost: 5 }, OPTIONS));
    expect(top).toHaveLength(8);
    expect(
      top
        .slice(0, 3)
        .map((t) => [t.rank, t.stackId, t.points, t.fit, t.compatibility, t.inProduction]),
    ).toEqual([
      [1, FLANNEL, 81.72, 'match', 'warning', true],
      [2, CALICO, 80.39, 'match', 'warning', true],
      [3, 'k3s+wasmedge+crun+sqlite+flannel+kyverno', 79.37, 'match', 'warning', false],
    ]);
    expect(toTopStacks([], 8)).toEqual([]);
  });
});
