import {
  asReading,
  bool,
  level,
  num,
  quoted,
  range,
  stars,
  t,
  text,
  unknown,
} from '../fact-builders';
import type { Facts, Technology } from '../types';
import { maturityFacts } from './maturity-row';

const notInTable = t(
  '17.2.4.3 的成熟度表只有 etcd、sqlite、flannel、Calico、Cilium 五行，没有外部 DB 一行：种子没有给出这一项，故记为无数值。',
  'The 17.2.4.3 maturity table has five rows (etcd, sqlite, flannel, Calico, Cilium) and none for an external DB: the seed gives no figure, so none is recorded.',
);

/** The maturity facts of the external DB, which 17.2.4.3 leaves out: no figure, as a reading. */
function absentMaturityFacts(): Facts {
  const absent = () =>
    asReading(unknown('不在成熟度表中', 'not in the maturity table', '17.2.4.3'), notInTable, [
      '17.2.4.3',
    ]);
  return { maturityStars: absent(), productionStars: absent(), communityStars: absent() };
}

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
      nodeRange: quoted(range(1, 10000, 'nodes', '17.3.3', { orMore: true }), '1-10000+'),
      resourceUse: quoted(
        level('high', '17.3.3', t('高（3 节点集群）', 'high (3-node cluster)')),
        '高（3 节点集群）',
      ),
      latency: quoted(
        num(2, 'ms', '17.3.3', { note: t('网络往返', 'network round trip') }),
        '2ms（网络往返）',
      ),
      highAvailability: quoted(
        bool(true, '17.3.3', t('强一致（Raft）', 'strongly consistent (Raft)')),
        '✅ 强一致（Raft）',
      ),
      cloudReady: quoted(
        bool(true, '17.8.2', t('AI 推理：etcd（云端）', 'AI inference: etcd (cloud)')),
        'etcd（云端）',
      ),
      offline: asReading(
        stars(2, '17.6.3'),
        t(
          '17.3.3 没有离线一栏。17.6.3 的边缘矩阵给两个 Kubernetes + etcd 组合离线能力 ⭐⭐、两个 K3s + sqlite 组合 ⭐⭐⭐⭐⭐；矩阵本身分不开编排层与存储的作用。17.4.2 把离线能力归于存储（“sqlite 本地存储，支持离线运行”），并允许边缘用嵌入式 etcd，故读作 etcd 的离线能力 2 星（弱，而非没有）。',
          '17.3.3 has no offline column. The 17.6.3 edge matrix rates the two Kubernetes + etcd stacks ⭐⭐ offline and the two K3s + sqlite stacks ⭐⭐⭐⭐⭐; the matrix alone cannot tell orchestration from storage. 17.4.2 credits offline operation to the storage ("sqlite local storage, runs offline") and allows embedded etcd at the edge, so etcd is read as 2 stars offline (weak, not absent).',
        ),
        ['17.6.3', '17.3.3', '17.4.2'],
      ),
      scenarios: quoted(text('大规模集群', 'large clusters', '17.3.3'), '大规模集群'),
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
      nodeRange: quoted(range(1, 1, 'nodes', '17.3.3'), '1'),
      resourceUse: quoted(
        level('veryLow', '17.3.3', t('极低（单文件）', 'very low (single file)')),
        '极低（单文件）',
      ),
      latency: quoted(
        num(0.1, 'ms', '17.3.3', { note: t('本地调用', 'local call') }),
        '0.1ms（本地调用）',
      ),
      highAvailability: quoted(
        bool(false, '17.3.3', t('单点', 'single point of failure')),
        '❌ 单点',
      ),
      edgeReady: quoted(bool(true, '17.3.3', t('边缘单节点', 'single edge node')), '边缘单节点'),
      cloudReady: asReading(
        bool(false, '17.8.2'),
        t(
          '17.8.2 的 AI 推理场景树把 sqlite 标为“（边缘）”，云端一侧选另一项，故读作不适合云端站点（可用但不在规格内）。',
          'The 17.8.2 AI inference tree labels sqlite "(edge)" and picks another option for the cloud, so it is read as out of spec (workable) at cloud sites.',
        ),
        ['17.8.2', '17.3.3'],
      ),
      offline: quoted(
        bool(true, '17.4.2', t('本地存储，支持离线运行', 'local storage, runs offline')),
        'sqlite 本地存储，支持离线运行',
      ),
      scenarios: quoted(text('边缘单节点', 'single edge node', '17.3.3'), '边缘单节点'),
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
      ...absentMaturityFacts(),
      nodeRange: quoted(range(1, 10000, 'nodes', '17.3.3', { orMore: true }), '1-10000+'),
      resourceUse: quoted(
        level('medium', '17.3.3', t('中等（共享数据库）', 'medium (shared database)')),
        '中等（共享数据库）',
      ),
      latency: quoted(unknown('依赖数据库', 'depends on the database', '17.3.3'), '依赖数据库'),
      highAvailability: quoted(bool(true, '17.3.3', t('高可用', 'highly available')), '✅ 高可用'),
      offline: asReading(
        bool(false, '17.3.3'),
        t(
          '种子没有说外部 DB 能否离线。外部（共享）数据库要经网络访问，而 17.4.2 把离线能力归于 sqlite 本地存储，故读作不能离线。',
          "The seed does not say whether an external DB works offline. An external (shared) database is reached over the network, and 17.4.2 credits offline operation to sqlite's local storage, so it is read as not working offline.",
        ),
        ['17.3.3', '17.4.2'],
      ),
      usesExistingDatabase: quoted(
        bool(
          true,
          '17.8.1',
          t('第 4 层：已有数据库 → 外部 DB', 'level 4: existing database → external DB'),
        ),
        'elif 已有数据库: 外部 DB',
      ),
      scenarios: quoted(
        text('已有数据库环境', 'sites with an existing database', '17.3.3'),
        '已有数据库环境',
      ),
    },
  },
];
