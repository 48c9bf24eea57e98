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
  it('draws each of the 6 levels as a card: the question pointing at every branch, the condition on the edge', () => {
    const chart = toTreeChart(GLOBAL_TREE, edgePath, 'en');
    // 6 questions + 21 branches; an edge per branch, plus 5 card-to-card edges
    expect(chart.nodes).toHaveLength(27);
    expect(chart.edges).toHaveLength(26);
    expect(countStatements(toMermaid(chart))).toEqual({ nodes: 27, edges: 26 });
    expect(chart.groups!.map((g) => [g.id, g.nodes.length, g.direction])).toEqual([
      ['level_scenario', 6, 'LR'],
      ['level_orchestration', 4, 'LR'],
      ['level_runtime', 4, 'LR'],
      ['level_storage', 5, 'LR'],
      ['level_network', 4, 'LR'],
      ['level_policy', 4, 'LR'],
    ]);
    expect(chart.direction).toBe('TD');
    expect(
      chart.nodes
        .filter((n) => n.id.startsWith('storage'))
        .map((n) => [n.id, n.label, n.shape, n.emphasis]),
    ).toEqual([
      ['storage', 'Level 4: storage', 'hexagon', 'taken'],
      ['storage_etcd', 'etcd', 'box', 'idle'],
      ['storage_sqlite', 'sqlite', 'box', 'taken'],
      ['storage_external-db', 'external DB', 'box', 'idle'],
      ['storage_sqlite-default', 'sqlite (default)', 'box', 'idle'],
    ]);
    expect(
      chart.edges.filter((e) => e.from === 'storage').map((e) => [e.to, e.label, e.emphasis]),
    ).toEqual([
      ['storage_etcd', 'large scale (> 1000 nodes)', 'idle'],
      ['storage_sqlite', 'single edge node (edge and 1 node)', 'taken'],
      ['storage_external-db', 'an existing database', 'idle'],
      ['storage_sqlite-default', 'else', 'idle'],
    ]);
  });

  it('highlights exactly the taken branch of every level and the chain of levels', () => {
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
    // 6 taken branches + 5 links between the level cards
    expect(chart.edges.filter((e) => e.emphasis === 'taken')).toHaveLength(11);
    expect(chart.edges.slice(-5).map((e) => `${e.from}>${e.to}`)).toEqual([
      'level_scenario>level_orchestration',
      'level_orchestration>level_runtime',
      'level_runtime>level_storage',
      'level_storage>level_network',
      'level_network>level_policy',
    ]);
    expect(chart.nodes.filter((n) => n.emphasis === 'idle')).toHaveLength(15);
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
      const chart = toTreeChart(levels, walkTree(levels, treeSignals(req, id)), 'en');
      return chart.edges
        .filter((e) => e.emphasis === 'taken' && e.label !== undefined)
        .map((e) => `${e.label} → ${chart.nodes.find((n) => n.id === e.to)!.label}`);
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
