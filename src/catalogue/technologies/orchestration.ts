import { asReading, bool, num, quoted, range, t, text } from '../fact-builders';
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
      nodeRange: quoted(range(1, 10000, 'nodes', '17.3.1', { orMore: true }), '1-10000+'),
      controlPlaneMemory: quoted(num(512, 'MB', '17.3.1', { approx: true }), '~512MB 控制平面'),
      bundledComponents: quoted(
        bool(
          false,
          '17.3.1',
          t(
            '网络插件需手动安装（Calico/Cilium/Flannel）',
            'network plugin installed by hand (Calico/Cilium/Flannel)',
          ),
        ),
        '需手动安装（Calico/Cilium/Flannel）',
      ),
      edgeReady: asReading(
        bool(false, '17.8.2'),
        t(
          '17.8.2 的边缘场景树写“编排层: K3s（必须）”，17.3.1 把 Kubernetes 的适用场景写作大规模生产集群，故读作 Kubernetes 不适合边缘站点。',
          'The 17.8.2 edge tree says "orchestration: K3s (required)" and 17.3.1 gives Kubernetes large production clusters, so Kubernetes is read as unfit for edge sites.',
        ),
        ['17.8.2', '17.3.1'],
      ),
      cloudReady: quoted(
        bool(true, '17.8.2', t('AI 推理：Kubernetes（云端）', 'AI inference: Kubernetes (cloud)')),
        'Kubernetes（云端）',
      ),
      alphaApi: quoted(
        bool(
          true,
          '17.3.1',
          t('需要 Alpha API 时选 Kubernetes', 'chosen when Alpha APIs are needed'),
        ),
        'elif 需要 Alpha API: Kubernetes',
      ),
      scenarios: quoted(
        text('大规模生产集群', 'large production clusters', '17.3.1'),
        '大规模生产集群',
      ),
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
      nodeRange: quoted(range(1, 1000, 'nodes', '17.3.1'), '1-1000'),
      controlPlaneMemory: quoted(num(250, 'MB', '17.3.1', { approx: true }), '~250MB 控制平面'),
      bundledComponents: quoted(
        bool(
          true,
          '17.3.1',
          t(
            '内置 flannel；“单二进制 + 内置组件”（17.4.2）',
            'flannel built in; "single binary with built-in components" (17.4.2)',
          ),
        ),
        '内置 flannel',
      ),
      offline: quoted(
        bool(true, '17.5.2', t('工业 IoT 案例', 'the industrial IoT case')),
        'K3s 支持离线运行',
      ),
      edgeReady: quoted(
        bool(true, '17.3.1', t('边缘计算、IoT、小规模集群', 'edge computing, IoT, small clusters')),
        '边缘计算、IoT、小规模集群',
      ),
      cloudReady: asReading(
        bool(false, '17.8.2'),
        t(
          '17.8.2 的 AI 推理场景树把 K3s 标为“（边缘）”，云端一侧选另一项，故读作不适合云端站点（可用但不在规格内）。',
          'The 17.8.2 AI inference tree labels K3s "(edge)" and picks another option for the cloud, so it is read as out of spec (workable) at cloud sites.',
        ),
        ['17.8.2'],
      ),
      alphaApi: asReading(
        bool(false, '17.3.1'),
        t(
          '17.3.1 的选择树在“需要 Alpha API”时改选 Kubernetes，故读作 K3s 不提供 Alpha API。17.7.3 另说 K3s 与 Kubernetes API 100% 兼容，种子本身没有说明二者如何一致。',
          'The 17.3.1 selection tree switches to Kubernetes "if Alpha APIs are needed", so K3s is read as not offering them. 17.7.3 also says K3s is 100% Kubernetes-API compatible; the seed does not reconcile the two.',
        ),
        ['17.3.1', '17.4.1', '17.7.3'],
      ),
      scenarios: quoted(
        text('边缘计算、IoT、小规模集群', 'edge computing, IoT, small clusters', '17.3.1'),
        '边缘计算、IoT、小规模集群',
      ),
    },
  },
];
