import { describe, expect, it } from 'vitest';

import { openRequirements } from '../../catalogue/scenarios';
import { countStatements, toMermaid } from '../../components/mermaid/flowchart';
import { treeSignals } from '../../engine/tree-signals';
import type { StackParts } from '../../engine/types';
import {
  evolutionStage,
  panoramaChoices,
  toEvolutionChart,
  toPanoramaChart,
} from './to-roadmap-charts';

const parts = (id: string) => {
  const [orchestration, runtime, ociRuntime, storage, network, policy] = id.split('+') as string[];
  return { orchestration, runtime, ociRuntime, storage, network, policy } as StackParts;
};

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

  it('highlights the stages up to the current one and marks it', () => {
    const chart = toEvolutionChart(2, 'en');
    expect(chart.nodes.map((n) => n.emphasis)).toEqual(['taken', 'taken', 'taken', 'idle', 'idle']);
    expect(chart.nodes[2]!.label).toBe('K3s + Docker (current #1)');
    expect(chart.edges.map((e) => e.emphasis)).toEqual(['taken', 'taken', 'idle', 'idle']);
  });
});
