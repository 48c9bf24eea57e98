import { defineMessages } from '../../i18n/messages';

/** Strings of the scenario presets and the weights panel. */
export const weightsMessages = defineMessages({
  en: {
    scenarios: 'Scenario',
    custom: 'Custom',
    customNote:
      'Your own weights and requirements. Pick a scenario to start again from the seed’s figures.',
    sources: 'Sources',
    tiers: 'Central tier: {central} · edge tier: {edge}',
    weights: 'Weights',
    reset: 'Reset',
    resetWeights: 'Reset weights',
    resetHint: 'Back to the active scenario’s weights, or the seed defaults.',
    distribution: 'How the weight is shared',
    share: '{percent}% of the total',
    seedMarker: 'Seed: {word}',
    seedMarkerTitle: '17.6.1 rates this dimension “{word}” = {weight}',
    high: 'high',
    medium: 'medium',
    low: 'low',
  },
  zh: {
    scenarios: '场景',
    custom: '自定义',
    customNote: '权重与需求已由你调整。选择一个场景即可重新从种子文档的数值开始。',
    sources: '出处',
    tiers: '中心层：{central} · 边缘层：{edge}',
    weights: '权重',
    reset: '重置',
    resetWeights: '重置权重',
    resetHint: '恢复当前场景的权重，或种子默认权重。',
    distribution: '权重分配',
    share: '占总权重 {percent}%',
    seedMarker: '种子：{word}',
    seedMarkerTitle: '17.6.1 将此维度评为“{word}” = {weight}',
    high: '高',
    medium: '中',
    low: '低',
  },
});
