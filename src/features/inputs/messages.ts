import { defineMessages } from '../../i18n/messages';

/** Strings of the compact inputs bar and the inputs drawer (≤ 1280 px). */
export const inputsMessages = defineMessages({
  en: {
    bar: 'Your inputs',
    scenario: 'Scenario',
    custom: 'Custom, from {scenario}',
    weights: 'Weights',
    requirements: 'Requirements',
    openRequirements: 'none set',
    labelled: '{label}: {value}',
    weightList: '{name} {percent}%',
    drawer: 'Inputs',
    close: 'Close',
    closeInputs: 'Close inputs',
    liveHint: 'The ranking behind re-ranks as you change them.',
  },
  zh: {
    bar: '你的输入',
    scenario: '场景',
    custom: '自定义（基于{scenario}）',
    weights: '权重',
    requirements: '需求',
    openRequirements: '未设置',
    labelled: '{label}：{value}',
    weightList: '{name} {percent}%',
    drawer: '输入',
    close: '关闭',
    closeInputs: '关闭输入',
    liveHint: '修改时，后面的排名会实时重新排序。',
  },
});
