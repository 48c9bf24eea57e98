import { t } from './fact-builders';
import type { Derivation, Requirements, Scenario, SectionId, StackPattern } from './types';

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
  site: 'any',
  alphaApi: false,
  gpu: false,
};

/** A derivation the seed states in so many words (`quote` is verbatim from the first section). */
const seed = (zh: string, en: string, sections: SectionId[], quote: string): Derivation => ({
  why: t(zh, en),
  sections,
  quote,
});

/** A reading that still points at the seed's words it interprets (`quote`, verbatim from the first section). */
const quotedReading = (
  zh: string,
  en: string,
  sections: SectionId[],
  quote: string,
): Derivation => ({ why: t(zh, en), sections, quote, reading: true });

/** A derivation that is the app's reading of the seed. */
const reading = (zh: string, en: string, sections: SectionId[]): Derivation => ({
  why: t(zh, en),
  sections,
  reading: true,
});

// 17.6.1's levels, read as 高 = 3, 中 = 2, 低 = 1.
// The quotes are the end of each 17.6.1 row: its last indicator and the weight word.
const ROW_END: Record<string, string> = {
  资源: '存储占用 | 高',
  性能: '吞吐量 | 高',
  规模: '对象数 | 中',
  可用性: '恢复时间 | 中',
  成本: '开发成本 | 中',
  成熟度: '文档完整性 | 低',
};
const EN_NAME: Record<string, string> = {
  资源: 'resource',
  性能: 'performance',
  规模: 'scale',
  可用性: 'availability',
  成本: 'cost',
  成熟度: 'maturity',
};
const high = (dim: string) =>
  seed(
    `17.6.1 的默认权重：高（${dim}）。`,
    `17.6.1's default weight: high (${EN_NAME[dim]!}).`,
    ['17.6.1'],
    ROW_END[dim]!,
  );
const medium = (dim: string) =>
  seed(
    `17.6.1 的默认权重：中（${dim}）。`,
    `17.6.1's default weight: medium (${EN_NAME[dim]!}).`,
    ['17.6.1'],
    ROW_END[dim]!,
  );
const innovationLow = reading(
  '17.6.1：“创新场景权重低”。Wasm 方案是创新方案（17.2.2 成熟度 ⭐⭐⭐–⭐⭐⭐⭐），成熟度保持低（1）。',
  '17.6.1: "innovation scenarios weight it low". The Wasm schemes are the innovative ones (17.2.2 maturity ⭐⭐⭐–⭐⭐⭐⭐), so maturity stays low (1).',
  ['17.6.1', '17.2.2'],
);
const fastStart = seed(
  '“极速冷启动：WasmEdge 启动 < 10ms，满足 Serverless 冷启动要求”——性能敏感场景，性能权重高（3）。',
  '"Instant cold start: WasmEdge starts in < 10 ms, meeting serverless cold-start needs" — a performance-sensitive scenario, so performance weighs high (3).',
  ['17.4.3', '17.6.1'],
  '极速冷启动',
);
const costOptimised = (section: SectionId) =>
  quotedReading(
    '“成本优化：资源占用低，成本优化”读作成本敏感场景（17.6.1），成本权重高（3）。这一论据与资源权重同出于低占用，两者有重叠。',
    '"Cost optimisation: low footprint, optimised cost" is read as a cost-sensitive scenario (17.6.1), so cost weighs high (3). The argument is the same low footprint that resource weighs, so the two overlap.',
    [section, '17.6.1'],
    '成本优化',
  );

const startTimeFocus = (section: SectionId, quote: string) => ({
  facts: ['startTime' as const],
  derivation: quotedReading(
    `${section} 以 WasmEdge 的启动时间（< 10ms）论证性能，本应用据此让性能在该场景下只看启动时间（17.9.2 的 Score(T, S, C) 随场景而变）。`,
    `${section} argues performance with WasmEdge's start time (< 10 ms); the app reads this as performance counting start time only under this scenario (17.9.2's Score(T, S, C) depends on the scenario).`,
    [section, '17.9.2'],
    quote,
  ),
});

