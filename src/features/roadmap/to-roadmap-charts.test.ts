import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import { countStatements, toMermaid } from '../../components/mermaid/flowchart';
import { treeSignals } from '../../engine/tree-signals';
import type { StackParts } from '../../engine/types';
import {
  evolutionNote,
  evolutionStage,
  missingPicks,
  panoramaChoices,
  toEvolutionChart,
  toPanoramaChart,
} from './to-roadmap-charts';

const parts = (id: string) => {
  const [orchestration, runtime, ociRuntime, storage, network, policy] = id.split('+') as string[];
  return { orchestration, runtime, ociRuntime, storage, network, policy } as StackParts;
};

const CONTAINERD_ID = 'kubernetes+containerd+runc+etcd+calico+gatekeeper';
const DOCKER_ID = 'kubernetes+docker+runc+etcd+calico+gatekeeper';
const CONTAINERD = 'Kubernetes + containerd + runc + etcd + Calico + Gatekeeper';
const DOCKER = 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper';

describe('panorama (17.2.1)', () => {
  it('chooses one answer per question from the requirements', () => {
    expect(
      panoramaChoices(
        treeSignals({ ...openRequirements, nodes: 2000, policyComplexity: 'complex' }, null),
      ),
    ).toEqual({
      resources: 'ample',
      latency: 'medium',
      scale: 'large',
      policy: 'complex',
    });
    expect(
      panoramaChoices(treeSignals({ ...openRequirements, offline: true, coldStartMs: 10 }, null)),
    ).toEqual({
      resources: 'constrained',
      latency: 'low',
      scale: 'small',
      policy: null,
    });
  });

  it('draws 13 nodes and 12 edges with the chosen answers highlighted', () => {
    const chart = toPanoramaChart(
      treeSignals({ ...openRequirements, policyComplexity: 'simple' }, null),
      'en',
    );
    expect(countStatements(toMermaid(chart))).toEqual({ nodes: 13, edges: 12 });
    expect(
      chart.nodes.filter((n) => n.shape === 'box' && n.emphasis === 'taken').map((n) => n.label),
    ).toEqual(['Kubernetes + Docker + runc', 'Docker + Kubernetes', 'K3s + sqlite', 'Kyverno']);
  });
});

