import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import { countStatements, toMermaid } from '../mermaid/flowchart';
import { summariseRequirements } from './summarise-requirements';
import { leadingGroup } from '../../engine/conformance';
import type { RankingRow } from '../../engine/evaluate';
import type { MatchStatus } from '../../engine/types';
import { bestSchemes, toDecisionFlow, toFlowSteps, type FlowState } from './to-decision-flow';

const state = (match: number): FlowState => ({
  scenario: 'Edge computing',
  requirements: ['1 node', 'offline'],
  technologyCount: 17,
  counts: { match, partial: 2, mismatch: 226 },
  best: ['K3s + WasmEdge'],
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

  it('names no single stack of a tie: the node counts the co-recommended stacks, the twin names them', () => {
    const CONTAINERD = 'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper';
    const DOCKER = 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper';
    const tie = { ...state(12), best: [CONTAINERD, DOCKER] };
    expect(toDecisionFlow(tie, 'en').nodes.find((n) => n.id === 'choose')!.label).toBe(
      'Choose the best scheme · 2 co-recommended stacks',
    );
    expect(toDecisionFlow(tie, 'zh').nodes.find((n) => n.id === 'choose')!.label).toBe(
      '选择最优方案 · 2 个并列推荐的技术栈',
    );
    expect(toFlowSteps(tie, 'en').steps.find((s) => s.id === 'choose')).toMatchObject({
      detail: '2 co-recommended stacks',
      fullDetail: `2 co-recommended stacks: ${CONTAINERD}; ${DOCKER}`,
    });
    expect(toFlowSteps(tie, 'zh').steps.find((s) => s.id === 'choose')!.fullDetail).toBe(
      `2 个并列推荐的技术栈：${CONTAINERD}；${DOCKER}`,
    );
    // One stack: the node and the twin both name it.
    expect(toFlowSteps(state(12), 'en').steps.find((s) => s.id === 'choose')).toMatchObject({
      detail: 'K3s + WasmEdge',
      fullDetail: 'K3s + WasmEdge',
    });
  });

  it('chooses among the matching stacks only: their leading group, in ranking order', () => {
    const row = (id: string, total: number, fit: MatchStatus = 'match'): RankingRow => ({
      stack: { id, parts: {} as RankingRow['stack']['parts'], status: 'valid', reasons: [] },
      dimensions: { resource: 0, performance: 0, scale: 0, availability: 0, cost: 0, maturity: 0 },
      match: { status: fit, layers: {} as RankingRow['match']['layers'], checks: [] },
      caseIds: [],
      rank: 1,
      total,
    });
    // Score-only order: a partial stack can rank first; it is not a scheme that satisfies the needs.
    const rows = [row('p', 0.8, 'partial'), row('a', 0.7), row('b', 0.7), row('c', 0.6)];
    expect(bestSchemes(rows).map((r) => r.stack.id)).toEqual(['a', 'b']);
    expect(leadingGroup(rows).map((r) => r.stack.id)).toEqual(['p']);
    expect(bestSchemes([row('p', 0.8, 'partial')])).toEqual([]);
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
      best: ['%%{init}%% <script>', 'x"] --> y'],
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
