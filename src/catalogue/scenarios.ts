import { t } from './fact-builders';
import type { Requirements, Scenario, StackPattern } from './types';

/** Requirements that constrain nothing: any stack matches. */
export const openRequirements: Requirements = {
  nodes: 1,
  memoryPerNodeMB: null,
  coldStartMs: null,
  offline: false,
  highAvailability: false,
  networkPolicy: 'none',
  policyComplexity: 'none',
  existingDatabase: false,
};

/** 17.4.3 / 17.4.4: WasmEdge + crun with the K3s side (small, edge) or Kubernetes side (large, cloud). */
const wasmEitherSize: StackPattern = {
  orchestration: ['k3s', 'kubernetes'],
  runtime: ['wasmedge'],
  ociRuntime: ['crun'],
  storage: ['sqlite', 'etcd'],
  network: ['flannel', 'calico'],
  policy: ['opa-wasm'],
};

const lowMaturity = {
  dimension: 'maturity' as const,
  why: t('创新场景成熟度权重低（17.6.1）。', 'Innovation scenarios weight maturity low (17.6.1).'),
};

/**
 * The seed's scenarios with their weights. Weights use the 17.6.1 reading 高 = 3, 中 = 2,
 * 低 = 1: a dimension a scenario's argument names is raised to 3, others keep the default.
 * Edge is the exception: 17.6.3 orders its four criteria (资源占用 > 启动时间 > 离线能力 >
 * 成熟度), read as 4/3/2/1, and leaves scale and cost unrated (0).
 */