// Fresh objects per use: a catalogue is data the user may edit, so no two variants share a pattern.
const k3sSide = (): StackPattern => ({
  orchestration: ['k3s'],
  runtime: ['wasmedge'],
  ociRuntime: ['crun'],
  storage: ['sqlite'],
  network: ['flannel'],
  policy: ['opa-wasm'],
});
const k8sSide = (): StackPattern => ({
  orchestration: ['kubernetes'],
  runtime: ['wasmedge'],
  ociRuntime: ['crun'],
  storage: ['etcd'],
  network: ['calico'],
  policy: ['opa-wasm'],
});

/**
 * The seed's scenarios. Weights start at 17.6.1's levels (高 = 3, 中 = 2, 低 = 1); a
 * dimension moves only where the scenario's own argument (17.4.x) meets the 17.6.1 说明
 * column, and the edge scenario follows 17.6.3's order. Every weight and requirement says
 * where it comes from (`weightDerivation`, `requirementDerivation`); nothing is left at 0.
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
    weightDerivation: {
      resource: high('资源'),
      performance: high('性能'),
      scale: medium('规模'),
      availability: medium('可用性'),
      cost: medium('成本'),
      maturity: seed(
        '17.6.1 的默认权重：低（成熟度）。',
        "17.6.1's default weight: low (maturity).",
        ['17.6.1'],
        ROW_END['成熟度']!,
      ),
    },
    requirements: openRequirements,
    requirementDerivation: {},
    focus: {},
    variants: [
      {
        // With no requirement set, every level of 17.8.1 falls to its default branch.
        id: 'tree-defaults',
        label: t('17.8.1 的默认分支', '17.8.1 default branches'),
        requirements: {},
        stack: {
          orchestration: ['k3s'],
          runtime: ['docker'],
          ociRuntime: ['runc'],
          storage: ['sqlite'],
          network: ['flannel'],
          policy: ['opa-wasm'],
        },
        seedWording: t(
          'K3s（默认）+ Docker + runc（默认，成熟）+ sqlite（默认）+ flannel（默认）+ OPA-Wasm（推荐）',
          'K3s (default) + Docker + runc (default, mature) + sqlite (default) + flannel (default) + OPA-Wasm (recommended)',
        ),
        sections: ['17.8.1'],
      },
    ],
    sources: ['17.6.1'],
  },
  {
    id: 'edge',
    name: t('边缘计算', 'Edge computing'),
    description: t(
      '边缘节点、IoT、5G MEC：资源受限、低延迟、离线。',
      'Edge nodes, IoT, 5G MEC: constrained, low-latency, offline.',
    ),
    weights: { resource: 4, performance: 3, scale: 2, availability: 2, cost: 2, maturity: 1 },
    weightDerivation: {
      resource: quotedReading(
        '17.6.3：资源占用 > 启动时间 > 离线能力 > 成熟度。资源排第一；本应用让它比 17.6.1 的“高”再高一级（4），以保持这一顺序（4 不在 17.6.1 的高/中/低之内）。',
        '17.6.3: footprint > start time > offline > maturity. Resource comes first; the app puts it one step above 17.6.1\'s "high" (4) to keep that order (4 is outside 17.6.1\'s high / medium / low).',
        ['17.6.3', '17.6.1'],
        '资源占用 > 启动时间 > 离线能力 >',
      ),
      performance: seed(
        '17.6.3 排第二的是启动时间：高（3）。',
        '17.6.3 ranks start time second: high (3).',
        ['17.6.3', '17.6.1'],
        '资源占用 > 启动时间',
      ),
      scale: reading(
        '17.6.3 的边缘矩阵不评规模；保持 17.6.1 的“中”（2）。',
        'The 17.6.3 edge matrix does not rate scale; it keeps 17.6.1\'s "medium" (2).',
        ['17.6.3', '17.6.1'],
      ),
      availability: seed(
        '17.6.3 排第三的是离线能力：中（2）。',
        '17.6.3 ranks offline operation third: medium (2).',
        ['17.6.3', '17.6.1'],
        '启动时间 > 离线能力',
      ),
      cost: reading(
        '17.6.3 的边缘矩阵不评成本；保持 17.6.1 的“中”（2）。17.4.2 的“简化部署：单二进制 + 内置组件”是运维成本的论据。',
        'The 17.6.3 edge matrix does not rate cost; it keeps 17.6.1\'s "medium" (2). 17.4.2\'s "simple deployment: single binary with built-in components" is an operations-cost argument.',
        ['17.6.3', '17.6.1', '17.4.2'],
      ),
      maturity: seed(
        '17.6.3 排最后的是成熟度：低（1）。',
        '17.6.3 ranks maturity last: low (1).',
        ['17.6.3', '17.6.1'],
        '离线能力 > 成熟度',
      ),
    },
    requirements: { ...openRequirements, coldStartMs: 10, offline: true, site: 'edge' },
    requirementDerivation: {
      coldStartMs: quotedReading(
        '17.5.1（5G MEC）的技术挑战是“延迟要求 < 10ms”，17.4.2 说 WasmEdge 启动 < 10ms“满足边缘延迟要求”：读作 10 ms 的冷启动上限。',
        'The 5G MEC case (17.5.1) states the challenge "latency requirement < 10 ms", and 17.4.2 says WasmEdge\'s < 10 ms start "meets edge latency needs": read as a 10 ms cold-start bound.',
        ['17.5.1', '17.4.2'],
        '延迟要求 < 10ms',
      ),
      offline: seed(
        '适用场景：“离线或网络不稳定环境”。',
        'Suitable for "offline or unstable networks".',
        ['17.4.2'],
        '离线或网络不稳定环境',
      ),
      site: seed(
        '适用场景：“边缘计算节点（资源受限）”。',
        'Suitable for "edge computing nodes (resource-constrained)".',
        ['17.4.2'],
        '边缘计算节点（资源受限）',
      ),
    },
    focus: { performance: startTimeFocus('17.6.3', '启动时间') },
    variants: [
      {
        id: 'edge',
        label: t('边缘计算技术栈', 'Edge stack'),
        requirements: {},
        // 17.4.2: "存储: sqlite（默认）或嵌入式 etcd" — either storage is the seed's edge stack.
        stack: { ...k3sSide(), storage: ['sqlite', 'etcd'] },
        seedWording: t(
          'K3s + WasmEdge + crun + sqlite（默认）或嵌入式 etcd + flannel（内置）+ OPA-Wasm',
          'K3s + WasmEdge + crun + sqlite (default) or embedded etcd + flannel (built in) + OPA-Wasm',
        ),
        sections: ['17.4.2', '17.8.2', '17.2.2'],
      },
    ],
    schemeMaturity: { scheme: '方案 2：边缘计算', stars: 4 },
    sources: ['17.2.2', '17.4.2', '17.6.3', '17.8.2'],
  },
  {
    id: 'serverless',
    name: t('Serverless', 'Serverless'),
    description: t(
      '函数服务、FaaS、事件驱动：极速冷启动、高密度、自动扩缩容。',
      'Functions, FaaS, event-driven: instant cold start, density, autoscaling.',
    ),
    weights: { resource: 3, performance: 3, scale: 3, availability: 2, cost: 3, maturity: 1 },
    weightDerivation: {
      resource: high('资源'),
      performance: fastStart,
      scale: reading(
        '“高密度部署：单节点可部署 3000 Pod”“自动扩缩容”：17.6.1 的规模指标含 Pod 数，读作规模权重高（3）。',
        '"High-density deployment: 3000 pods on one node" and "autoscaling": 17.6.1 counts pods under scale, read as scale weighing high (3).',
        ['17.4.3', '17.6.1'],
      ),
      availability: medium('可用性'),
      cost: costOptimised('17.4.3'),
      maturity: innovationLow,
    },
    requirements: { ...openRequirements, coldStartMs: 10 },
    requirementDerivation: {
      coldStartMs: seed(
        '17.5.4（Serverless 函数服务）的技术挑战：“极速冷启动 < 10ms”。',
        'The serverless function service (17.5.4) states the challenge "instant cold start < 10 ms".',
        ['17.5.4', '17.4.3'],
        '极速冷启动 < 10ms',
      ),
      nodes: reading(
        '种子没有给小规模 Serverless 的节点数。预设保持 1 个节点（不设限）：它也是 17.3.3 中 sqlite（种子 K3s 一侧的存储）在规格内的唯一规模。从 3 个节点起种子的技术栈就不满足需求，见“种子一致性”。',
        "The seed gives no node count for small serverless. The preset keeps 1 node (no constraint): it is also the only size at which 17.3.3's sqlite, the seed's K3s-side storage, is in spec. From 3 nodes the seed's stack fails the requirements — see Seed conformance.",
        ['17.8.2', '17.3.3'],
      ),
    },
    focus: {
      performance: startTimeFocus('17.4.3', '极速冷启动'),
      scale: {
        facts: ['podDensity'],
        derivation: quotedReading(
          '17.4.3 以单节点 Pod 密度论证规模（“单节点可部署 3000 Pod”），故规模只看 Pod 密度。',
          '17.4.3 argues scale with pods per node ("3000 pods on one node"), so scale counts pod density only.',
          ['17.4.3', '17.9.2'],
          '单节点可部署 3000 Pod',
        ),
      },
    },
    variants: [
      {
        id: 'small',
        label: t('小规模：K3s', 'Small: K3s'),
        requirements: {},
        stack: k3sSide(),
        seedWording: t(
          'K3s（小规模）+ WasmEdge + crun + sqlite（K3s）+ flannel（K3s）+ OPA-Wasm',
          'K3s (small) + WasmEdge + crun + sqlite (K3s) + flannel (K3s) + OPA-Wasm',
        ),
        sections: ['17.8.2', '17.4.3'],
      },
      {
        id: 'large',
        label: t('大规模（> 1000 节点）：Kubernetes', 'Large (> 1000 nodes): Kubernetes'),
        requirements: { nodes: 1001 },
        stack: k8sSide(),
        seedWording: t(
          'Kubernetes（大规模）+ WasmEdge + crun + etcd（Kubernetes）+ Calico（Kubernetes）+ OPA-Wasm',
          'Kubernetes (large) + WasmEdge + crun + etcd (Kubernetes) + Calico (Kubernetes) + OPA-Wasm',
        ),
        sections: ['17.8.2', '17.4.3', '17.4.1'],
      },
    ],
    schemeMaturity: { scheme: '方案 3：Serverless', stars: 4 },
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
    weightDerivation: {
      resource: high('资源'),
      performance: seed(
        '“低延迟推理：WasmEdge 启动 < 10ms，推理延迟 < 50ms”：高（3）。',
        '"Low-latency inference: WasmEdge starts in < 10 ms, inference < 50 ms": high (3).',
        ['17.4.4', '17.6.1'],
        '低延迟推理',
      ),
      scale: medium('规模'),
      availability: medium('可用性'),
      cost: costOptimised('17.4.4'),
      maturity: innovationLow,
    },
    requirements: { ...openRequirements, coldStartMs: 10, gpu: true, site: 'edge' },
    requirementDerivation: {
      coldStartMs: quotedReading(
        '17.4.4：“WasmEdge 启动 < 10ms，推理延迟 < 50ms”。种子没有给 AI 场景的冷启动要求；以 WasmEdge 的启动时间作上限是本应用的解读。',
        '17.4.4: "WasmEdge starts in < 10 ms, inference < 50 ms". The seed states no cold-start requirement for AI; taking WasmEdge\'s start time as the bound is the app\'s reading.',
        ['17.4.4'],
        '启动 < 10ms',
      ),
      gpu: quotedReading(
        '17.8.2：“运行时: WasmEdge + GPU Plugin（必须）”：预设要求能做 GPU 加速的运行时。17.4.4 把 GPU 硬件（CUDA/OpenCL）列为可选。',
        '17.8.2: "Runtime: WasmEdge + GPU Plugin (required)": the preset asks for a GPU-capable runtime. 17.4.4 lists the GPU hardware itself (CUDA/OpenCL) as optional.',
        ['17.8.2', '17.4.4'],
        'WasmEdge + GPU Plugin（必须）',
      ),
      nodes: reading(
        '种子没有给边缘 AI 的节点数。预设保持 1 个节点（不设限），即 17.3.3 中 sqlite 在规格内的唯一规模；从 3 个节点起种子的技术栈就不满足需求，见“种子一致性”。',
        "The seed gives no node count for edge AI. The preset keeps 1 node (no constraint), the only size at which 17.3.3's sqlite is in spec; from 3 nodes the seed's stack fails the requirements — see Seed conformance.",
        ['17.8.2', '17.3.3'],
      ),
      site: seed(
        '“K3s（边缘）or Kubernetes（云端）”：预设取边缘；云端见另一个选项。',
        '"K3s (edge) or Kubernetes (cloud)": the preset takes the edge; the cloud is the other alternative.',
        ['17.8.2'],
        'K3s（边缘）or Kubernetes（云端）',
      ),
    },
    focus: {
      performance: {
        facts: ['startTime', 'latency'],
        derivation: quotedReading(
          '17.4.4 以启动时间与推理延迟论证性能（“WasmEdge 启动 < 10ms，推理延迟 < 50ms”）。目录没有推理延迟的数字，本应用以技术栈自身的延迟事实代替：启动时间与存储往返延迟（17.3.3）；网络吞吐不计。云端的“高吞吐量”（17.4.4）没有建模。',
          '17.4.4 argues performance with start time and inference latency ("WasmEdge starts in < 10 ms, inference < 50 ms"). The catalogue has no inference-latency figure, so the app lets the stack\'s own latency facts stand in: start time and the storage round trip (17.3.3); network throughput does not count. The cloud\'s "high throughput" (17.4.4) is not modelled.',
          ['17.4.4', '17.9.2'],
          '推理延迟 < 50ms',
        ),
      },
    },
    variants: [
      {
        id: 'edge',
        label: t('边缘 AI：K3s', 'Edge AI: K3s'),
        requirements: {},
        stack: k3sSide(),
        seedWording: t(
          'K3s（边缘）+ WasmEdge + GPU Plugin + sqlite（边缘）+ flannel（边缘）+ OPA-Wasm',
          'K3s (edge) + WasmEdge + GPU Plugin + sqlite (edge) + flannel (edge) + OPA-Wasm',
        ),
        sections: ['17.8.2', '17.4.4'],
      },
      {
        id: 'cloud',
        label: t('云端 AI：Kubernetes', 'Cloud AI: Kubernetes'),
        requirements: { site: 'cloud' },
        stack: k8sSide(),
        seedWording: t(
          'Kubernetes（云端）+ WasmEdge + GPU Plugin + etcd（云端）+ Calico（云端）+ OPA-Wasm',
          'Kubernetes (cloud) + WasmEdge + GPU Plugin + etcd (cloud) + Calico (cloud) + OPA-Wasm',
        ),
        sections: ['17.8.2', '17.4.4'],
      },
    ],
    schemeMaturity: { scheme: '方案 5：AI 推理', stars: 3 },
    sources: ['17.2.2', '17.4.4', '17.8.2'],
  },
  {
    id: 'large-scale',
    name: t('大规模生产', 'Large-scale production'),
    description: t(
      '> 1000 节点的生产集群，资源充足，需要完整功能。',
      'Production clusters beyond 1000 nodes with ample resources and the full feature set.',
    ),
    weights: { resource: 2, performance: 2, scale: 3, availability: 2, cost: 2, maturity: 3 },
    weightDerivation: {
      resource: reading(
        '适用场景“资源充足环境”：17.6.1 只在资源受限时把资源权重调高，故降为中（2）。',
        'Suitable for "environments with ample resources": 17.6.1 weighs resource high only when constrained, so it drops to medium (2).',
        ['17.4.1', '17.6.1'],
      ),
      performance: reading(
        '17.2.1：“中等延迟 → Docker + Kubernetes”；17.4.1 不以性能论证，故性能为中（2）。',
        '17.2.1: "moderate latency → Docker + Kubernetes"; 17.4.1 does not argue performance, so performance is medium (2).',
        ['17.2.1', '17.4.1', '17.6.1'],
      ),
      scale: seed(
        '“大规模生产集群（> 1000 节点）”，17.6.1：“大规模场景权重高”（3）。',
        '"Large production clusters (> 1000 nodes)"; 17.6.1: "large-scale scenarios weigh it high" (3).',
        ['17.4.1', '17.6.1'],
        '大规模生产集群（> 1000 节点）',
      ),
      availability: medium('可用性'),
      cost: medium('成本'),
      maturity: reading(
        '“成熟度：所有组件都经过生产验证，成熟稳定”：与 17.6.1 的创新场景相反，成熟度权重高（3）。',
        '"Maturity: every component is production-proven, mature and stable": the opposite of 17.6.1\'s innovation scenario, so maturity weighs high (3).',
        ['17.4.1', '17.6.1'],
      ),
    },
    requirements: { ...openRequirements, nodes: 1001, alphaApi: true },
    requirementDerivation: {
      nodes: seed(
        '“大规模生产集群（> 1000 节点）”：取大于 1000 的最小值 1001。',
        '"Large production clusters (> 1000 nodes)": the least count above 1000, 1001.',
        ['17.4.1'],
        '> 1000 节点',
      ),
      alphaApi: quotedReading(
        '17.4.1 把“需要 Alpha API 支持”列为适用场景之一；预设把它当作需求。它不改变结果：> 1000 节点已排除 K3s。',
        '17.4.1 lists "Alpha API support is needed" among its suitable scenarios; the preset takes it as a requirement. It changes nothing: > 1000 nodes already rules out K3s.',
        ['17.4.1'],
        '需要 Alpha API 支持',
      ),
    },
    focus: {
      scale: {
        facts: ['nodeRange'],
        derivation: quotedReading(
          '17.4.1 以节点数论证规模（“> 1000 节点”“支持大规模集群扩展”），故规模只看节点上限。',
          '17.4.1 argues scale by node count ("> 1000 nodes", "scales to large clusters"), so scale counts the node cap only.',
          ['17.4.1', '17.9.2'],
          '支持大规模集群扩展',
        ),
      },
    },
    variants: [
      {
        id: 'cloud-native',
        label: t('传统云原生技术栈', 'Traditional cloud-native stack'),
        requirements: {},
        stack: {
          orchestration: ['kubernetes'],
          // "Docker + containerd + runc" and "OPA + Gatekeeper": Docker and Gatekeeper include
          // the other half of each conjunction (Technology.includes).
          runtime: ['docker'],
          ociRuntime: ['runc'],
          storage: ['etcd'],
          network: ['calico', 'cilium'],
          policy: ['gatekeeper'],
        },
        seedWording: t(
          'Kubernetes + Docker + containerd + runc + etcd + Calico/Cilium + OPA + Gatekeeper',
          'Kubernetes + Docker + containerd + runc + etcd + Calico/Cilium + OPA + Gatekeeper',
        ),
        sections: ['17.4.1', '17.2.2'],
      },
    ],
    schemeMaturity: { scheme: '方案 1：传统云原生', stars: 5 },
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
    weightDerivation: {
      resource: high('资源'),
      performance: high('性能'),
      scale: medium('规模'),
      availability: medium('可用性'),
      cost: medium('成本'),
      maturity: reading(
        '17.2.2 不给混合方案单独的权重：两层各用本层场景的权重（中心 = 大规模生产，边缘 = 边缘计算）；这里保留 17.6.1 的默认值。',
        "17.2.2 gives the hybrid scheme no weights of its own: each tier uses its own scenario's (central = large-scale, edge = edge computing); the sliders keep 17.6.1's defaults.",
        ['17.2.2', '17.6.1'],
      ),
    },
    requirements: openRequirements,
    requirementDerivation: {},
    focus: {},
    variants: [
      {
        id: 'central',
        label: t('中心层', 'Central tier'),
        requirements: {},
        stack: {
          orchestration: ['kubernetes'],
          runtime: ['docker'],
          ociRuntime: ['runc'],
          storage: ['etcd'],
          network: ['calico'],
          policy: ['opa-wasm'],
        },
        seedWording: t(
          'K8s（中心）+ Docker（中心）+ etcd（中心）+ Calico（中心）+ OPA-Wasm（统一）',
          'K8s (central) + Docker (central) + etcd (central) + Calico (central) + OPA-Wasm (unified)',
        ),
        sections: ['17.2.2'],
      },
      {
        id: 'edge',
        label: t('边缘层', 'Edge tier'),
        requirements: {},
        stack: k3sSide(),
        seedWording: t(
          'K3s（边缘）+ WasmEdge（边缘）+ sqlite（边缘）+ flannel（边缘）+ OPA-Wasm（统一）',
          'K3s (edge) + WasmEdge (edge) + sqlite (edge) + flannel (edge) + OPA-Wasm (unified)',
        ),
        sections: ['17.2.2'],
      },
    ],
    schemeMaturity: { scheme: '方案 4：混合架构', stars: 4 },
    sources: ['17.2.2', '17.5.6'],
    tiers: { central: 'large-scale', edge: 'edge' },
  },
];
