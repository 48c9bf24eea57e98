import { t } from './fact-builders';
import type { Dimension } from './types';

/**
 * The six decision dimensions of 17.6.1. The seed weights them 高/高/中/中/中/低; we read
 * 高 = 3, 中 = 2, 低 = 1 so that "high" counts three times "low" and the default weights
 * sum to 13. Metrics name the catalogue facts that measure each dimension; how a fact
 * becomes a 0..1 score is in engine/normalise.ts, how layers combine in engine/aggregate.ts.
 */
export const dimensions: Dimension[] = [
  {
    id: 'resource',
    name: t('资源', 'Resource'),
    indicators: t('内存占用、CPU 占用、存储占用', 'memory, CPU and storage footprint'),
    seedWeight: 'high',
    seedNote: '资源受限场景权重高',
    defaultWeight: 3,
    metrics: [
      { fact: 'controlPlaneMemory', rule: 'lowerLog' },
      { fact: 'memoryFootprint', rule: 'lowerLog' },
      { fact: 'imageSize', rule: 'lowerLog' },
      { fact: 'resourceUse', rule: 'levelLower' },
      { fact: 'policyMemory', rule: 'lowerLog' },
    ],
    aggregation: 'mean',
    aggregationWhy: t(
      '可加：各层的占用相加，栈的资源分是各层得分的平均。',
      'Additive: every layer’s footprint adds up, so the stack scores the mean of its layers.',
    ),
    source: '17.6.1',
  },
  {
    id: 'performance',
    name: t('性能', 'Performance'),
    indicators: t('启动时间、延迟、吞吐量', 'start time, latency, throughput'),
    seedWeight: 'high',
    seedNote: '性能敏感场景权重高',
    defaultWeight: 3,
    metrics: [
      { fact: 'startTime', rule: 'lowerLog' },
      { fact: 'latency', rule: 'lowerLog' },
      { fact: 'networkPerformance', rule: 'stars' },
      { fact: 'policyLatency', rule: 'lowerLog' },
    ],
    aggregation: 'mean',
    aggregationWhy: t(
      '可加：启动、存储、网络与策略的延迟沿请求路径相加，取各层平均。',
      'Additive: start-up, storage, network and policy delays add up along a request, so the mean of the layers.',
    ),
    source: '17.6.1',
  },
  {
    id: 'scale',
    name: t('规模', 'Scale'),
    indicators: t('节点数、Pod 数、对象数', 'nodes, pods, objects'),
    seedWeight: 'medium',
    seedNote: '大规模场景权重高',
    defaultWeight: 2,
    metrics: [
      { fact: 'nodeRange', rule: 'higherLog' },
      { fact: 'podDensity', rule: 'higherLog' },
    ],
    aggregation: 'capacity',
    aggregationWhy: t(
      '容量：集群节点上限取各层最小值（最弱一环），再乘以每节点 Pod 密度，得到可承载的 Pod 总数（对数刻度）。',
      'Capacity: the cluster’s node cap is the smallest cap of its layers (weakest link), times pods per node, giving the pods it can hold (log scale).',
    ),
    source: '17.6.1',
  },
  {
    id: 'availability',
    name: t('可用性', 'Availability'),
    indicators: t('高可用、离线能力、恢复时间', 'high availability, offline operation, recovery'),
    seedWeight: 'medium',
    seedNote: '关键场景权重高',
    defaultWeight: 2,
    metrics: [
      { fact: 'highAvailability', rule: 'bool', requirement: 'highAvailability' },
      { fact: 'offline', rule: 'rating', requirement: 'offline' },
    ],
    aggregation: 'min',
    aggregationWhy: t(
      '最弱一环：任何一层的单点都会让整个栈不可用。',
      'Weakest link: a single point of failure in any layer takes the whole stack down.',
    ),
    // HA and offline operation pull apart (etcd has one, sqlite the other): when the user
    // requires one of them, only that one is scored (Score(T, S, C), 17.9.2).
    source: '17.6.1',
  },
  {
    id: 'cost',
    name: t('成本', 'Cost'),
    indicators: t('硬件成本、运维成本、开发成本', 'hardware, operations and development cost'),
    seedWeight: 'medium',
    seedNote: '成本敏感场景权重高',
    defaultWeight: 2,
    metrics: [
      { fact: 'bundledComponents', rule: 'bool' },
      { fact: 'podDensity', rule: 'higherLog' },
      { fact: 'resourceUse', rule: 'levelLower' },
      { fact: 'configEase', rule: 'stars' },
    ],
    aggregation: 'mean',
    aggregationWhy: t(
      '可加：各层的硬件与运维成本相加，取各层平均。',
      'Additive: hardware and operations costs of the layers add up, so the mean of the layers.',
    ),
    source: '17.6.1',
  },
  {
    id: 'maturity',
    name: t('成熟度', 'Maturity'),
    indicators: t(
      '社区活跃度、生产验证、文档完整性',
      'community activity, production validation, documentation',
    ),
    seedWeight: 'low',
    seedNote: '创新场景权重低',
    defaultWeight: 1,
    metrics: [
      { fact: 'maturityStars', rule: 'stars' },
      { fact: 'productionStars', rule: 'stars' },
      { fact: 'communityStars', rule: 'stars' },
    ],
    aggregation: 'min',
    aggregationWhy: t(
      '最弱一环：栈的风险由最不成熟的组件决定。',
      'Weakest link: the least mature component sets the risk of the stack.',
    ),
    source: '17.6.1',
  },
];
