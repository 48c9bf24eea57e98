import { describe, expect, it } from 'vitest';

import { withGateway } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { partsOf } from '../../engine/test-fixtures';
import { scenarioById } from '../../store/app-store';
import { toTreePath } from './to-tree-path';

const edge = scenarioById('edge');

describe('toTreePath', () => {
  it('walks the global tree for the edge preset, each level with why its branch fired', () => {
    const model = toTreePath(seedCatalogue, edge.requirements, 'edge', null, 'en');
    expect(model.steps).toEqual([
      {
        levelId: 'scenario',
        title: 'Level 1: scenario',
        result: 'edge stack path',
        why: 'edge scenario',
      },
      {
        levelId: 'orchestration',
        title: 'Level 2: orchestration',
        result: 'K3s',
        why: 'edge scenario (edge site or offline operation)',
      },
      {
        levelId: 'runtime',
        title: 'Level 3: runtime',
        result: 'WasmEdge + crun',
        why: 'instant cold start (< 1000 ms)',
      },
      {
        levelId: 'storage',
        title: 'Level 4: storage',
        result: 'sqlite',
        why: 'single edge node (edge and 1 node)',
      },
      {
        levelId: 'network',
        title: 'Level 5: network',
        result: 'flannel',
        why: 'small cluster (≤ 1000 nodes)',
      },
      {
        levelId: 'policy',
        title: 'Level 6: policy',
        result: 'OPA-Wasm',
        why: 'instant cold start (< 1000 ms)',
      },
    ]);
    expect(model.layers.every((l) => l.actual === null && !l.agrees)).toBe(true);
  });

  it('compares the tree’s stack with the ranking’s #1 layer by layer', () => {
    const top = partsOf('k3s+wasmedge+crun+sqlite+calico+opa-wasm');
    const model = toTreePath(seedCatalogue, edge.requirements, 'edge', top, 'en');
    expect(model.layers).toEqual([
      { layer: 'orchestration', tree: ['K3s'], actual: 'K3s', agrees: true },
      { layer: 'runtime', tree: ['WasmEdge'], actual: 'WasmEdge', agrees: true },
      { layer: 'ociRuntime', tree: ['crun'], actual: 'crun', agrees: true },
      { layer: 'storage', tree: ['sqlite'], actual: 'sqlite', agrees: true },
      { layer: 'network', tree: ['flannel'], actual: 'Calico', agrees: false },
      { layer: 'policy', tree: ['OPA-Wasm'], actual: 'OPA-Wasm', agrees: true },
    ]);
  });

  it('marks default branches with no reason, in Chinese', () => {
    const model = toTreePath(
      seedCatalogue,
      scenarioById('default').requirements,
      'default',
      null,
      'zh',
    );
    expect(model.steps.map((s) => [s.result, s.why])).toEqual([
      ['混合技术栈路径', null],
      ['K3s（默认）', null],
      ['Docker + runc（默认）', null],
      ['sqlite（默认）', null],
      ['flannel', '小规模集群（≤ 1000 节点）'],
      ['OPA-Wasm（推荐）', null],
    ]);
  });

  it('compares layer by layer in the catalogue’s order, skipping a layer the tree does not pick', () => {
    const top = { ...partsOf('k3s+wasmedge+crun+sqlite+flannel+opa-wasm'), gateway: 'kong' };
    const model = toTreePath(withGateway(seedCatalogue), edge.requirements, 'edge', top, 'en');
    expect(model.layers.map((l) => l.layer)).toEqual([
      'orchestration',
      'runtime',
      'ociRuntime',
      'storage',
      'network',
      'policy',
    ]);
    expect(model.layers.every((l) => l.agrees)).toBe(true);
  });
});
