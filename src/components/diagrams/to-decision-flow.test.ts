import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import { countStatements, toMermaid } from '../mermaid/flowchart';
import { summariseRequirements } from './summarise-requirements';
import { toDecisionFlow, toFlowSteps, type FlowState } from './to-decision-flow';

const state = (match: number): FlowState => ({
  scenario: 'Edge computing',
  requirements: ['1 node', 'offline'],
  technologyCount: 17,
  counts: { match, partial: 2, mismatch: 226 },
  topStack: 'K3s + WasmEdge',
});

describe('toDecisionFlow', () => {
  it('takes the yes branch when a stack matches, naming the top stack', () => {
    const chart = toDecisionFlow(state(12), 'en');
    expect(chart.nodes.map((n) => [n.id, n.emphasis])).toEqual([
      ['needs', 'taken'],
      ['constraints', 'taken'],
      ['options', 'taken'],
      ['specs', 'taken'],
      ['combinations', 'taken'],
      ['satisfied', 'taken'],
      ['choose', 'taken'],
      ['adjust', 'idle'],
      ['implement', 'taken'],
    ]);
    expect(chart.nodes.find((n) => n.id === 'choose')!.label).toBe(
      'Choose the best scheme · K3s + WasmEdge',
    );
    expect(chart.nodes.find((n) => n.id === 'specs')!.label).toBe(
      'Match specifications · 240 stacks: 12 match, 2 partial, 226 fail',
    );
    expect(chart.edges.map((e) => e.emphasis)).toEqual([
      'taken',
      'taken',
      'taken',
      'taken',
      'taken',
      'taken',
      'idle',
      'idle',
      'taken',
    ]);
  });

  it('highlights the adjust loop when no stack matches', () => {
    const chart = toDecisionFlow(state(0), 'zh');
    expect(chart.nodes.find((n) => n.id === 'adjust')).toMatchObject({
      emphasis: 'alert',
      label: '调整技术组合 · 没有满足全部需求的栈',
    });
    expect(chart.nodes.find((n) => n.id === 'choose')).toMatchObject({
      emphasis: 'idle',
      label: '选择最优方案',
    });
    expect(
      chart.edges.filter((e) => e.emphasis === 'alert').map((e) => `${e.from}>${e.to}`),
    ).toEqual(['satisfied>adjust', 'adjust>specs']);
    expect(toFlowSteps(state(0), 'en').satisfied).toBe(false);
  });

  it('keeps 9 nodes and 9 edges whatever the labels hold', () => {
    const hostile = {
      ...state(1),
      scenario: 'x"] --> y["z',
      topStack: '%%{init}%% <script>',
      requirements: ['a; b'],
    };
    expect(countStatements(toMermaid(toDecisionFlow(hostile, 'en')))).toEqual({
      nodes: 9,
      edges: 9,
    });
  });
});

describe('summariseRequirements', () => {
  it('lists only the requirements that constrain', () => {
    expect(summariseRequirements(openRequirements, 'en')).toEqual(['1 node']);
    expect(
      summariseRequirements(
        {
          nodes: 2000,
          memoryPerNodeMB: 512,
          coldStartMs: 10,
          offline: true,
          highAvailability: true,
          networkPolicy: 'l7',
          policyComplexity: 'complex',
          existingDatabase: true,
          site: 'cloud',
          alphaApi: true,
          gpu: true,
        },
        'en',
      ),
    ).toEqual([
      '2,000 nodes',
      'cloud site',
      '≤ 512 MB per node',
      'cold start ≤ 10 ms',
      'offline',
      'HA',
      'L7 network policy',
      'complex policies',
      'existing database',
      'Alpha APIs',
      'GPU acceleration',
    ]);
    expect(
      summariseRequirements({ ...openRequirements, nodes: 3, policyComplexity: 'simple' }, 'zh'),
    ).toEqual(['3 节点', '简单策略']);
    expect(
      summariseRequirements(
        { ...openRequirements, memoryPerNodeMB: 1024, networkPolicy: 'full' },
        'zh',
      ),
    ).toEqual(['1 节点', '每节点 ≤ 1,024 MB', '网络策略 完整']);
  });

  it('names the site, Alpha APIs and GPU in both languages', () => {
    const req = { ...openRequirements, site: 'edge', alphaApi: true, gpu: true } as const;
    expect(summariseRequirements(req, 'en')).toEqual([
      '1 node',
      'edge site',
      'Alpha APIs',
      'GPU acceleration',
    ]);
    expect(summariseRequirements(req, 'zh')).toEqual([
      '1 节点',
      '边缘站点',
      '需要 Alpha API',
      'GPU 加速',
    ]);
    expect(summariseRequirements({ ...openRequirements, site: 'cloud' }, 'zh')).toEqual([
      '1 节点',
      '云端',
    ]);
  });
});
