import { t } from './fact-builders';
export { COMPATIBILITY_COLUMNS, COMPATIBILITY_MARK, SCHEME_COLUMNS } from './printed-headers';
import type { CompatibilityCell, CompatibilityMatrixRow, LocalizedText, SchemeRow } from './types';

/**
 * Two lookup tables the seed prints, cell by cell: 17.2.2 组合方案对比 and 17.7.3 兼容性矩阵.
 * The zh text is the seed's, verbatim; the en text is the app's rendering of it.
 * provenance.test.ts checks every cell, headers included, against docs/seed/chapter-17.zh.md.
 */

/** Cells the seed prints the same in both languages (technology names). */
const same = (text: string): LocalizedText => t(text, text);
const K3S_OR_K8S = same('K3s/Kubernetes');
const WASMEDGE_CRUN = same('WasmEdge + crun');
const SQLITE_OR_ETCD = same('sqlite/etcd');
const FLANNEL_OR_CALICO = same('flannel/Calico');
const OPA_WASM = same('OPA-Wasm');

/** 17.2.2 组合方案对比: the five schemes. */
export const schemeComparison: SchemeRow[] = [
  {
    scheme: t('方案 1：传统云原生', 'Scheme 1: Traditional cloud-native'),
    orchestration: same('Kubernetes'),
    runtime: same('Docker + runc'),
    storage: same('etcd'),
    network: same('Calico/Cilium'),
    policy: same('OPA/Gatekeeper'),
    useCases: t('大规模生产集群', 'Large-scale production clusters'),
    maturityStars: 5,
  },
  {
    scheme: t('方案 2：边缘计算', 'Scheme 2: Edge computing'),
    orchestration: same('K3s'),
    runtime: WASMEDGE_CRUN,
    storage: same('sqlite'),
    network: same('flannel'),
    policy: OPA_WASM,
    useCases: t('边缘计算、IoT', 'Edge computing, IoT'),
    maturityStars: 4,
  },
  {
    scheme: t('方案 3：Serverless', 'Scheme 3: Serverless'),
    orchestration: K3S_OR_K8S,
    runtime: WASMEDGE_CRUN,
    storage: SQLITE_OR_ETCD,
    network: FLANNEL_OR_CALICO,
    policy: OPA_WASM,
    useCases: t('Serverless、FaaS', 'Serverless, FaaS'),
    maturityStars: 4,
  },
  {
    scheme: t('方案 4：混合架构', 'Scheme 4: Hybrid architecture'),
    orchestration: t('K8s（中心）+ K3s（边缘）', 'K8s (central) + K3s (edge)'),
    runtime: t('Docker（中心）+ WasmEdge（边缘）', 'Docker (central) + WasmEdge (edge)'),
    storage: t('etcd（中心）+ sqlite（边缘）', 'etcd (central) + sqlite (edge)'),
    network: t('Calico（中心）+ flannel（边缘）', 'Calico (central) + flannel (edge)'),
    policy: t('OPA-Wasm（统一）', 'OPA-Wasm (unified)'),
    useCases: t('混合云、边缘+中心', 'Hybrid cloud, edge + central'),
    maturityStars: 4,
  },
  {
    scheme: t('方案 5：AI 推理', 'Scheme 5: AI inference'),
    orchestration: K3S_OR_K8S,
    runtime: same('WasmEdge + GPU Plugin'),
    storage: SQLITE_OR_ETCD,
    network: FLANNEL_OR_CALICO,
    policy: OPA_WASM,
    useCases: t('边缘 AI、云端 AI', 'Edge AI, cloud AI'),
    maturityStars: 3,
  },
];

const ok = (words: LocalizedText): CompatibilityCell => ({ mark: 'ok', words });
const FULL = ok(same('100%'));
const NEEDS_CONVERSION: CompatibilityCell = {
  mark: 'caution',
  words: t('需转换', 'needs conversion'),
};
const SQLITE_NOT_ETCD: CompatibilityCell = {
  mark: 'caution',
  words: t('sqlite 不兼容 etcd', 'sqlite is not compatible with etcd'),
};

/** 17.7.3 兼容性矩阵: four combinations × Kubernetes API, Docker image, network, storage. */
export const compatibilityMatrix: CompatibilityMatrixRow[] = [
  {
    combination: 'K3s + WasmEdge',
    kubernetesApi: FULL,
    dockerImage: NEEDS_CONVERSION,
    network: ok(same('flannel')),
    storage: SQLITE_NOT_ETCD,
  },
  {
    combination: 'Kubernetes + WasmEdge',
    kubernetesApi: FULL,
    dockerImage: NEEDS_CONVERSION,
    network: ok(same('Calico/Cilium')),
    storage: ok(same('etcd')),
  },
  {
    combination: 'K3s + Docker',
    kubernetesApi: FULL,
    dockerImage: FULL,
    network: ok(same('flannel')),
    storage: SQLITE_NOT_ETCD,
  },
  {
    combination: 'Kubernetes + Docker',
    kubernetesApi: FULL,
    dockerImage: FULL,
    network: ok(same('Calico/Cilium')),
    storage: ok(same('etcd')),
  },
];
