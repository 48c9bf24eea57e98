import type { LocalizedText, Requirements } from '../catalogue/types';

/** The yes/no questions the seed's decision trees ask (17.8), answered from R and the scenario. */
export interface TreeSignals {
  edge: boolean;
  resourceConstrained: boolean;
  serverless: boolean;
  aiInference: boolean;
  largeScale: boolean;
  fastStart: boolean;
  highDensity: boolean;
  singleNode: boolean;
  existingDatabase: boolean;
  smallCluster: boolean;
  networkPolicy: boolean;
  complexPolicy: boolean;
  simplePolicy: boolean;
}

/** The large-scale threshold: 17.4.1 defines 大规模生产集群 as > 1000 nodes. */
export const LARGE_SCALE_NODES = 1000;
/** Docker + runc starts in 1–2 s (17.3.2): a bound below 1 s needs Wasm. */
export const FAST_START_MS = 1000;
/** Per-node footprint of the 17.4.1 stack at its range minimums: K8s ~512 + Docker 18 + Gatekeeper 30 MB. */
export const CONSTRAINED_MEMORY_MB = 560;

/** What each signal means, for the diagrams and the "why" texts. */
export const SIGNAL_TEXT: Record<keyof TreeSignals, LocalizedText> = {
  edge: { zh: '边缘场景（或需离线运行）', en: 'edge scenario (or offline operation)' },
  resourceConstrained: {
    zh: `资源受限（每节点 < ${CONSTRAINED_MEMORY_MB} MB）`,
    en: `resource-constrained (< ${CONSTRAINED_MEMORY_MB} MB per node)`,
  },
  serverless: { zh: 'Serverless / FaaS', en: 'serverless / FaaS' },
  aiInference: { zh: 'AI 推理', en: 'AI inference' },
  largeScale: {
    zh: `大规模（> ${LARGE_SCALE_NODES} 节点）`,
    en: `large scale (> ${LARGE_SCALE_NODES} nodes)`,
  },
  fastStart: {
    zh: `极速冷启动（< ${FAST_START_MS} ms）`,
    en: `instant cold start (< ${FAST_START_MS} ms)`,
  },
  highDensity: { zh: '高密度部署', en: 'high-density deployment' },
  singleNode: { zh: '边缘单节点', en: 'single edge node' },
  existingDatabase: { zh: '已有数据库', en: 'an existing database' },
  smallCluster: {
    zh: `小规模集群（≤ ${LARGE_SCALE_NODES} 节点）`,
    en: `small cluster (≤ ${LARGE_SCALE_NODES} nodes)`,
  },
  networkPolicy: { zh: '需要网络策略', en: 'network policy needed' },
  complexPolicy: { zh: '复杂策略', en: 'complex policies' },
  simplePolicy: { zh: '简单策略', en: 'simple policies' },
};

/** Answers every tree question from the requirements and the active scenario id. */
export function treeSignals(req: Requirements, scenarioId: string | null): TreeSignals {
  return {
    edge: scenarioId === 'edge' || req.offline,
    resourceConstrained:
      req.memoryPerNodeMB !== null && req.memoryPerNodeMB < CONSTRAINED_MEMORY_MB,
    serverless: scenarioId === 'serverless',
    aiInference: scenarioId === 'ai-inference',
    largeScale: req.nodes > LARGE_SCALE_NODES,
    fastStart: req.coldStartMs !== null && req.coldStartMs < FAST_START_MS,
    highDensity: scenarioId === 'serverless',
    singleNode: req.nodes === 1,
    existingDatabase: req.existingDatabase,
    smallCluster: req.nodes <= LARGE_SCALE_NODES,
    networkPolicy: req.networkPolicy !== 'none',
    complexPolicy: req.policyComplexity === 'complex',
    simplePolicy: req.policyComplexity === 'simple',
  };
}
