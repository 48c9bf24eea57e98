import { describe, expect, it } from 'vitest';

import { scenarioById } from '../../store/app-store';
import type { RankingRow } from '../../engine/evaluate';
import { diffPresets, diffSettings, diffTop, diffWeights, type PresetSpec } from './diff-presets';

const spec = (id: string, overrides: Partial<PresetSpec> = {}): PresetSpec => {
  const s = scenarioById(id);
  return {
    weights: s.weights,
    requirements: s.requirements,
    rankMode: 'fitFirst',
    showInvalid: false,
    ...overrides,
  };
};

const SEED_EDGE = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const SEED_LARGE = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';

describe('diffWeights', () => {
  it('gives values, shares and B − A deltas per dimension (edge → large-scale)', () => {
    const rows = diffWeights(scenarioById('edge').weights, scenarioById('large-scale').weights);
    expect(rows.map((r) => [r.dimension, r.a, r.b, r.delta])).toEqual([
      ['resource', 4, 1, -3],
      ['performance', 3, 2, -1],
      ['scale', 0, 3, 3],
      ['availability', 2, 2, 0],
      ['cost', 0, 2, 2],
      ['maturity', 1, 3, 2],
    ]);
    // edge sums to 10, large-scale to 13
    const resource = rows[0]!;
    expect(resource.shareA).toBeCloseTo(0.4, 12);
    expect(resource.shareB).toBeCloseTo(1 / 13, 12);
    expect(resource.shareDelta).toBeCloseTo(1 / 13 - 0.4, 12);
    expect(rows[3]!.shareDelta).toBeCloseTo(2 / 13 - 0.2, 12);
  });
});

describe('diffSettings', () => {
  it('lists only the requirements and method settings that differ', () => {
    expect(diffSettings(spec('edge'), spec('large-scale', { rankMode: 'scoreOnly' }))).toEqual([
      { key: 'nodes', a: 1, b: 2000 },
      { key: 'coldStartMs', a: 10, b: null },
      { key: 'offline', a: true, b: false },
      { key: 'highAvailability', a: false, b: true },
      { key: 'networkPolicy', a: 'none', b: 'full' },
      { key: 'policyComplexity', a: 'none', b: 'complex' },
      { key: 'rankMode', a: 'fitFirst', b: 'scoreOnly' },
    ]);
    expect(diffSettings(spec('edge'), spec('edge'))).toEqual([]);
  });
});

describe('diffPresets', () => {
  it('edge → large-scale: no stack of one top 10 is in the other', () => {
    const { top } = diffPresets(spec('edge'), spec('large-scale'));
    expect(top).toHaveLength(20);
    expect(top[0]).toMatchObject({
      stackId: SEED_LARGE,
      rankA: 141,
      rankB: 1,
      movement: { kind: 'in' },
    });
    // the edge #1 drops out of large-scale's top 10, to #187
    expect(top[10]).toMatchObject({
      stackId: SEED_EDGE,
      rankA: 1,
      rankB: 187,
      movement: { kind: 'out' },
    });
    expect(top.slice(0, 10).map((t) => [t.rankB, t.rankA])).toEqual([
      [1, 141],
      [2, 143],
      [3, 93],
      [4, 96],
      [5, 66],
      [6, 142],
      [7, 144],
      [8, 94],
      [9, 97],
      [10, 67],
    ]);
    expect(top.slice(10).map((t) => [t.rankA, t.rankB])).toEqual([
      [1, 187],
      [2, 192],
      [3, 188],
      [4, 181],
      [5, 189],
      [6, 183],
      [7, 190],
      [8, 185],
      [9, 191],
      [10, 182],
    ]);
  });

  it('seed defaults → edge: moves up, new entries and drop-outs', () => {
    const { top, settings } = diffPresets(spec('default'), spec('edge'));
    expect(settings.map((s) => s.key)).toEqual(['coldStartMs', 'offline']);
    expect(
      top.map((t) => [t.stackId.replace('k3s+wasmedge+crun+', ''), t.rankA, t.rankB, t.movement]),
    ).toEqual([
      ['sqlite+calico+opa-wasm', 1, 1, { kind: 'same' }],
      ['sqlite+cilium+opa-wasm', 3, 2, { kind: 'up', by: 1 }],
      ['sqlite+flannel+opa-wasm', 4, 3, { kind: 'up', by: 1 }],
      ['sqlite+calico+kyverno', 7, 4, { kind: 'up', by: 3 }],
      ['sqlite+cilium+kyverno', 10, 5, { kind: 'up', by: 5 }],
      ['sqlite+calico+gatekeeper', 9, 6, { kind: 'up', by: 3 }],
      ['sqlite+cilium+gatekeeper', 16, 7, { kind: 'in' }],
      ['sqlite+calico+opa', 13, 8, { kind: 'in' }],
      ['sqlite+cilium+opa', 21, 9, { kind: 'in' }],
      ['sqlite+flannel+kyverno', 11, 10, { kind: 'in' }],
      ['external-db+calico+opa-wasm', 2, 61, { kind: 'out' }],
      ['external-db+cilium+opa-wasm', 5, 62, { kind: 'out' }],
      ['external-db+flannel+opa-wasm', 6, 65, { kind: 'out' }],
      ['etcd+calico+opa-wasm', 8, 63, { kind: 'out' }],
    ]);
  });
});

describe('diffTop', () => {
  // Only the fields diffTop reads.
  const rows = (...ids: string[]) =>
    ids.map((id, i) => ({ stack: { id, parts: {} }, rank: i + 1 }) as unknown as RankingRow);

  it('moves down, keeps its place, and has no rank where the other ranking hides a stack', () => {
    const changes = diffTop(rows('a', 'b', 'c', 'x'), rows('b', 'a', 'c', 'y'), 3);
    expect(changes.map((c) => [c.stackId, c.rankA, c.rankB, c.movement])).toEqual([
      ['b', 2, 1, { kind: 'up', by: 1 }],
      ['a', 1, 2, { kind: 'down', by: 1 }],
      ['c', 3, 3, { kind: 'same' }],
    ]);
    expect(diffTop(rows('x', 'a'), rows('a', 'y'), 1)).toEqual([
      { stackId: 'a', parts: {}, rankA: 2, rankB: 1, movement: { kind: 'in' } },
      { stackId: 'x', parts: {}, rankA: 1, rankB: null, movement: { kind: 'out' } },
    ]);
  });

  it('the reverse of a diff swaps ups and downs (edge → seed defaults)', () => {
    const { top } = diffPresets(spec('edge'), spec('default'));
    expect(top.slice(0, 3).map((t) => [t.rankA, t.rankB, t.movement])).toEqual([
      [1, 1, { kind: 'same' }],
      [61, 2, { kind: 'in' }],
      [2, 3, { kind: 'down', by: 1 }],
    ]);
  });
});
