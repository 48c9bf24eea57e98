import type { Names } from '../catalogue/names';
import type { Language } from '../catalogue/types';
import type { AbilityCriterion, MatchCheck, MatchCode } from '../engine/types';
import { defineMessages, format } from '../i18n/messages';
import { formatNumber } from '../i18n/numbers';

/** The sentence of every match reason code (engine/match.ts), with its values as placeholders. */
const sentences = defineMessages<MatchCode>({
  en: {
    nodesWithin: '{technology} supports {cap} ≥ {nodes}',
    nodesSoftCap: '{technology} suits small clusters (≤ {cap}); {nodes} required',
    nodesOver: '{technology} supports at most {cap}; {nodes} required',
    coldStartWithin: '{technology} starts in {min}–{max} ms ≤ {bound} ms',
    coldStartPartly: '{technology} starts in {min}–{max} ms; only partly within {bound} ms',
    coldStartOver: '{technology} starts in {min}–{max} ms > {bound} ms',
    starsRating: '{technology} rates {stars} of 5 for {ability}{reading}',
    notStated: 'the seed does not state {ability} for {technology}',
    boolYes: '{technology} supports {ability}{note}',
    boolNo: '{technology} lacks {ability}{note}',
    networkPolicy: '{technology} network policy: {level}; required: {required}',
    complexPolicies: '{technology} handles complex policies{reading}',
    simplePolicies:
      '{technology} suits simple policies (complex ones call for OPA, 17.3.4){reading}',
    reusesDatabase: '{technology} reuses the existing database',
    ownDatabase:
      '{technology} does not reuse the existing database (17.8.1: existing DB → external DB)',
    edgeSuits: '{technology} suits edge sites{reading}',
    edgeUnfit:
      '{technology} does not suit edge sites (17.8.2: edge orchestration is K3s, required){reading}',
    cloudSuits: '{technology} suits cloud sites{reading}',
    cloudEdgeSide:
      '17.8.2 places {technology} on the edge side; the cloud side picks another{reading}',
    alphaOffers: '{technology} offers Alpha APIs{reading}',
    alphaElsewhere: '17.3.1: Alpha APIs call for Kubernetes, not {technology}{reading}',
    memoryFootprint:
      'about {low}–{high} MB per node (control plane + runtime + policy); budget {budget} MB',
  },
  zh: {
    nodesWithin: '{technology} 支持 {cap} ≥ {nodes}',
    nodesSoftCap: '{technology} 适合小规模集群（≤ {cap}），需求 {nodes}',
    nodesOver: '{technology} 至多 {cap}，需求 {nodes}',
    coldStartWithin: '{technology} 启动 {min}–{max} ms ≤ {bound} ms',
    coldStartPartly: '{technology} 启动 {min}–{max} ms，仅部分 ≤ {bound} ms',
    coldStartOver: '{technology} 启动 {min}–{max} ms > {bound} ms',
    starsRating: '{technology} 的{ability}为 {stars}（5 星制）{reading}',
    notStated: '种子文档未说明 {technology} 的{ability}',
    boolYes: '{technology} 支持{ability}{note}',
    boolNo: '{technology} 不支持{ability}{note}',
    networkPolicy: '{technology} 网络策略：{level}，需求：{required}',
    complexPolicies: '{technology} 适合复杂策略{reading}',
    simplePolicies: '{technology} 适合简单策略（复杂策略选 OPA，17.3.4）{reading}',
    reusesDatabase: '{technology} 复用已有数据库',
    ownDatabase: '{technology} 不复用已有数据库（17.8.1：已有数据库 → 外部 DB）',
    edgeSuits: '{technology} 适合边缘站点{reading}',
    edgeUnfit: '{technology} 不适合边缘站点（17.8.2：边缘编排层 K3s（必须））{reading}',
    cloudSuits: '{technology} 适合云端站点{reading}',
    cloudEdgeSide: '17.8.2 把 {technology} 放在边缘一侧，云端另有选择{reading}',
    alphaOffers: '{technology} 提供 Alpha API{reading}',
    alphaElsewhere: '17.3.1：需要 Alpha API 时选 Kubernetes，而非 {technology}{reading}',
    memoryFootprint: '每节点约 {low}–{high} MB（控制平面 + 运行时 + 策略），预算 {budget} MB',
  },
});

/** The pieces the sentences share: node counts, abilities, the reading mark, a fact's note. */
const words = defineMessages<AbilityCriterion | 'node' | 'nodes' | 'orMore' | 'reading' | 'note'>({
  en: {
    node: '{n} node',
    nodes: '{n} nodes',
    orMore: '{n}+',
    offline: 'offline operation',
    highAvailability: 'high availability',
    gpu: 'GPU acceleration',
    reading: ' (a reading)',
    note: ' ({note})',
  },
  zh: {
    node: '{n} 节点',
    nodes: '{n} 节点',
    orMore: '{n}+',
    offline: '离线运行',
    highAvailability: '高可用',
    gpu: 'GPU 加速',
    reading: '（解读）',
    note: '（{note}）',
  },
});

// Node counts are grouped the same way in both languages ("1,000 节点"), as the seed prints them.
const grouped = (n: number) => formatNumber(n, 'en');

/**
 * A match check's reason as a sentence in `lang`: the code's sentence with its values filled in,
 * the technology named through `names` (a technology the user added reads the same way).
 */
export function matchReason(check: MatchCheck, lang: Language, names: Names): string {
  const w = words[lang];
  const template = sentences[lang][check.code];
  switch (check.criterion) {
    case 'memory':
      return format(template, check.values);
    case 'nodes': {
      const { cap, orMore, nodes } = check.values;
      const count = orMore ? format(w.orMore, { n: grouped(cap) }) : grouped(cap);
      return format(template, {
        technology: names.technology(check.values.technology),
        cap: format(cap === 1 && !orMore ? w.node : w.nodes, { n: count }),
        nodes: grouped(nodes),
      });
    }
    case 'offline':
    case 'highAvailability':
    case 'gpu': {
      const { values } = check;
      return format(template, {
        technology: names.technology(values.technology),
        ability: w[check.criterion],
        stars: check.code === 'starsRating' ? '⭐'.repeat(check.values.stars) : '',
        reading: values.reading ? w.reading : '',
        note: values.reading
          ? w.reading
          : 'note' in values && values.note
            ? format(w.note, { note: values.note[lang] })
            : '',
      });
    }
    default: {
      const { technology, ...rest } = check.values;
      return format(template, {
        ...rest,
        technology: names.technology(technology),
        reading: check.values.reading ? w.reading : '',
      });
    }
  }
}
