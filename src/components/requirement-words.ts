import type { Language, Requirements } from '../catalogue/types';
import { defineMessages } from '../i18n/messages';
import { formatNumber } from '../i18n/numbers';

/** A field of the requirement set R (17.9.3). */
export type RequirementKey = keyof Requirements;
/** The value of any requirement field. */
export type RequirementValue = Requirements[RequirementKey];

type RequirementWord =
  Requirements['site'] | Requirements['networkPolicy'] | Requirements['policyComplexity'];

/** Every requirement's label, as the requirements panel shows it; the type demands one per field. */
const labels = defineMessages<RequirementKey>({
  en: {
    nodes: 'Nodes',
    memoryPerNodeMB: 'Memory per node',
    coldStartMs: 'Cold-start bound',
    site: 'Site',
    offline: 'Must run offline',
    highAvailability: 'High availability',
    existingDatabase: 'Existing database to reuse',
    alphaApi: 'Needs Alpha APIs',
    gpu: 'GPU acceleration',
    networkPolicy: 'Network policy',
    policyComplexity: 'Policy complexity',
  },
  zh: {
    nodes: '节点数',
    memoryPerNodeMB: '每节点内存',
    coldStartMs: '冷启动上限',
    site: '部署位置',
    offline: '必须离线运行',
    highAvailability: '高可用',
    existingDatabase: '复用已有数据库',
    alphaApi: '需要 Alpha API',
    gpu: '需要 GPU 加速',
    networkPolicy: '网络策略',
    policyComplexity: '策略复杂度',
  },
});

/** The words for requirement values inside a sentence or a table cell (lower case). */
const values = defineMessages<RequirementWord | 'yes' | 'no' | 'noLimit'>({
  en: {
    yes: 'yes',
    no: 'no',
    noLimit: 'no limit',
    any: 'any',
    edge: 'edge',
    cloud: 'cloud',
    none: 'none',
    basic: 'basic',
    full: 'full',
    l7: 'L7',
    simple: 'simple',
    complex: 'complex',
  },
  zh: {
    yes: '是',
    no: '否',
    noLimit: '不限',
    any: '不限',
    edge: '边缘',
    cloud: '云端',
    none: '无',
    basic: '基础',
    full: '完整',
    l7: 'L7',
    simple: '简单',
    complex: '复杂',
  },
});

/** The unit of each figure-valued requirement. */
export const REQUIREMENT_UNITS = {
  memoryPerNodeMB: 'MB',
  coldStartMs: 'ms',
} as const satisfies Partial<Record<RequirementKey, string>>;

/** The label of a requirement, as the requirements panel words it. */
export function requirementLabel(key: RequirementKey, lang: Language): string {
  return labels[lang][key];
}

/** A requirement's value for display: figures with their unit, "no limit" for null, words otherwise. */
export function requirementValue(
  key: RequirementKey,
  value: RequirementValue,
  lang: Language,
): string {
  const m = values[lang];
  if (value === null) return m.noLimit;
  if (typeof value === 'number') {
    const unit = Object.hasOwn(REQUIREMENT_UNITS, key)
      ? REQUIREMENT_UNITS[key as keyof typeof REQUIREMENT_UNITS]
      : null;
    return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang);
  }
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  return Object.hasOwn(m, value) ? m[value] : value;
}
