import { bool, num, range, t, text } from '../fact-builders';
import type { Technology } from '../types';
import { maturityFacts } from './maturity-row';

/** Kubernetes and K3s: 17.2.4.1 (maturity) and 17.3.1 (specs). */
export const orchestration: Technology[] = [
  {
    id: 'kubernetes',
    layer: 'orchestration',
    name: 'Kubernetes',
    summary: t(
      'CNCF 毕业项目，全球最大容器编排社区；支持 > 1000 节点的大规模生产集群。',
      'CNCF graduated, the largest orchestration community; runs large production clusters beyond 1000 nodes.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 110,
          version: '1.30.x',
          cadence: 'quarterly3',
          production: 5,
          community: 5,
          maturity: 5,
        },
        '17.2.4.1',
      ),
      nodeRange: range(1, 10000, 'nodes', '17.3.1', { orMore: true }),
      controlPlaneMemory: num(512, 'MB', '17.3.1', { approx: true }),
      bundledComponents: bool(
        false,
        '17.3.1',
        t(
          '网络插件需手动安装（Calico/Cilium/Flannel）',
          'network plugin installed by hand (Calico/Cilium/Flannel)',
        ),
      ),
      scenarios: text('大规模生产集群', 'large production clusters', '17.3.1'),
    },
  },
  {
    id: 'k3s',
    layer: 'orchestration',
    name: 'K3s',
    summary: t(
      '轻量 Kubernetes 发行版（Rancher/SUSE），单二进制、内置 flannel，适合边缘与 IoT。',
      'Lightweight Kubernetes (Rancher/SUSE): single binary with built-in flannel, for edge and IoT.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 25,
          version: t('1.30.4+k3s1（2025 稳定版）', '1.30.4+k3s1 (2025 stable)'),
          cadence: 'monthly',
          production: 4,
          community: 4,
          maturity: 4,
        },
        '17.2.4.1',
      ),
      nodeRange: range(1, 1000, 'nodes', '17.3.1'),
      controlPlaneMemory: num(250, 'MB', '17.3.1', { approx: true }),
      bundledComponents: bool(
        true,
        '17.4.2',
        t(
          '单二进制 + 内置组件（内置 flannel，17.3.1）',
          'single binary with built-in components (flannel built in, 17.3.1)',
        ),
      ),
      offline: bool(
        true,
        '17.5.2',
        t('“K3s 支持离线运行”', 'the industrial IoT case: K3s runs offline'),
      ),
      scenarios: text('边缘计算、IoT、小规模集群', 'edge computing, IoT, small clusters', '17.3.1'),
    },
  },
];
