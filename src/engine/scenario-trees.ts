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

/** Serverless and AI trees choose by scale: large (> 1000 nodes) → Kubernetes side, else K3s side. */
function bySize(runtime: TreeLevel): TreeLevel[] {
  return [
    level('orchestration', ORCH, [
      {
        id: 'k8s',
        when: ['largeScale'],
        result: t('Kubernetes（大规模/云端）', 'Kubernetes (large / cloud)'),
        picks: { orchestration: ['kubernetes'] },
      },
      {
        id: 'k3s',
        when: [],
        result: t('K3s（小规模/边缘）', 'K3s (small / edge)'),
        picks: { orchestration: ['k3s'] },
        isDefault: true,
      },
    ]),
    runtime,
    level('storage', STORAGE, [
      {
        id: 'etcd',
        when: ['largeScale'],
        result: t('etcd（Kubernetes）', 'etcd (Kubernetes)'),
        picks: { storage: ['etcd'] },
      },
      {
        id: 'sqlite',
        when: [],
        result: t('sqlite（K3s）', 'sqlite (K3s)'),
        picks: { storage: ['sqlite'] },
        isDefault: true,
      },
    ]),
    level('network', NETWORK, [
      {
        id: 'calico',
        when: ['largeScale'],
        result: t('Calico（Kubernetes）', 'Calico (Kubernetes)'),
        picks: { network: ['calico'] },
      },
      {
        id: 'flannel',
        when: [],
        result: t('flannel（K3s）', 'flannel (K3s)'),
        picks: { network: ['flannel'] },
        isDefault: true,
      },
    ]),
    opaWasm,
  ];
}

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
  serverless: bySize(
    level('runtime', RUNTIME, [
      {
        id: 'wasm',
        when: [],
        result: t('WasmEdge + crun（必须）', 'WasmEdge + crun (required)'),
        picks: { runtime: ['wasmedge'], ociRuntime: ['crun'] },
        isDefault: true,
      },
    ]),
  ),
  'ai-inference': bySize(
    level('runtime', RUNTIME, [
      {
        id: 'wasm-gpu',
        when: [],
        result: t('WasmEdge + GPU Plugin（必须）', 'WasmEdge + GPU plugin (required)'),
        picks: { runtime: ['wasmedge'], ociRuntime: ['crun'] },
        isDefault: true,
      },
    ]),
  ),
};