describe('evolution (17.7.1)', () => {
  it('places a stack at the furthest stage its layers reach', () => {
    expect(evolutionStage(parts('k3s+wasmedge+crun+sqlite+flannel+opa-wasm'))).toBe(4);
    expect(evolutionStage(parts('k3s+wasmedge+crun+sqlite+flannel+kyverno'))).toBe(3);
    expect(evolutionStage(parts('kubernetes+containerd+runc+etcd+calico+opa'))).toBe(1);
    expect(evolutionStage(parts('kubernetes+docker+runc+etcd+calico+opa'))).toBe(1);
    expect(evolutionStage(parts('kubernetes+wasmedge+crun+etcd+calico+opa'))).toBe(-1);
  });

  it('highlights the stages up to #1’s and marks it', () => {
    const chart = toEvolutionChart([{ name: 'K3s + Docker + …', stage: 2 }], 'en');
    expect(chart.nodes.map((n) => n.emphasis)).toEqual(['taken', 'taken', 'taken', 'idle', 'idle']);
    expect(chart.nodes.map((n) => n.label)).toEqual([
      'Docker',
      'Kubernetes + Docker',
      'K3s + Docker (stage of #1)',
      'K3s + WasmEdge',
      'K3s + WasmEdge + OPA-Wasm',
    ]);
    expect(chart.nodes.map((n) => n.shape)).toEqual(['box', 'box', 'round', 'box', 'box']);
    expect(chart.edges.map((e) => e.emphasis)).toEqual(['taken', 'taken', 'idle', 'idle']);
    expect(toEvolutionChart([{ name: 'x', stage: 2 }], 'zh').nodes[2]!.label).toBe(
      'K3s + Docker（第 1 名所处阶段）',
    );
  });

  it('marks the stage of a tie for the whole co-recommended group (large-scale: containerd and Docker)', () => {
    const tie = [
      { name: CONTAINERD, stage: evolutionStage(parts(CONTAINERD_ID)) },
      { name: DOCKER, stage: evolutionStage(parts(DOCKER_ID)) },
    ];
    expect(toEvolutionChart(tie, 'en').nodes[1]!.label).toBe(
      'Kubernetes + Docker (stage of the 2 co-recommended)',
    );
    expect(toEvolutionChart(tie, 'zh').nodes[1]!.label).toBe(
      'Kubernetes + Docker（2 个并列推荐所处阶段）',
    );
    expect(evolutionNote(tie, 'en')).toBe(
      `The 2 co-recommended stacks (${CONTAINERD}; ${DOCKER}) are all at Stage 2: Kubernetes orchestration.`,
    );
    expect(evolutionNote(tie, 'zh')).toBe(
      `2 个并列推荐的技术栈（${CONTAINERD}；${DOCKER}）都处于阶段 2：Kubernetes 集群编排。`,
    );
  });

  it('marks each stage a co-recommended stack reaches when they stand apart', () => {
    const apart = [
      { name: 'A', stage: 3 },
      { name: 'B', stage: 4 },
      { name: 'C', stage: -1 },
    ];
    const chart = toEvolutionChart(apart, 'en');
    expect(chart.nodes.map((n) => n.label)).toEqual([
      'Docker',
      'Kubernetes + Docker',
      'K3s + Docker',
      'K3s + WasmEdge (stage of 1 of the 3 co-recommended)',
      'K3s + WasmEdge + OPA-Wasm (stage of 1 of the 3 co-recommended)',
    ]);
    expect(chart.nodes.every((n) => n.emphasis === 'taken')).toBe(true);
    expect(toEvolutionChart(apart, 'zh').nodes[3]!.label).toBe(
      'K3s + WasmEdge（3 个并列推荐中 1 个所处阶段）',
    );
    expect(evolutionNote(apart, 'en')).toBe(
      'The 3 co-recommended stacks are at different stages: A at Stage 4: WasmEdge bytecode runtime (performance); B at Stage 5: OPA-Wasm policy as code (full stack); C off the path.',
    );
    expect(evolutionNote(apart, 'zh')).toBe(
      '3 个并列推荐的技术栈处于不同阶段：A 处于阶段 4：WasmEdge 字节码运行时（性能优化）；B 处于阶段 5：OPA-Wasm 策略即代码（完整技术栈）；C 不在路径上。',
    );
  });

  it('says where #1 alone stands, or that it is off the path', () => {
    expect(evolutionNote([{ name: CONTAINERD, stage: 1 }], 'en')).toBe(
      `The #1 stack (${CONTAINERD}) is at Stage 2: Kubernetes orchestration.`,
    );
    expect(evolutionNote([{ name: CONTAINERD, stage: 1 }], 'zh')).toBe(
      `第 1 名（${CONTAINERD}）处于阶段 2：Kubernetes 集群编排。`,
    );
    expect(evolutionNote([{ name: 'K8s + WasmEdge', stage: -1 }], 'en')).toBe(
      'The #1 stack (K8s + WasmEdge) is not on the 17.7.1 path (it pairs Kubernetes with WasmEdge, a combination the path skips).',
    );
    expect(
      evolutionNote(
        [
          { name: 'A', stage: -1 },
          { name: 'B', stage: -1 },
        ],
        'zh',
      ),
    ).toBe(
      '2 个并列推荐的技术栈（A；B）都不在 17.7.1 的路径上（Kubernetes 搭配 WasmEdge，路径未涵盖）。',
    );
    expect(evolutionNote([], 'en')).toBe('');
    expect(toEvolutionChart([], 'en').nodes.every((n) => n.emphasis === 'idle')).toBe(true);
  });
});

describe('missingPicks', () => {
  it('names the picked technologies a catalogue lacks, each once', () => {
    const pattern = { orchestration: ['k3s'], runtime: ['wasmedge'], ociRuntime: ['crun', 'runc'] };
    expect(missingPicks(pattern, new Set(['k3s', 'crun', 'runc', 'wasmedge']))).toEqual([]);
    expect(missingPicks(pattern, new Set(['k3s', 'runc']))).toEqual(['wasmedge', 'crun']);
  });
});