export const scenarios: Scenario[] = [
  {
    id: 'default',
    name: t('默认权重', 'Seed defaults'),
    description: t(
      '17.6.1 的权重：资源、性能高，规模、可用性、成本中，成熟度低。',
      'The 17.6.1 weights: resource and performance high; scale, availability, cost medium; maturity low.',
    ),
    weights: { resource: 3, performance: 3, scale: 2, availability: 2, cost: 2, maturity: 1 },
    weightRationale: [],
    requirements: openRequirements,
    seedStack: {},
    sources: ['17.6.1'],
  },
  {
    id: 'edge',
    name: t('边缘计算', 'Edge computing'),
    description: t(
      '边缘节点、IoT、5G MEC：资源受限、低延迟、离线。',
      'Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
    ),
    weights: { resource: 4, performance: 3, scale: 0, availability: 2, cost: 0, maturity: 1 },
    weightRationale: [
      {
        dimension: 'resource',
        why: t(
          '17.6.3：资源占用 > 启动时间 > 离线能力 > 成熟度。',
          '17.6.3: footprint > start time > offline > maturity.',
        ),
      },
      {
        dimension: 'scale',
        why: t(
          '17.6.3 的边缘矩阵不评规模与成本。',
          'The 17.6.3 edge matrix rates neither scale nor cost.',
        ),
      },
    ],
    requirements: { ...openRequirements, nodes: 1, coldStartMs: 10, offline: true },
    seedStack: {
      orchestration: ['k3s'],
      runtime: ['wasmedge'],
      ociRuntime: ['crun'],
      storage: ['sqlite'],
      network: ['flannel'],
      policy: ['opa-wasm'],
    },
    sources: ['17.2.2', '17.4.2', '17.6.3', '17.8.2'],
  },
  {
    id: 'serverless',
    name: t('Serverless', 'Serverless'),
    description: t(
      '函数服务、FaaS、事件驱动：极速冷启动、高密度、自动扩缩容。',
      'Functions, FaaS, event-driven: instant cold start, density, autoscaling.',
    ),
    weights: { resource: 2, performance: 3, scale: 3, availability: 2, cost: 3, maturity: 1 },
    weightRationale: [
      {
        dimension: 'performance',
        why: t('极速冷启动（17.4.3）。', 'Instant cold start (17.4.3).'),
      },
      {
        dimension: 'scale',
        why: t('高密度部署、自动扩缩容（17.4.3）。', 'High density and autoscaling (17.4.3).'),
      },
      {
        dimension: 'cost',
        why: t('资源占用低，成本优化（17.4.3）。', 'Low footprint, lower cost (17.4.3).'),
      },
      lowMaturity,
    ],
    requirements: { ...openRequirements, nodes: 10, coldStartMs: 10 },
    seedStack: wasmEitherSize,
    sources: ['17.2.2', '17.4.3', '17.8.2'],
  },
  {
    id: 'ai-inference',
    name: t('AI 推理', 'AI inference'),
    description: t(
      '边缘与云端 AI 推理：低延迟、模型 Wasm 化、GPU 加速。',
      'Edge and cloud AI inference: low latency, Wasm models, GPU acceleration.',
    ),
    weights: { resource: 3, performance: 3, scale: 2, availability: 2, cost: 3, maturity: 1 },
    weightRationale: [
      {
        dimension: 'performance',
        why: t('低延迟推理（17.4.4）。', 'Low-latency inference (17.4.4).'),
      },
      {
        dimension: 'resource',
        why: t('模型 Wasm 化，体积小（17.4.4）。', 'Wasm models are small (17.4.4).'),
      },
      {
        dimension: 'cost',
        why: t('资源占用低，成本优化（17.4.4）。', 'Low footprint, lower cost (17.4.4).'),
      },
      lowMaturity,
    ],
    requirements: { ...openRequirements, nodes: 1, coldStartMs: 10 },
    seedStack: wasmEitherSize,
    sources: ['17.2.2', '17.4.4', '17.8.2'],
  },
  {
    id: 'large-scale',
    name: t('大规模生产', 'Large-scale production'),
    description: t(
      '> 1000 节点的生产集群，资源充足，需要完整功能。',
      'Production clusters beyond 1000 nodes with ample resources and the full feature set.',
    ),
    weights: { resource: 1, performance: 2, scale: 3, availability: 2, cost: 2, maturity: 3 },
    weightRationale: [
      {
        dimension: 'scale',
        why: t('可扩展性：支持大规模集群（17.4.1）。', 'Scalability to large clusters (17.4.1).'),
      },
      {
        dimension: 'maturity',
        why: t('所有组件经过生产验证（17.4.1）。', 'Every component production-proven (17.4.1).'),
      },
      {
        dimension: 'resource',
        why: t('资源充足环境（17.4.1）。', 'Resources are ample (17.4.1).'),
      },
    ],
    requirements: {
      ...openRequirements,
      nodes: 2000,
      highAvailability: true,
      networkPolicy: 'full',
      policyComplexity: 'complex',
    },
    seedStack: {
      orchestration: ['kubernetes'],
      runtime: ['docker', 'containerd'],
      ociRuntime: ['runc'],
      storage: ['etcd'],
      network: ['calico', 'cilium'],
      policy: ['opa', 'gatekeeper'],
    },
    sources: ['17.2.2', '17.4.1', '17.8.1'],
  },
  {
    id: 'hybrid',
    name: t('混合架构', 'Hybrid'),
    description: t(
      '中心 K8s + 边缘 K3s，统一 OPA-Wasm 策略：分别为两层选型。',
      'Central Kubernetes plus edge K3s with one OPA-Wasm policy: each tier chosen on its own.',
    ),
    weights: { resource: 3, performance: 3, scale: 2, availability: 2, cost: 2, maturity: 1 },
    weightRationale: [
      {
        dimension: 'availability',
        why: t(
          '中心与边缘各用本层的权重，见两层结果。',
          'Each tier uses its own weights; see the two tier results.',
        ),
      },
    ],
    requirements: openRequirements,
    seedStack: {
      orchestration: ['kubernetes', 'k3s'],
      runtime: ['docker', 'wasmedge'],
      storage: ['etcd', 'sqlite'],
      network: ['calico', 'flannel'],
      policy: ['opa-wasm'],
    },
    sources: ['17.2.2', '17.5.6'],
    tiers: { central: 'large-scale', edge: 'edge' },
  },
];
