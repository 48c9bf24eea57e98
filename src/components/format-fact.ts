import type { Fact, FactKey, Language, LocalizedText } from '../catalogue/types';
import { formatNumber } from '../i18n/numbers';

/** Display names of every fact key, both languages. */
export const FACT_LABELS: Record<FactKey, LocalizedText> = {
  githubStars: { zh: 'GitHub Stars', en: 'GitHub stars' },
  latestVersion: { zh: '最新版本', en: 'Latest version' },
  releaseCadence: { zh: '发布频率', en: 'Release cadence' },
  productionStars: { zh: '生产验证', en: 'Production validation' },
  communityStars: { zh: '社区活跃度', en: 'Community activity' },
  maturityStars: { zh: '成熟度评分', en: 'Maturity' },
  nodeRange: { zh: '节点数范围', en: 'Node range' },
  controlPlaneMemory: { zh: '控制平面内存', en: 'Control-plane memory' },
  bundledComponents: { zh: '内置组件', en: 'Bundled components' },
  imageSize: { zh: '镜像体积', en: 'Image size' },
  startTime: { zh: '启动时间', en: 'Start time' },
  memoryFootprint: { zh: '内存占用', en: 'Memory footprint' },
  podDensity: { zh: 'Pod 密度', en: 'Pod density' },
  latency: { zh: '网络延迟', en: 'Latency' },
  resourceUse: { zh: '资源占用', en: 'Resource use' },
  highAvailability: { zh: '高可用', en: 'High availability' },
  offline: { zh: '离线能力', en: 'Offline operation' },
  networkPerformance: { zh: '性能', en: 'Network performance' },
  networkPolicy: { zh: '网络策略', en: 'Network policy' },
  configEase: { zh: '配置简易度', en: 'Ease of configuration' },
  policyLanguage: { zh: '策略语言', en: 'Policy language' },
  complexPolicies: { zh: '复杂策略', en: 'Complex policies' },
  policyLatency: { zh: '执行性能', en: 'Execution latency' },
  policyMemory: { zh: '资源占用', en: 'Memory use' },
  integration: { zh: '集成方式', en: 'Integration' },
  usesExistingDatabase: { zh: '复用已有数据库', en: 'Reuses an existing database' },
  alphaApi: { zh: 'Alpha API', en: 'Alpha APIs' },
  gpuAcceleration: { zh: 'GPU 加速', en: 'GPU acceleration' },
  edgeReady: { zh: '边缘站点', en: 'Edge sites' },
  cloudReady: { zh: '云端站点', en: 'Cloud sites' },
  scenarios: { zh: '适用场景', en: 'Suitable scenarios' },
};

const LEVELS: Record<string, LocalizedText> = {
  veryLow: { zh: '极低', en: 'very low' },
  low: { zh: '低', en: 'low' },
  medium: { zh: '中等', en: 'medium' },
  high: { zh: '高', en: 'high' },
  veryHigh: { zh: '极高', en: 'very high' },
};

const POLICY: Record<string, LocalizedText> = {
  none: { zh: '无', en: 'none' },
  basic: { zh: '基础支持', en: 'basic' },
  full: { zh: '完整支持', en: 'full' },
  l7: { zh: 'L7 策略', en: 'L7' },
};

const UNITS: Record<string, LocalizedText> = {
  MB: { zh: 'MB', en: 'MB' },
  ms: { zh: 'ms', en: 'ms' },
  nodes: { zh: '节点', en: 'nodes' },
  node: { zh: '节点', en: 'node' },
  'pods/node': { zh: 'Pod/节点', en: 'pods/node' },
  stars: { zh: '', en: '' },
};

function withUnit(text: string, unit: string, lang: Language): string {
  const u = UNITS[unit]?.[lang] ?? unit;
  return u ? `${text} ${u}` : text;
}

/** A fact as the seed prints it, e.g. "6–10 ms", "~512 MB", "1–10,000+ nodes", "★★★★☆", "✓". */
export function formatFact(fact: Fact, lang: Language): string {
  switch (fact.kind) {
    case 'number': {
      const n = `${fact.approx ? '~' : ''}${formatNumber(fact.value, lang, 2)}${fact.orMore ? '+' : ''}`;
      return withUnit(n, fact.unit, lang);
    }
    case 'range': {
      // A range of one value (sqlite's "1" node, 17.3.3) reads as that value, in the singular.
      if (fact.min === fact.max && !fact.orMore) {
        const unit = fact.unit === 'nodes' && fact.min === 1 && lang === 'en' ? 'node' : fact.unit;
        return withUnit(formatNumber(fact.min, lang, 2), unit, lang);
      }
      const n = `${formatNumber(fact.min, lang, 2)}–${formatNumber(fact.max, lang, 2)}${fact.orMore ? '+' : ''}`;
      return withUnit(n, fact.unit, lang);
    }
    case 'stars':
      return '★'.repeat(fact.value) + '☆'.repeat(5 - fact.value);
    case 'bool':
      return fact.value ? (lang === 'zh' ? '✓ 是' : '✓ yes') : lang === 'zh' ? '✗ 否' : '✗ no';
    case 'level':
      return LEVELS[fact.value]![lang];
    case 'policySupport':
      return POLICY[fact.value]![lang];
    case 'text':
    case 'unknown':
      return fact.value[lang];
  }
}
