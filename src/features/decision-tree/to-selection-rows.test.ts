import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import type { Requirements } from '../../catalogue/types';
import { GLOBAL_TREE, SELECTION_TREES, walkTree, type TreeLevel } from '../../engine/decision-tree';
import { treeSignals } from '../../engine/tree-signals';
import { readingSignals, toSelectionRows } from './to-selection-rows';

const [orchestration, runtime] = SELECTION_TREES.map((t) => t.level) as [TreeLevel, TreeLevel];

const rowsFor = (level: TreeLevel, req: Partial<Requirements>, scenario = 'default') =>
  toSelectionRows(level, walkTree([level], treeSignals({ ...openRequirements, ...req }, scenario)));
const takenOf = (rows: ReturnType<typeof toSelectionRows>) =>
  rows.filter((r) => r.taken).map((r) => [r.id, r.because]);

describe('toSelectionRows', () => {
  it('writes the 17.3.1 tree as if / elif / elif / else, in the seed’s order', () => {
    expect(rowsFor(orchestration, {}).map((r) => [r.keyword, r.when, r.result.en])).toEqual([
      ['if', ['largeScale'], 'Kubernetes'],
      ['elif', ['edge', 'resourceConstrained'], 'K3s'],
      ['elif', ['alphaApi'], 'Kubernetes'],
      ['else', [], 'K3s (default, lightweight)'],
    ]);
  });

  it('17.3.1 "elif 需要 Alpha API: Kubernetes": Alpha APIs on a small cluster off the edge take Kubernetes', () => {
    expect(takenOf(rowsFor(orchestration, { alphaApi: true }))).toEqual([
      ['k8s-alpha', ['alphaApi']],
    ]);
    expect(takenOf(rowsFor(orchestration, {}))).toEqual([['k3s-default', []]]);
  });

  it('17.3.1 asks about the edge before Alpha APIs: an edge site with Alpha APIs still takes K3s', () => {
    expect(takenOf(rowsFor(orchestration, { alphaApi: true, site: 'edge' }))).toEqual([
      ['k3s-edge', ['edge']],
    ]);
  });

  it('17.3.2 "elif 资源受限: WasmEdge + crun": a memory bound below 560 MB takes Wasm', () => {
    expect(takenOf(rowsFor(runtime, { memoryPerNodeMB: 256, coldStartMs: 5000 }))).toEqual([
      ['wasm-constrained', ['resourceConstrained']],
    ]);
    // No input asks for traditional containers: the default branch gives Docker + runc.
    expect(takenOf(rowsFor(runtime, {}))).toEqual([['docker-default', []]]);
    expect(takenOf(rowsFor(runtime, { coldStartMs: 5000 }))).toEqual([['docker-default', []]]);
    expect(takenOf(rowsFor(runtime, { coldStartMs: 5000 }, 'serverless'))).toEqual([
      ['wasm-density', ['highDensity']],
    ]);
  });
});

describe('readingSignals', () => {
  it('names the signals of the 17.3 trees whose thresholds are the app’s readings', () => {
    expect(readingSignals([orchestration])).toEqual(['edge', 'resourceConstrained']);
    expect(readingSignals([runtime])).toEqual([
      'fastStart',
      'highDensity',
      'resourceConstrained',
      'traditionalContainers',
    ]);
  });

  it('names the readings of the 17.8.1 tree once each', () => {
    expect(readingSignals(GLOBAL_TREE)).toEqual([
      'edgeScenario',
      'resourceConstrained',
      'edge',
      'fastStart',
      'highDensity',
      'traditionalContainers',
      'smallCluster',
    ]);
  });
});

describe('toSelectionRows picks', () => {
  it('lists the technologies each branch picks', () => {
    expect(rowsFor(runtime, {}).map((r) => r.picks)).toEqual([
      ['wasmedge', 'crun'],
      ['wasmedge', 'crun'],
      ['wasmedge', 'crun'],
      ['docker', 'runc'],
      ['docker', 'runc'],
    ]);
  });
});
