import { describe, expect, it } from 'vitest';

import { withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
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
    baseScenarioId: id,
    ...overrides,
  };
};

// 17.4.2 / 17.8.2's edge stack: flannel built into K3s.
const SEED_EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
// 17.4.1's stack with containerd: exactly tied at #1 with the Docker variant.
const SEED_LARGE = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';

describe('diffWeights', () => {
  it('gives values, shares and B − A deltas per dimension (edge → large-scale)', () => {
    const rows = diffWeights(
      seedCatalogue,
      scenarioById('edge').weights,
      scenarioById('large-scale').weights,
    );
    expect(rows.map((r) => [r.dimension, r.a, r.b, r.delta])).toEqual([
      ['resource', 4, 2, -2],
      ['performance', 3, 2, -1],
      ['scale', 2, 3, 1],
      ['availability', 2, 2, 0],
      ['cost', 2, 2, 0],
      ['maturity', 1, 3, 2],
    ]);
    // both sum to 14
    const resource = rows[0]!;
    expect(resource.shareA).toBeCloseTo(4 / 14, 12);
    expect(resource.shareB).toBeCloseTo(2 / 14, 12);
    expect(resource.shareDelta).toBeCloseTo(-2 / 14, 12);
    expect(rows[3]!.shareDelta).toBeCloseTo(0, 12);
    expect(rows[5]!.shareDelta).toBeCloseTo(2 / 14, 12);
  });
});

describe('diffSettings', () => {
  it('lists only the requirements, base scenario and method settings that differ', () => {
    expect(diffSettings(spec('edge'), spec('large-scale', { rankMode: 'scoreOnly' }))).toEqual([
      { key: 'nodes', a: 1, b: 1001 },
      { key: 'coldStartMs', a: 10, b: null },
      { key: 'offline', a: true, b: false },
      { key: 'site', a: 'edge', b: 'any' },
      { key: 'alphaApi', a: false, b: true },
      { key: 'baseScenarioId', a: 'edge', b: 'large-scale' },
      { key: 'rankMode', a: 'fitFirst', b: 'scoreOnly' },
    ]);
    expect(diffSettings(spec('edge'), spec('edge'))).toEqual([]);
  });

  it('lists a different aggregation method; an absent one is the weighted sum', () => {
    expect(diffSettings(spec('edge'), spec('edge', { method: 'topsis' }))).toEqual([
      { key: 'method', a: 'weightedSum', b: 'topsis' },
    ]);
    expect(diffSettings(spec('edge'), spec('edge', { method: 'weightedSum' }))).toEqual([]);
  });

  it('reads a spec without a base scenario as based on the seed defaults', () => {
    const unbased = spec('edge');
    delete unbased.baseScenarioId;
    expect(diffSettings(unbased, spec('edge', { baseScenarioId: 'default' }))).toEqual([]);
    expect(diffSettings(unbased, spec('edge'))).toEqual([
      { key: 'baseScenarioId', a: 'default', b: 'edge' },
    ]);
  });
});

describe('diffWeights under a catalogue of the user’s', () => {
  it('weighs presets saved under the seed as they would apply: a new dimension at its default', () => {
    const custom = withSecurity(seedCatalogue);
    const rows = diffWeights(
      custom,
      scenarioById('edge').weights,
      scenarioById('large-scale').weights,
    );
    expect(rows.map((r) => r.dimension)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
      'security',
    ]);
    expect(rows.at(-1)).toMatchObject({ a: 2, b: 2, delta: 0, shareA: 2 / 16, shareB: 2 / 16 });
  });

  it('drops a dimension the catalogue does not have', () => {
    const fewer = { ...seedCatalogue, dimensions: seedCatalogue.dimensions.slice(0, 2) };
    const rows = diffWeights(fewer, scenarioById('edge').weights, scenarioById('default').weights);
    expect(rows.map((r) => [r.dimension, r.a, r.shareA])).toEqual([
      ['resource', 4, 4 / 7],
      ['performance', 3, 3 / 7],
    ]);
  });
});

