import type { LayerId, LocalizedText, StackPattern } from '../catalogue/types';
import type { TreeSignals } from './tree-signals';

/** One `if` / `elif` / `else` of a tree level; `when` lists signals joined by "or" (empty = else). */
export interface TreeBranch {
  id: string;
  when: (keyof TreeSignals)[];
  result: LocalizedText;
  picks: StackPattern;
  /** Level 1 only: the scenario path it leads to. */
  path?: 'edge' | 'serverless' | 'ai-inference' | 'cloud-native' | 'hybrid';
  isDefault?: boolean;
}

export interface TreeLevel {
  id: string;
  layer: LayerId | 'scenario';
  title: LocalizedText;
  branches: TreeBranch[];
}

export interface TakenLevel {
  levelId: string;
  branch: TreeBranch;
  /** The signals that made the branch fire (empty for else). */
  because: (keyof TreeSignals)[];
}

export interface TreePath {
  taken: TakenLevel[];
  /** The stack the path recommends: one or more technologies per layer. */
  recommendation: StackPattern;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });
const WASM: StackPattern = { runtime: ['wasmedge'], ociRuntime: ['crun'] };
const DOCKER: StackPattern = { runtime: ['docker'], ociRuntime: ['runc'] };

/** The global decision tree of 17.8.1, six levels, as executable rules. */
export const GLOBAL_TREE: TreeLevel[] = [
  {
    id: 'scenario',
    layer: 'scenario',
    title: t('第 1 层：场景识别', 'Level 1: scenario'),
    branches: [
      {
        id: 'edge',
        when: ['edgeScenario', 'resourceConstrained'],
        result: t('边缘技术栈路径', 'edge stack path'),
        picks: {},
        path: 'edge',
      },
      {
        id: 'serverless',
        when: ['serverless'],
        result: t('Serverless 技术栈路径', 'serverless stack path'),
        picks: {},
        path: 'serverless',
      },
      {
        id: 'ai',
        when: ['aiInference'],
        result: t('AI 推理技术栈路径', 'AI inference stack path'),
        picks: {},
        path: 'ai-inference',
      },
      {
        id: 'cloud',
        when: ['largeScale'],
        result: t('传统云原生技术栈路径', 'cloud-native stack path'),
        picks: {},
        path: 'cloud-native',
      },
      {
        id: 'hybrid',
        when: [],
        result: t('混合技术栈路径', 'hybrid stack path'),
        picks: {},
        path: 'hybrid',
        isDefault: true,
      },
    ],
  },
  {
    id: 'orchestration',
    layer: 'orchestration',
    title: t('第 2 层：编排层', 'Level 2: orchestration'),
    branches: [
      {
        id: 'k8s',
        when: ['largeScale'],
        result: t('Kubernetes', 'Kubernetes'),
        picks: { orchestration: ['kubernetes'] },
      },
      {
        id: 'k3s',
        when: ['edge', 'resourceConstrained'],
        result: t('K3s', 'K3s'),
        picks: { orchestration: ['k3s'] },
      },
      {
        id: 'k3s-default',
        when: [],
        result: t('K3s（默认）', 'K3s (default)'),
        picks: { orchestration: ['k3s'] },
        isDefault: true,
      },
    ],
  },
  {
    id: 'runtime',
    layer: 'runtime',
    title: t('第 3 层：运行时', 'Level 3: runtime'),
    branches: [
      {
        id: 'wasm',
        when: ['fastStart', 'highDensity'],
        result: t('WasmEdge + crun', 'WasmEdge + crun'),
        picks: WASM,
      },
      {
        id: 'docker',
        when: ['traditionalContainers'],
        result: t('Docker + runc', 'Docker + runc'),
        picks: DOCKER,
      },
      {
        id: 'docker-default',
        when: [],
        result: t('Docker + runc（默认）', 'Docker + runc (default)'),
        picks: DOCKER,
        isDefault: true,
      },
    ],
  },
  {
    id: 'storage',
    layer: 'storage',
    title: t('第 4 层：存储', 'Level 4: storage'),
    branches: [
      { id: 'etcd', when: ['largeScale'], result: t('etcd', 'etcd'), picks: { storage: ['etcd'] } },
      {
        id: 'sqlite',
        when: ['singleNode'],
        result: t('sqlite', 'sqlite'),
        picks: { storage: ['sqlite'] },
      },
      {
        id: 'external-db',
        when: ['existingDatabase'],
        result: t('外部 DB', 'external DB'),
        picks: { storage: ['external-db'] },
      },
      {
        id: 'sqlite-default',
        when: [],
        result: t('sqlite（默认）', 'sqlite (default)'),
        picks: { storage: ['sqlite'] },
        isDefault: true,
      },
    ],
  },
  {
    id: 'network',
    layer: 'network',
    title: t('第 5 层：网络', 'Level 5: network'),
    branches: [
      {
        id: 'flannel',
        when: ['smallCluster'],
        result: t('flannel', 'flannel'),
        picks: { network: ['flannel'] },
      },
      {
        id: 'calico-cilium',
        when: ['largeScale', 'networkPolicy'],
        result: t('Calico/Cilium', 'Calico/Cilium'),
        picks: { network: ['calico', 'cilium'] },
      },
      {
        id: 'flannel-default',
        when: [],
        result: t('flannel（默认）', 'flannel (default)'),
        picks: { network: ['flannel'] },
        isDefault: true,
      },
    ],
  },
  {
    id: 'policy',
    layer: 'policy',
    title: t('第 6 层：策略', 'Level 6: policy'),
    branches: [
      {
        id: 'opa-wasm',
        when: ['complexPolicy', 'fastStart'],
        result: t('OPA-Wasm', 'OPA-Wasm'),
        picks: { policy: ['opa-wasm'] },
      },
      {
        id: 'kyverno',
        when: ['simplePolicy'],
        result: t('Kyverno', 'Kyverno'),
        picks: { policy: ['kyverno'] },
      },
      {
        id: 'opa-wasm-default',
        when: [],
        result: t('OPA-Wasm（推荐）', 'OPA-Wasm (recommended)'),
        picks: { policy: ['opa-wasm'] },
        isDefault: true,
      },
    ],
  },
];

