import { asReading, bool, policySupport, quoted, range, stars, t, text } from '../fact-builders';
import type { Technology } from '../types';
import { maturityFacts } from './maturity-row';

const easeReading = t(
  '17.3.3 的“配置复杂度”列给 flannel ⭐⭐⭐⭐⭐、Cilium ⭐⭐；flannel 是“零配置”（17.5.1），故星数读作配置简易度（星越多越简单）。',
  'The 17.3.3 "configuration complexity" column gives flannel ⭐⭐⭐⭐⭐ and Cilium ⭐⭐; flannel is "zero-config" (17.5.1), so the stars are read as ease (more stars, simpler).',
);
const smallReading = t(
  '17.3.3 只写“小规模集群”，没有数字；17.4.1 把大规模定义为 > 1000 节点，故上限读作 1000。',
  '17.3.3 only says "small clusters", with no figure; 17.4.1 defines large scale as > 1000 nodes, so the cap is read as 1000.',
);
const largeReading = t(
  '17.3.3 只写“大规模集群”，没有数字；17.2.4.3“大规模 Kubernetes 集群广泛采用”，故上限读作与 Kubernetes 相同（10000+）。',
  '17.3.3 only says "large clusters", with no figure; 17.2.4.3 says "widely used in large Kubernetes clusters", so the cap is read as Kubernetes\' (10000+).',
);
/** The printed 配置复杂度 cell, read as ease of configuration. */
const ease = (value: number) =>
  quoted(asReading(stars(value, '17.3.3'), easeReading, ['17.3.3', '17.5.1']), '⭐'.repeat(value));
/** The 17.3.3 性能 cell as printed. */
const performance = (value: number) => quoted(stars(value, '17.3.3'), '⭐'.repeat(value));
const smallCap = asReading(range(1, 1000, 'nodes', '17.3.3'), smallReading, ['17.3.3', '17.4.1']);
const largeCap = asReading(range(1, 10000, 'nodes', '17.3.3', { orMore: true }), largeReading, [
  '17.3.3',
  '17.2.4.3',
  '17.3.1',
]);

/** flannel, Calico and Cilium: 17.2.4.3 (maturity) and 17.3.3 (specs). */
export const networks: Technology[] = [
  {
    id: 'flannel',
    layer: 'network',
    name: 'flannel',
    summary: t(
      '简单的覆盖网络（VXLAN），K3s 内置，零配置。',
      'Simple overlay network (VXLAN), built into K3s, zero-config.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 8,
          version: '0.22.x',
          cadence: 'irregular',
          production: 4,
          community: 3,
          maturity: 4,
        },
        '17.2.4.3',
      ),
      networkPerformance: performance(3),
      networkPolicy: quoted(policySupport('basic', '17.3.3'), '⚠️ 基础支持'),
      configEase: ease(5),
      nodeRange: smallCap,
      edgeReady: quoted(
        bool(true, '17.8.2', t('边缘：flannel（内置）', 'edge: flannel (built in)')),
        'flannel（内置）',
      ),
      cloudReady: asReading(
        bool(false, '17.8.2'),
        t(
          '17.8.2 的 AI 推理场景树把 flannel 标为“（边缘）”，云端一侧选另一项，故读作不适合云端站点（可用但不在规格内）。',
          'The 17.8.2 AI inference tree labels flannel "(edge)" and picks another option for the cloud, so it is read as out of spec (workable) at cloud sites.',
        ),
        ['17.8.2'],
      ),
      scenarios: quoted(text('小规模集群', 'small clusters', '17.3.3'), '小规模集群'),
    },
  },
  {
    id: 'calico',
    layer: 'network',
    name: 'Calico',
    summary: t(
      '高性能 CNI，完整网络策略，大规模集群。',
      'High-performance CNI with full network policy, for large clusters.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 5,
          version: '3.27.x',
          cadence: 'monthly',
          production: 5,
          community: 4,
          maturity: 5,
        },
        '17.2.4.3',
      ),
      networkPerformance: performance(5),
      networkPolicy: quoted(policySupport('full', '17.3.3'), '✅ 完整支持'),
      configEase: ease(3),
      nodeRange: largeCap,
      cloudReady: quoted(
        bool(true, '17.8.2', t('AI 推理：Calico（云端）', 'AI inference: Calico (cloud)')),
        'Calico（云端）',
      ),
      scenarios: quoted(text('大规模集群', 'large clusters', '17.3.3'), '大规模集群'),
    },
  },
  {
    id: 'cilium',
    layer: 'network',
    name: 'Cilium',
    summary: t(
      'eBPF 网络，L7 策略，现代集群与高安全要求。',
      'eBPF networking with L7 policy, for modern clusters with high security needs.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 17,
          version: '1.14.x',
          cadence: 'monthly',
          production: 5,
          community: 5,
          maturity: 5,
        },
        '17.2.4.3',
      ),
      networkPerformance: performance(5),
      networkPolicy: quoted(policySupport('l7', '17.3.3'), '✅ L7 策略'),
      configEase: ease(2),
      nodeRange: largeCap,
      scenarios: quoted(
        text('现代集群、安全要求高', 'modern clusters, high security needs', '17.3.3'),
        '现代集群、安全要求高',
      ),
    },
  },
];
