import type { LocalizedText, Requirements } from '../catalogue/types';

/** The yes/no questions the seed's decision trees ask (17.8), answered from R and the scenario. */
export interface TreeSignals {
  /** Level 1 of 17.8.1 (场景识别): the edge scenario, or an edge site with no other scenario named. */
  edgeScenario: boolean;
  /** An edge setting: the edge scenario, an edge site or offline operation (levels 2–4, 17.3.1). */
  edge: boolean;
  cloud: boolean;
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
  alphaApi: boolean;
  traditionalContainers: boolean;
}

/** The large-scale threshold: 17.4.1 defines 大规模生产集群 as > 1000 nodes. */
export const LARGE_SCALE_NODES = 1000;
/** Docker + runc starts in 1–2 s (17.3.2): a bound below 1 s needs Wasm. */
export const FAST_START_MS = 1000;
/** Per-node footprint of the 17.4.1 stack at its range minimums: K8s ~512 + Docker 18 + Gatekeeper 30 MB. */
export const CONSTRAINED_MEMORY_MB = 560;

/** What each signal means, for the diagrams and the "why" texts. */
export const SIGNAL_TEXT: Record<keyof TreeSignals, LocalizedText> = {
  edgeScenario: { zh: '边缘场景', en: 'edge scenario' },
  edge: {
    zh: '边缘场景（边缘站点或需离线运行）',
    en: 'edge scenario (edge site or offline operation)',
  },
  cloud: { zh: '云端', en: 'cloud site' },
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
  singleNode: { zh: '边缘单节点（边缘场景且 1 个节点）', en: 'single edge node (edge and 1 node)' },
  existingDatabase: { zh: '已有数据库', en: 'an existing database' },
  smallCluster: {
    zh: `小规模集群（≤ ${LARGE_SCALE_NODES} 节点）`,
    en: `small cluster (≤ ${LARGE_SCALE_NODES} nodes)`,
  },
  networkPolicy: { zh: '需要网络策略', en: 'network policy needed' },
  complexPolicy: { zh: '复杂策略', en: 'complex policies' },
  simplePolicy: { zh: '简单策略', en: 'simple policies' },
  alphaApi: { zh: '需要 Alpha API', en: 'Alpha APIs needed' },
  traditionalContainers: {
    zh: '传统容器需求',
    en: 'traditional container needs',
  },
};

/**
 * The signals whose threshold or test is the app's reading rather than the seed's words,
 * with why: they carry a reading badge wherever a tree shows them.
 */
export const SIGNAL_READINGS: Partial<Record<keyof TreeSignals, LocalizedText>> = {
  edgeScenario: {
    zh: '第 1 层识别场景：选定的 Serverless、AI 推理或大规模场景按其名称识别，即使部署在边缘站点；未选定这些场景时，边缘站点或需离线运行算作边缘场景（17.4.2）。',
    en: 'Level 1 identifies the scenario: a chosen serverless, AI inference or large-scale scenario is identified by its name even at an edge site; otherwise an edge site or offline operation counts as the edge scenario (17.4.2).',
  },
  edge: {
    zh: '17.4.2 把“离线或网络不稳定环境”列为边缘场景，故需离线运行也算边缘场景。',
    en: '17.4.2 lists "offline or unstable networks" among edge settings, so needing offline operation counts as the edge scenario.',
  },
  resourceConstrained: {
    zh: `种子没有给“资源受限”的数字；${CONSTRAINED_MEMORY_MB} MB 是 17.4.1 技术栈按 17.3 下限的每节点占用（K8s ~512 + Docker 18 + Gatekeeper 30 MB），低于它就装不下传统栈。`,
    en: `The seed gives no figure for "resource-constrained"; ${CONSTRAINED_MEMORY_MB} MB is the 17.4.1 stack's per-node footprint at its 17.3 minimums (K8s ~512 + Docker 18 + Gatekeeper 30 MB): below it the traditional stack does not fit.`,
  },
  fastStart: {
    zh: `种子没有给“极速冷启动”的数字；Docker + runc 启动 1–2 s（17.3.2），所以低于 ${FAST_START_MS} ms 的上限只有 Wasm 能满足。`,
    en: `The seed gives no figure for "instant cold start"; Docker + runc starts in 1–2 s (17.3.2), so only Wasm meets a bound below ${FAST_START_MS} ms.`,
  },
  smallCluster: {
    zh: '17.3.3 只写“小规模集群”，没有数字；17.4.1 把大规模定义为 > 1000 节点，故小规模读作 ≤ 1000 节点。',
    en: '17.3.3 only says "small clusters", with no figure; 17.4.1 defines large scale as > 1000 nodes, so small is read as ≤ 1000 nodes.',
  },
  highDensity: {
    zh: '读作 Serverless 场景（17.4.3“高密度部署”）。',
    en: 'Read as the serverless scenario (17.4.3 "high-density deployment").',
  },
  traditionalContainers: {
    zh: '没有输入表达“传统容器需求”，此分支从不触发；它与默认分支给出同一个 Docker + runc。',
    en: 'No input expresses "traditional container needs", so this branch never fires; it gives the same Docker + runc as the default branch.',
  },
};

/** Scenarios that 17.8.1's level 1 identifies by name before any edge setting counts. */
const NAMED_SCENARIOS = new Set(['serverless', 'ai-inference', 'large-scale']);

/** Answers every tree question from the requirements and the active scenario id. */
export function treeSignals(req: Requirements, scenarioId: string | null): TreeSignals {
  const edgeSetting = req.site === 'edge' || req.offline;
  const edge = scenarioId === 'edge' || edgeSetting;
  return {
    edgeScenario: scenarioId === 'edge' || (edgeSetting && !NAMED_SCENARIOS.has(scenarioId ?? '')),
    edge,
    cloud: req.site === 'cloud',
    resourceConstrained:
      req.memoryPerNodeMB !== null && req.memoryPerNodeMB < CONSTRAINED_MEMORY_MB,
    serverless: scenarioId === 'serverless',
    aiInference: scenarioId === 'ai-inference',
    largeScale: req.nodes > LARGE_SCALE_NODES,
    fastStart: req.coldStartMs !== null && req.coldStartMs < FAST_START_MS,
    highDensity: scenarioId === 'serverless',
    singleNode: edge && req.nodes === 1,
    existingDatabase: req.existingDatabase,
    smallCluster: req.nodes <= LARGE_SCALE_NODES,
    networkPolicy: req.networkPolicy !== 'none',
    complexPolicy: req.policyComplexity === 'complex',
    simplePolicy: req.policyComplexity === 'simple',
    alphaApi: req.alphaApi,
    // No input asks for "传统容器需求"; its branch gives the same Docker + runc as the default.
    traditionalContainers: false,
  };
}
