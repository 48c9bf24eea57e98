import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import {
  requirementLabel,
  requirementValue,
  type RequirementKey,
  type RequirementValue,
} from '../../components/requirement-words';
import { methodName } from '../../components/method-words';
import type { Method } from '../../engine/methods';
import { defineMessages } from '../../i18n/messages';
import type { SettingKey, SettingValue } from './diff-presets';

type MethodKey = Exclude<SettingKey, RequirementKey>;

/** The method settings' labels and values; requirements are worded by requirement-words. */
const methodMessages = defineMessages({
  en: {
    baseScenarioId: 'Started from',
    rankMode: 'Rank order',
    method: 'Aggregation',
    showInvalid: 'Invalid stacks',
    shown: 'shown',
    hidden: 'hidden',
    fitFirst: 'requirement fit first',
    scoreOnly: 'score only',
  },
  zh: {
    baseScenarioId: '起始场景',
    rankMode: '排名方式',
    method: '聚合方法',
    showInvalid: '无效技术栈',
    shown: '显示',
    hidden: '隐藏',
    fitFirst: '需求匹配优先',
    scoreOnly: '仅按得分',
  },
});

const isMethod = (key: SettingKey): key is MethodKey => Object.hasOwn(methodMessages.en, key);

/** The label of a requirement or method setting. */
export function settingLabel(key: SettingKey, lang: Language): string {
  return isMethod(key) ? methodMessages[lang][key] : requirementLabel(key, lang);
}

/**
 * A setting's value for display: a requirement as requirementValue words it, the scenario's
 * name in the catalogue of `names` for the base scenario, localized words for the ranking method.
 */
export function formatSetting(
  key: SettingKey,
  value: SettingValue,
  lang: Language,
  names: Names,
): string {
  if (!isMethod(key)) return requirementValue(key, value as RequirementValue, lang);
  const m = methodMessages[lang];
  if (key === 'baseScenarioId') return names.scenario(String(value), lang);
  if (key === 'showInvalid') return value ? m.shown : m.hidden;
  if (key === 'method') return methodName(value as Method, lang);
  return Object.hasOwn(m, String(value)) ? m[value as keyof typeof m] : String(value);
}
