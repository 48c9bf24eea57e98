import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import { countStatements, toMermaid } from '../mermaid/flowchart';
import { GLOBAL_TREE, walkTree, type TreeLevel } from '../../engine/decision-tree';
import { SCENARIO_TREES } from '../../engine/scenario-trees';
import { treeSignals } from '../../engine/tree-signals';
import { conditionText, toTreeChart } from './to-tree-chart';

const edgePath = walkTree(
  GLOBAL_TREE,
  treeSignals({ ...openRequirements, offline: true, coldStartMs: 10 }, 'edge'),
);

describe('toTreeChart', () => {
  it('draws each of the 6 levels as decision, taken branch and the other branches', () => {
    const chart = toTreeChart(GLOBAL_TREE, edgePath, 'en');
    expect(chart.nodes).toHaveLength(18);
    // per level decision→taken and decision→others, plus 5 taken→next-level edges
    expect(chart.edges).toHaveLength(17);
    expect(countStatements(toMermaid(chart))).toEqual({ nodes: 18, edges: 17 });
    expect(chart.nodes.find((n) => n.id === 'storage_others')!.label).toBe(
      'large scale (> 1000 nodes) → etcd · an existing database → external DB · else → sqlite (default)',
    );
    expect(chart.nodes.find((n) => n.id === 'storage_sqlite')!.label).toBe(
      'single edge node (edge and 1 node) → sqlite',
    );
  });

  it('highlights exactly the taken branch of every level', () => {
    const chart = toTreeChart(GLOBAL_TREE, edgePath, 'en');
    const taken = chart.nodes
      .filter((n) => n.emphasis === 'taken' && n.shape === 'box')
      .map((n) => n.id);
    expect(taken).toEqual([
      'scenario_edge',
      'orchestration_k3s',
      'runtime_wasm',
      'storage_sqlite',
      'network_flannel',
      'policy_opa-wasm',
    ]);
    expect(chart.edges.filter((e) => e.emphasis === 'taken')).toHaveLength(11);
    expect(chart.nodes.filter((n) => n.emphasis === 'idle').map((n) => n.id)).toEqual(
      GLOBAL_TREE.map((l) => `${l.id}_others`),
    );
  });

  it('labels edges with the seed conditions in the chosen language', () => {
    const level = GLOBAL_TREE[1]!;
    expect(conditionText(level.branches[0]!, 'en')).toBe('large scale (> 1000 nodes)');
    expect(conditionText(level.branches[1]!, 'zh')).toBe(
      '边缘场景（边缘站点或需离线运行） 或 资源受限（每节点 < 560 MB）',
    );
    expect(conditionText(level.branches[2]!, 'zh')).toBe('否则');
  });

  it('17.8.2: the AI tree splits on the site (K3s at the edge, Kubernetes in the cloud), serverless on size', () => {
    const takenLabels = (id: 'ai-inference' | 'serverless', req: typeof openRequirements) => {
      const levels = SCENARIO_TREES[id];
      return toTreeChart(levels, walkTree(levels, treeSignals(req, id)), 'en')
        .nodes.filter((n) => n.emphasis === 'taken' && n.shape === 'box')
        .map((n) => n.label);
    };
    expect(takenLabels('ai-inference', { ...openRequirements, nodes: 50, site: 'cloud' })).toEqual([
      'cloud site → Kubernetes (cloud)',
      'else → WasmEdge + GPU Plugin (required)',
      'cloud site → etcd (cloud)',
      'cloud site → Calico (cloud)',
      'else → OPA-Wasm (recommended)',
    ]);
    // size alone does not move the AI tree to the cloud side
    expect(takenLabels('ai-inference', { ...openRequirements, nodes: 5000, site: 'edge' })[0]).toBe(
      'else → K3s (edge)',
    );
    expect(takenLabels('serverless', { ...openRequirements, nodes: 5000 })[0]).toBe(
      'large scale (> 1000 nodes) → Kubernetes (large)',
    );
    expect(takenLabels('serverless', { ...openRequirements, nodes: 10, site: 'cloud' })[0]).toBe(
      'else → K3s (small)',
    );
  });

  it('keeps the structure when a label is hostile', () => {
    const hostile: TreeLevel[] = SCENARIO_TREES.edge.map((l) => ({
      ...l,
      title: { zh: 'x"] --> y["z', en: '%%{init: {}}%% <script>' },
      branches: l.branches.map((b) => ({
        ...b,
        result: { zh: 'javascript:alert(1)', en: 'a --> b; c' },
      })),
    }));
    const path = walkTree(hostile, treeSignals(openRequirements, 'edge'));
    for (const lang of ['en', 'zh'] as const) {
      expect(countStatements(toMermaid(toTreeChart(hostile, path, lang)))).toEqual({
        nodes: 10,
        edges: 9,
      });
    }
  });
});
