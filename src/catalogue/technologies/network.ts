import { policySupport, range, stars, t, text } from '../fact-builders';
import type { Technology } from '../types';
import { maturityFacts } from './maturity-row';

const easeNote = t(
  '17.3.3 的“配置复杂度”列：flannel ⭐⭐⭐⭐⭐、Cilium ⭐⭐。flannel 是“零配置”（17.5.1），故星数读作配置简易度。',
  'The 17.3.3 "configuration complexity" column rates flannel ⭐⭐⭐⭐⭐ and Cilium ⭐⭐; flannel is "zero-config" (17.5.1), so stars read as ease.',
);
const smallNote = t(
  '17.3.3 写“小规模集群”；17.4.1 把大规模定义为 > 1000 节点，故上限取 1000。',
  '17.3.3 says "small clusters"; 17.4.1 defines large scale as > 1000 nodes, so the cap is 1000.',
);
const largeNote = t(
  '17.3.3 写“大规模集群”，17.2.4.3“大规模 Kubernetes 集群广泛采用”；上限同 Kubernetes（10000+）。',
  '17.3.3 says "large clusters" and 17.2.4.3 "widely used in large Kubernetes clusters"; cap as Kubernetes (10000+).',
);

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
      networkPerformance: stars(3, '17.3.3'),
      networkPolicy: policySupport('basic', '17.3.3'),
      configEase: stars(5, '17.3.3', easeNote),
      nodeRange: range(1, 1000, 'nodes', '17.3.3', { note: smallNote }),
      scenarios: text('小规模集群', 'small clusters', '17.3.3'),
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
      networkPerformance: stars(5, '17.3.3'),
      networkPolicy: policySupport('full', '17.3.3'),
      configEase: stars(3, '17.3.3', easeNote),
      nodeRange: range(1, 10000, 'nodes', '17.3.3', { orMore: true, note: largeNote }),
      scenarios: text('大规模集群', 'large clusters', '17.3.3'),
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
      networkPerformance: stars(5, '17.3.3'),
      networkPolicy: policySupport('l7', '17.3.3'),
      configEase: stars(2, '17.3.3', easeNote),
      nodeRange: range(1, 10000, 'nodes', '17.3.3', { orMore: true, note: largeNote }),
      scenarios: text('现代集群、安全要求高', 'modern clusters, high security needs', '17.3.3'),
    },
  },
];
