import { defineMessages } from '../../i18n/messages';

/** Strings of the first-screen guide. */
export const guideMessages = defineMessages({
  en: {
    guide: 'How to decide',
    product: 'Stack Decision Matrix',
    sentence:
      'Choose a cloud-native / edge stack and defend it in a design review; every figure traces to chapter 17.',
    steps: 'Three steps',
    step1: 'Pick a scenario',
    step2: 'Set requirements',
    step3: 'Read the ranking',
    example: 'Try an example: {scenario}',
    exampleHint: 'Applies the seed’s {scenario} scenario: its weights and requirements.',
    hide: 'Hide the guide',
    show: 'How to decide',
    showHint: 'Show the three-step guide',
  },
  zh: {
    guide: '如何决策',
    product: 'Stack Decision Matrix 技术栈决策矩阵',
    sentence: '选择云原生 / 边缘技术栈，并在设计评审中论证它；每个数字都可追溯到第 17 章。',
    steps: '三个步骤',
    step1: '选择场景',
    step2: '设置需求',
    step3: '查看排名',
    example: '试一个示例：{scenario}',
    exampleHint: '应用种子文档的{scenario}场景：它的权重与需求。',
    hide: '隐藏指南',
    show: '如何决策',
    showHint: '显示三步指南',
  },
});
