import { bool, level, num, range, t, text, unknown } from '../fact-builders';
import type { Technology } from '../types';
import { maturityFacts } from './maturity-row';

/** etcd, sqlite and an external database: 17.2.4.3 (maturity) and 17.3.3 (specs). */
export const storage: Technology[] = [
  {
    id: 'etcd',
    layer: 'storage',
    name: 'etcd',
    summary: t(
      'CNCF 毕业项目，Raft 强一致的键值存储，Kubernetes 的默认存储。',
      'CNCF graduated Raft key-value store; the default Kubernetes datastore.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: 47,
          version: '3.5.x',
          cadence: 'quarterly',
          production: 5,
          community: 5,
          maturity: 5,
        },
        '17.2.4.3',
      ),
      nodeRange: range(1, 10000, 'nodes', '17.3.3', { orMore: true }),
      resourceUse: level('high', '17.3.3', t('高（3 节点集群）', 'high (3-node cluster)')),
      latency: num(2, 'ms', '17.3.3', { note: t('网络往返', 'network round trip') }),
      highAvailability: bool(true, '17.3.3', t('强一致（Raft）', 'strongly consistent (Raft)')),
      offline: bool(
        false,
        '17.3.3',
        t(
          '3 节点 Raft 集群经网络往返；17.6.3 的边缘矩阵给 etcd 组合的离线能力 2 星。',
          'a 3-node Raft cluster over network round trips; the 17.6.3 edge matrix rates etcd stacks 2/5 offline.',
        ),
      ),
      scenarios: text('大规模集群', 'large clusters', '17.3.3'),
    },
  },
  {
    id: 'sqlite',
    layer: 'storage',
    name: 'sqlite',
    summary: t(
      '单文件嵌入式数据库，K3s 默认存储：极低资源、本地调用、支持离线。',
      'Single-file embedded database, the K3s default: very low footprint, local calls, works offline.',
    ),
    facts: {
      ...maturityFacts(
        {
          starsK: null,
          version: '3.43.x',
          cadence: 'irregular',
          production: 5,
          community: 5,
          maturity: 5,
        },
        '17.2.4.3',
      ),
      nodeRange: range(1, 1, 'nodes', '17.3.3'),
      resourceUse: level('veryLow', '17.3.3', t('极低（单文件）', 'very low (single file)')),
      latency: num(0.1, 'ms', '17.3.3', { note: t('本地调用', 'local call') }),
      highAvailability: bool(false, '17.3.3', t('单点', 'single point of failure')),
      offline: bool(
        true,
        '17.4.2',
        t('“sqlite 本地存储，支持离线运行”', '"local storage, runs offline"'),
      ),
      scenarios: text('边缘单节点', 'single edge node', '17.3.3'),
    },
  },
  {
    id: 'external-db',
    layer: 'storage',
    name: 'External DB',
    summary: t(
      'K3s 可用的外部数据库后端（共享数据库），适合已有数据库的环境；成熟度表未收录。',
      'An external database backend for K3s (shared database), for sites that already run one; not in the maturity tables.',
    ),
    facts: {
      maturityStars: unknown('不在成熟度表中', 'not in the maturity table', '17.2.4.3'),
      productionStars: unknown('不在成熟度表中', 'not in the maturity table', '17.2.4.3'),
      communityStars: unknown('不在成熟度表中', 'not in the maturity table', '17.2.4.3'),
      nodeRange: range(1, 10000, 'nodes', '17.3.3', { orMore: true }),
      resourceUse: level('medium', '17.3.3', t('中等（共享数据库）', 'medium (shared database)')),
      latency: unknown('依赖数据库', 'depends on the database', '17.3.3'),
      highAvailability: bool(true, '17.3.3', t('高可用', 'highly available')),
      offline: bool(
        false,
        '17.3.3',
        t('依赖外部数据库可达', 'needs the external database to be reachable'),
      ),
      usesExistingDatabase: bool(
        true,
        '17.8.1',
        t('第 4 层：已有数据库 → 外部 DB', 'level 4: existing database → external DB'),
      ),
      scenarios: text('已有数据库环境', 'sites with an existing database', '17.3.3'),
    },
  },
];