/** Walks a tree: at every level the first branch whose signals hold (else the default); the picks add up to the recommendation. */
export function walkTree(levels: TreeLevel[], signals: TreeSignals): TreePath {
  const taken: TakenLevel[] = [];
  let recommendation: StackPattern = {};
  for (const level of levels) {
    const branch = level.branches.find((b) => b.isDefault || b.when.some((s) => signals[s]))!;
    taken.push({ levelId: level.id, branch, because: branch.when.filter((s) => signals[s]) });
    recommendation = { ...recommendation, ...branch.picks };
  }
  return { taken, recommendation };
}

/** A one-level selection tree of 17.3 (matching per layer), with its section. */
export interface SelectionTree {
  section: '17.3.1' | '17.3.2';
  level: TreeLevel;
}

/**
 * The 17.3.1 and 17.3.2 matching trees, which add branches the 17.8.1 global tree lacks:
 * "elif 需要 Alpha API: Kubernetes" and "elif 资源受限: WasmEdge + crun".
 */
export const SELECTION_TREES: SelectionTree[] = [
  {
    section: '17.3.1',
    level: {
      id: 'orchestration-17.3.1',
      layer: 'orchestration',
      title: t('编排层选择（17.3.1）', 'Orchestration (17.3.1)'),
      branches: [
        {
          id: 'k8s-large',
          when: ['largeScale'],
          result: t('Kubernetes', 'Kubernetes'),
          picks: { orchestration: ['kubernetes'] },
        },
        {
          id: 'k3s-edge',
          when: ['edge', 'resourceConstrained'],
          result: t('K3s', 'K3s'),
          picks: { orchestration: ['k3s'] },
        },
        {
          id: 'k8s-alpha',
          when: ['alphaApi'],
          result: t('Kubernetes', 'Kubernetes'),
          picks: { orchestration: ['kubernetes'] },
        },
        {
          id: 'k3s-default',
          when: [],
          result: t('K3s（默认，轻量）', 'K3s (default, lightweight)'),
          picks: { orchestration: ['k3s'] },
          isDefault: true,
        },
      ],
    },
  },
  {
    section: '17.3.2',
    level: {
      id: 'runtime-17.3.2',
      layer: 'runtime',
      title: t('运行时选择（17.3.2）', 'Runtime (17.3.2)'),
      branches: [
        {
          id: 'wasm-start',
          when: ['fastStart'],
          result: t('WasmEdge + crun', 'WasmEdge + crun'),
          picks: WASM,
        },
        {
          id: 'wasm-density',
          when: ['highDensity'],
          result: t('WasmEdge + crun', 'WasmEdge + crun'),
          picks: WASM,
        },
        {
          id: 'wasm-constrained',
          when: ['resourceConstrained'],
          result: t('WasmEdge + crun', 'WasmEdge + crun'),
          picks: WASM,
        },
        {
          id: 'docker-traditional',
          when: ['traditionalContainers'],
          result: t('Docker + runc', 'Docker + runc'),
          picks: DOCKER,
        },
        {
          id: 'docker-default',
          when: [],
          result: t('Docker + runc（默认，成熟）', 'Docker + runc (default, mature)'),
          picks: DOCKER,
          isDefault: true,
        },
      ],
    },
  },
];
