import { FACT_KEYS } from '../catalogue/ids';
import type { FactKey, Language, LocalizedText } from '../catalogue/types';
import { FACT_LABELS } from './format-fact';

/**
 * Readable names of the catalogue's item fields, as a diff names them ("summary",
 * "facts.startTime"): what "Changes against the seed" and the import preview show instead of
 * the path.
 */
const FIELD_LABELS: Record<string, LocalizedText> = {
  id: { en: 'Id', zh: '标识' },
  layer: { en: 'Layer', zh: '层' },
  name: { en: 'Name', zh: '名称' },
  summary: { en: 'Summary', zh: '简介' },
  facts: { en: 'Facts', zh: '事实' },
  includes: { en: 'Technologies it stands for', zh: '所含技术' },
  entered: { en: 'Source entered', zh: '录入来源' },
  source: { en: 'Source', zh: '来源' },
  indicators: { en: 'What it measures', zh: '评估指标' },
  seedWeight: { en: 'Seed weight', zh: '种子权重' },
  seedNote: { en: 'Seed note', zh: '种子说明' },
  defaultWeight: { en: 'Default weight', zh: '默认权重' },
  metrics: { en: 'Metrics', zh: '指标' },
  aggregation: { en: 'How layers combine', zh: '各层如何合成' },
  aggregationWhy: { en: 'Why layers combine so', zh: '合成方式依据' },
  severity: { en: 'Kind of rule', zh: '规则类型' },
  when: { en: 'Technologies', zh: '涉及技术' },
  unless: { en: 'Unless', zh: '除非' },
  reason: { en: 'Reason', zh: '原因' },
  quote: { en: 'Seed wording', zh: '种子原文' },
  reading: { en: 'Reading', zh: '解读' },
  description: { en: 'Description', zh: '描述' },
  weights: { en: 'Weights', zh: '权重' },
  weightDerivation: { en: 'Where the weights come from', zh: '权重依据' },
  requirements: { en: 'Requirements', zh: '需求' },
  requirementDerivation: { en: 'Where the requirements come from', zh: '需求依据' },
  focus: { en: 'Indicators weighed', zh: '侧重指标' },
  variants: { en: 'Variants', zh: '方案变体' },
  schemeMaturity: { en: 'Scheme maturity', zh: '方案成熟度' },
  sources: { en: 'Sections', zh: '章节' },
  tiers: { en: 'Central and edge tiers', zh: '中心与边缘层级' },
  section: { en: 'Section', zh: '章节' },
  organisation: { en: 'Organisation', zh: '组织' },
  status: { en: 'Status', zh: '状态' },
  scale: { en: 'Scale', zh: '规模' },
  stack: { en: 'Stack', zh: '技术栈' },
  otherParts: { en: 'Other parts', zh: '其他组件' },
  results: { en: 'Results', zh: '成果' },
  title: { en: 'Title', zh: '标题' },
};

const isFactKey = (key: string): key is FactKey => (FACT_KEYS as readonly string[]).includes(key);

/** "seedWeight" → "Seed weight": a field the dictionary lacks, still without its camel case. */
function spelled(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A changed field as a user reads it: "facts.startTime" → "Start time" / "启动时间" (the fact's
 * label), "summary" → "Summary" / "简介"; an unknown field is spelled out from its key.
 */
export function fieldLabel(field: string, lang: Language): string {
  const fact = /^facts\.(.+)$/.exec(field)?.[1];
  if (fact !== undefined) return isFactKey(fact) ? FACT_LABELS[fact][lang] : spelled(fact);
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field]![lang] : spelled(field);
}
