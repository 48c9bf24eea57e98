import type { Language } from '../../catalogue/types';
import { defineMessages, formatNumber } from '../../i18n/messages';
import type { SettingKey, SettingValue } from './diff-presets';

const settingMessages = defineMessages({
  en: {
    nodes: 'Nodes',
    memoryPerNodeMB: 'Memory per node',
    coldStartMs: 'Cold-start bound',
    offline: 'Must run offline',
    highAvailability: 'High availability',
    networkPolicy: 'Network policy',
    policyComplexity: 'Policy complexity',
    existingDatabase: 'Existing database',
    rankMode: 'Rank order',
    showInvalid: 'Invalid stacks',
    yes: 'yes',
    no: 'no',
    noLimit: 'no limit',
    shown: 'shown',
    hidden: 'hidden',
    none: 'none',
    basic: 'basic',
    full: 'full',
    l7: 'L7',
    simple: 'simple',
    complex: 'complex',
    fitFirst: 'requirement fit first',
    scoreOnly: 'score only',
  },
  zh: {
    nodes: '节点数',
    memoryPerNodeMB: '每节点内存',
    coldStartMs: '冷启动上限',
    offline: '必须离线运行',
    highAvailability: '高可用',
    networkPolicy: '网络策略',
    policyComplexity: '策略复杂度',
    existingDatabase: '已有数据库',
    rankMode: '排名方式',
    showInvalid: '无效技术栈',
    yes: '是',
    no: '否',
    noLimit: '不限',
    shown: '显示',
    hidden: '隐藏',
    none: '无',
    basic: '基础',
    full: '完整',
    l7: 'L7',
    simple: '简单',
    complex: '复杂',
    fitFirst: '需求匹配优先',
    scoreOnly: '仅按得分',
  },
});

const UNITS: Partial<Record<SettingKey, string>> = {
  memoryPerNodeMB: 'MB',
  coldStartMs: 'ms',
};

/** The label of a requirement or method setting. */
export function settingLabel(key: SettingKey, lang: Language): string {
  return settingMessages[lang][key];
}

/** A setting's value for display: figures with their unit, "no limit" for null, localized words otherwise. */
export function formatSetting(key: SettingKey, value: SettingValue, lang: Language): string {
  const m = settingMessages[lang];
  if (value === null) return m.noLimit;
  if (typeof value === 'number') {
    const unit = UNITS[key];
    return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang);
  }
  if (typeof value === 'boolean') {
    if (key === 'showInvalid') return value ? m.shown : m.hidden;
    return value ? m.yes : m.no;
  }
  return value in m ? m[value as keyof typeof m] : value;
}
