import { t } from './fact-builders';
import type { LocalizedText, StackPattern } from './types';

export interface PanoramaBranch {
  id: string;
  /** The question of 17.2.1 (资源限制, 延迟要求, 规模要求, 策略需求). */
  question: LocalizedText;
  options: { id: string; when: LocalizedText; result: string; picks: StackPattern }[];
}

/** The combination panorama of 17.2.1: four questions, two answers each. */
export const panorama: PanoramaBranch[] = [
  {
    id: 'resources',
    question: t('资源限制', 'Resources'),
    options: [
      {
        id: 'ample',
        when: t('资源充足', 'ample'),
        result: 'Kubernetes + Docker + runc',
        picks: { orchestration: ['kubernetes'], runtime: ['docker'], ociRuntime: ['runc'] },
      },
      {
        id: 'constrained',
        when: t('资源受限', 'constrained'),
        result: 'K3s + WasmEdge + crun',
        picks: { orchestration: ['k3s'], runtime: ['wasmedge'], ociRuntime: ['crun'] },
      },
    ],
  },
  {
    id: 'latency',
    question: t('延迟要求', 'Latency'),
    options: [
      {
        id: 'low',
        when: t('低延迟', 'low'),
        result: 'WasmEdge + K3s',
        picks: { orchestration: ['k3s'], runtime: ['wasmedge'] },
      },
      {
        id: 'medium',
        when: t('中等延迟', 'medium'),
        result: 'Docker + Kubernetes',
        picks: { orchestration: ['kubernetes'], runtime: ['docker'] },
      },
    ],
  },
  {
    id: 'scale',
    question: t('规模要求', 'Scale'),
    options: [
      {
        id: 'large',
        when: t('大规模', 'large'),
        result: 'Kubernetes + etcd',
        picks: { orchestration: ['kubernetes'], storage: ['etcd'] },
      },
      {
        id: 'small',
        when: t('小规模', 'small'),
        result: 'K3s + sqlite',
        picks: { orchestration: ['k3s'], storage: ['sqlite'] },
      },
    ],
  },
  {
    id: 'policy',
    question: t('策略需求', 'Policy'),
    options: [
      {
        id: 'complex',
        when: t('复杂策略', 'complex'),
        result: 'OPA-Wasm + Gatekeeper',
        picks: { policy: ['opa-wasm', 'gatekeeper'] },
      },
      {
        id: 'simple',
        when: t('简单策略', 'simple'),
        result: 'Kyverno',
        picks: { policy: ['kyverno'] },
      },
    ],
  },
];

export interface EvolutionStage {
  id: string;
  label: string;
  note: LocalizedText;
  /** The stack pattern that puts a stack at this stage or beyond. */
  pattern: StackPattern;
}

/** The evolution path of 17.7.1, five stages. */
export const evolution: EvolutionStage[] = [
  {
    id: 'docker',
    label: 'Docker',
    note: t('阶段 1：传统 Docker 单机部署', 'Stage 1: Docker on a single host'),
    pattern: { runtime: ['docker'] },
  },
  {
    id: 'k8s-docker',
    label: 'Kubernetes + Docker',
    note: t('阶段 2：Kubernetes 集群编排', 'Stage 2: Kubernetes orchestration'),
    pattern: { orchestration: ['kubernetes'], runtime: ['docker', 'containerd'] },
  },
  {
    id: 'k3s-docker',
    label: 'K3s + Docker',
    note: t(
      '阶段 3：K3s 轻量级编排（资源受限场景）',
      'Stage 3: lightweight K3s (constrained sites)',
    ),
    pattern: { orchestration: ['k3s'], runtime: ['docker', 'containerd'] },
  },
  {
    id: 'k3s-wasm',
    label: 'K3s + WasmEdge',
    note: t(
      '阶段 4：WasmEdge 字节码运行时（性能优化）',
      'Stage 4: WasmEdge bytecode runtime (performance)',
    ),
    pattern: { orchestration: ['k3s'], runtime: ['wasmedge'] },
  },
  {
    id: 'k3s-wasm-opa',
    label: 'K3s + WasmEdge + OPA-Wasm',
    note: t(
      '阶段 5：OPA-Wasm 策略即代码（完整技术栈）',
      'Stage 5: OPA-Wasm policy as code (full stack)',
    ),
    pattern: { orchestration: ['k3s'], runtime: ['wasmedge'], policy: ['opa-wasm'] },
  },
];

export interface MigrationPath {
  id: string;
  title: LocalizedText;
  steps: LocalizedText[];
}

/** The two migration paths of 17.7.2, six steps each. */
export const migrations: MigrationPath[] = [
  {
    id: 'k8s-to-k3s',
    title: t('从 Kubernetes 到 K3s', 'From Kubernetes to K3s'),
    steps: [
      t(
        '评估场景（节点数 < 1000、资源受限）',
        'Assess the scenario (< 1000 nodes, constrained resources)',
      ),
      t('测试 K3s（单节点测试）', 'Test K3s (single-node test)'),
      t('迁移存储（etcd → sqlite，如适用）', 'Migrate storage (etcd → sqlite, if it applies)'),
      t(
        '迁移网络（Calico → flannel，如适用）',
        'Migrate networking (Calico → flannel, if it applies)',
      ),
      t('验证功能（功能完整性验证）', 'Verify features (completeness check)'),
      t('生产部署（灰度发布）', 'Deploy to production (canary release)'),
    ],
  },
  {
    id: 'docker-to-wasmedge',
    title: t('从 Docker 到 WasmEdge', 'From Docker to WasmEdge'),
    steps: [
      t('评估应用（应用是否适合 Wasm）', 'Assess the application (is it a fit for Wasm?)'),
      t('编译到 Wasm（使用 wasm32-wasi target）', 'Compile to Wasm (wasm32-wasi target)'),
      t('测试 Wasm 应用（功能测试）', 'Test the Wasm application (functional tests)'),
      t('构建 Wasm 镜像（FROM scratch）', 'Build the Wasm image (FROM scratch)'),
      t('部署到 K3s（使用 crun RuntimeClass）', 'Deploy to K3s (crun RuntimeClass)'),
      t('验证性能（性能对比验证）', 'Verify performance (before/after comparison)'),
    ],
  },
];

/** The decision flow of 17.6.2, in order; `check` is the decision node. */
export const decisionFlowSteps: { id: string; label: LocalizedText; check?: boolean }[] = [
  { id: 'needs', label: t('识别场景需求', 'Identify scenario needs') },
  { id: 'constraints', label: t('分析技术约束', 'Analyse constraints') },
  { id: 'options', label: t('评估技术选项', 'Evaluate options') },
  { id: 'specs', label: t('匹配技术规格', 'Match specifications') },
  { id: 'combinations', label: t('评估组合方案', 'Evaluate combinations') },
  {
    id: 'satisfied',
    label: t('方案是否满足需求?', 'Does a scheme satisfy the needs?'),
    check: true,
  },
  { id: 'choose', label: t('选择最优方案', 'Choose the best scheme') },
  { id: 'adjust', label: t('调整技术组合', 'Adjust the combination') },
  { id: 'implement', label: t('实施和验证', 'Implement and verify') },
];