describe('diffPresets', () => {
  it('edge → large-scale: no stack of one top 10 is in the other', () => {
    const { top } = diffPresets(seedCatalogue, spec('edge'), spec('large-scale'));
    expect(top).toHaveLength(20);
    expect(top[0]).toMatchObject({
      stackId: SEED_LARGE,
      rankA: 153,
      rankB: 1,
      movement: { kind: 'in' },
    });
    // the edge #1 drops out of large-scale's top 10, to #181
    expect(top[10]).toMatchObject({
      stackId: SEED_EDGE,
      rankA: 1,
      rankB: 181,
      movement: { kind: 'out' },
    });
    // exact ties share a rank: containerd and Docker at #1, their Cilium variants at #3
    expect(top.slice(0, 10).map((t) => [t.rankB, t.rankA])).toEqual([
      [1, 153],
      [1, 153],
      [3, 167],
      [3, 167],
      [5, 36],
      [6, 67],
      [7, 73],
      [8, 51],
      [9, 85],
      [10, 81],
    ]);
    expect(top.slice(10).map((t) => [t.rankA, t.rankB])).toEqual([
      [1, 181],
      [2, 181],
      [3, 183],
      [4, 187],
      [5, 185],
      [6, 188],
      [7, 183],
      [8, 185],
      [9, 190],
      [10, 188],
    ]);
  });

  it('seed defaults → edge: moves up, new entries and drop-outs', () => {
    const { top, settings } = diffPresets(seedCatalogue, spec('default'), spec('edge'));
    expect(settings.map((s) => s.key)).toEqual([
      'coldStartMs',
      'offline',
      'site',
      'baseScenarioId',
    ]);
    expect(
      top.map((t) => [t.stackId.replace('k3s+wasmedge+crun+', ''), t.rankA, t.rankB, t.movement]),
    ).toEqual([
      ['sqlite+flannel+opa-wasm', 6, 1, { kind: 'up', by: 5 }],
      ['sqlite+calico+opa-wasm', 2, 2, { kind: 'same' }],
      ['sqlite+flannel+kyverno', 18, 3, { kind: 'in' }],
      ['sqlite+cilium+opa-wasm', 6, 4, { kind: 'up', by: 2 }],
      ['sqlite+flannel+gatekeeper', 25, 5, { kind: 'in' }],
      ['sqlite+flannel+opa', 32, 6, { kind: 'in' }],
      ['sqlite+calico+kyverno', 11, 7, { kind: 'in' }],
      ['sqlite+calico+gatekeeper', 16, 8, { kind: 'in' }],
      ['sqlite+cilium+kyverno', 18, 9, { kind: 'in' }],
      ['sqlite+calico+opa', 24, 10, { kind: 'in' }],
      ['etcd+calico+opa-wasm', 1, 14, { kind: 'out' }],
      ['external-db+calico+opa-wasm', 3, 46, { kind: 'out' }],
      ['etcd+cilium+opa-wasm', 4, 16, { kind: 'out' }],
      ['etcd+flannel+opa-wasm', 4, 13, { kind: 'out' }],
      ['external-db+cilium+opa-wasm', 8, 58, { kind: 'out' }],
      ['external-db+flannel+opa-wasm', 8, 29, { kind: 'out' }],
      ['etcd+calico+kyverno', 10, 19, { kind: 'out' }],
    ]);
  });

  it('ranks each side under its own base scenario: the edge focus alone puts flannel first', () => {
    // Same weights and requirements; only B is scored under the defaults (no start-time focus).
    const { settings, top } = diffPresets(
      seedCatalogue,
      spec('edge'),
      spec('edge', { baseScenarioId: 'default' }),
    );
    expect(settings).toEqual([{ key: 'baseScenarioId', a: 'edge', b: 'default' }]);
    expect(
      top.slice(0, 3).map((t) => [t.stackId.replace('k3s+wasmedge+crun+', ''), t.rankA, t.rankB]),
    ).toEqual([
      ['sqlite+calico+opa-wasm', 2, 1],
      ['sqlite+cilium+opa-wasm', 4, 2],
      ['sqlite+flannel+opa-wasm', 1, 2],
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
    const { top } = diffPresets(seedCatalogue, spec('edge'), spec('default'));
    const moved = (tail: string) =>
      top.find((t) => t.stackId === `k3s+wasmedge+crun+${tail}`)!.movement;
    // seed defaults → edge moved these up by 5 and 2
    expect(moved('sqlite+flannel+opa-wasm')).toEqual({ kind: 'down', by: 5 });
    expect(moved('sqlite+cilium+opa-wasm')).toEqual({ kind: 'down', by: 2 });
    expect(top.slice(0, 3).map((t) => [t.rankA, t.rankB, t.movement])).toEqual([
      [14, 1, { kind: 'in' }],
      [2, 2, { kind: 'same' }],
      [46, 3, { kind: 'in' }],
    ]);
  });
});
