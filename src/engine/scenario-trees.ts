import type { LocalizedText } from '../catalogue/types';
import type { TreeLevel } from './decision-tree';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

function level(
  id: TreeLevel['layer'] & string,
  title: LocalizedText,
  branches: TreeLevel['branches'],
): TreeLevel {
  return { id, layer: id, title, branches };
}

const ORCH = t('编排层', 'Orchestration');
const RUNTIME = t('运行时', 'Runtime');
const STORAGE = t('存储', 'Storage');
const NETWORK = t('网络', 'Network');
const POLICY = t('策略', 'Policy');
const opaWasm = level('policy', POLICY, [
  {
    id: 'opa-wasm',
    when: [],
    result: t('OPA-Wasm（推荐）', 'OPA-Wasm (recommended)'),
    picks: { policy: ['opa-wasm'] },
    isDefault: true,
  },
]);

type Side = { k8s: LocalizedText; k3s: LocalizedText };

/**
 * Serverless and AI trees pick a Kubernetes side or a K3s side: serverless by size
 * (K3s（小规模）or Kubernetes（大规模）, large = > 1000 nodes, 17.4.1), AI inference by site
 * (K3s（边缘）or Kubernetes（云端）).
 */
function twoSided(signal: 'largeScale' | 'cloud', runtime: TreeLevel, words: Side[]): TreeLevel[] {
  const [orch, storage, network] = words as [Side, Side, Side];
  return [
    level('orchestration', ORCH, [
      { id: 'k8s', when: [signal], result: orch.k8s, picks: { orchestration: ['kubernetes'] } },
      {
        id: 'k3s',
        when: [],
        result: orch.k3s,
        picks: { orchestration: ['k3s'] },
        isDefault: true,
      },
    ]),
    runtime,
    level('storage', STORAGE, [
      { id: 'etcd', when: [signal], result: storage.k8s, picks: { storage: ['etcd'] } },
      {
        id: 'sqlite',
        when: [],
        result: storage.k3s,
        picks: { storage: ['sqlite'] },
        isDefault: true,
      },
    ]),
    level('network', NETWORK, [
      { id: 'calico', when: [signal], result: network.k8s, picks: { network: ['calico'] } },
      {
        id: 'flannel',
        when: [],
        result: network.k3s,
        picks: { network: ['flannel'] },
        isDefault: true,
      },
    ]),
    opaWasm,
  ];
}

const BY_SIZE: Side[] = [
  { k8s: t('Kubernetes（大规模）', 'Kubernetes (large)'), k3s: t('K3s（小规模）', 'K3s (small)') },
  { k8s: t('etcd（Kubernetes）', 'etcd (Kubernetes)'), k3s: t('sqlite（K3s）', 'sqlite (K3s)') },
  {
    k8s: t('Calico（Kubernetes）', 'Calico (Kubernetes)'),
    k3s: t('flannel（K3s）', 'flannel (K3s)'),
  },
];
const BY_SITE: Side[] = [
  { k8s: t('Kubernetes（云端）', 'Kubernetes (cloud)'), k3s: t('K3s（边缘）', 'K3s (edge)') },
  { k8s: t('etcd（云端）', 'etcd (cloud)'), k3s: t('sqlite（边缘）', 'sqlite (edge)') },
  { k8s: t('Calico（云端）', 'Calico (cloud)'), k3s: t('flannel（边缘）', 'flannel (edge)') },
];

/** The scenario decision trees of 17.8.2, by the level-1 path they belong to. */
export const SCENARIO_TREES: Record<'edge' | 'serverless' | 'ai-inference', TreeLevel[]> = {
  edge: [
    level('orchestration', ORCH, [
      {
        id: 'k3s',
        when: [],
        result: t('K3s（必须）', 'K3s (required)'),
        picks: { orchestration: ['k3s'] },
        isDefault: true,
      },
    ]),
    level('runtime', RUNTIME, [
      {
        id: 'wasm',
        when: [],
        result: t('WasmEdge + crun（推荐）', 'WasmEdge + crun (recommended)'),
        picks: { runtime: ['wasmedge'], ociRuntime: ['crun'] },
        isDefault: true,
      },
    ]),
    level('storage', STORAGE, [
      {
        id: 'sqlite',
        when: [],
        result: t('sqlite（默认）', 'sqlite (default)'),
        picks: { storage: ['sqlite'] },
        isDefault: true,
      },
    ]),
    level('network', NETWORK, [
      {
        id: 'flannel',
        when: [],
        result: t('flannel（内置）', 'flannel (built in)'),
        picks: { network: ['flannel'] },
        isDefault: true,
      },
    ]),
    opaWasm,
  ],
  serverless: twoSided(
    'largeScale',
    level('runtime', RUNTIME, [
      {
        id: 'wasm',
        when: [],
        result: t('WasmEdge + crun（必须）', 'WasmEdge + crun (required)'),
        picks: { runtime: ['wasmedge'], ociRuntime: ['crun'] },
        isDefault: true,
      },
    ]),
    BY_SIZE,
  ),
  'ai-inference': twoSided(
    'cloud',
    level('runtime', RUNTIME, [
      {
        id: 'wasm-gpu',
        when: [],
        result: t('WasmEdge + GPU Plugin（必须）', 'WasmEdge + GPU Plugin (required)'),
        picks: { runtime: ['wasmedge'], ociRuntime: ['crun'] },
        isDefault: true,
      },
    ]),
    BY_SITE,
  ),
};
