import { defineMessages } from '../../i18n/messages';

/** Strings of the Catalogue view's Synthetic catalogue panel. */
export const syntheticMessages = defineMessages({
  en: {
    title: 'Synthetic catalogue',
    intro:
      'Replaces the catalogue with random technologies, to try the ranking at scale: the facts are drawn from the seed number, so the same numbers always make the same catalogue. Undo brings the catalogue back.',
    options: 'Options per layer',
    layers: 'Layers',
    seed: 'Seed',
    range: '{min} to {max}',
    stacks: '{count} {n:stack|stacks}',
    optionsError: 'Options per layer: a whole number from {min} to {max}.',
    layersError: 'Layers: a whole number from {min} to {max}.',
    seedError: 'Seed: a whole number from {min} to {max}.',
    stacksError: 'Too many stacks: a catalogue may make at most {max}.',
    generate: 'Generate',
    openLink: 'Open as a link',
    linkNote: 'opens it without changing your saved catalogue',
    generated: 'The catalogue is now the synthetic {size}.',
    undo: 'Undo',
  },
  zh: {
    title: '合成目录',
    intro:
      '用随机技术替换目录，以便在大规模下试用排名：事实由随机种子生成，相同的数字总是生成相同的目录。撤销可恢复原目录。',
    options: '每层选项数',
    layers: '层数',
    seed: '随机种子',
    range: '{min} 到 {max}',
    stacks: '{count} 个技术栈',
    optionsError: '每层选项数：须为 {min} 到 {max} 之间的整数。',
    layersError: '层数：须为 {min} 到 {max} 之间的整数。',
    seedError: '随机种子：须为 {min} 到 {max} 之间的整数。',
    stacksError: '技术栈过多：目录至多可生成 {max} 个。',
    generate: '生成',
    openLink: '以链接打开',
    linkNote: '打开它，不改变你保存的目录',
    generated: '当前目录为合成目录 {size}。',
    undo: '撤销',
  },
});

export type SyntheticStrings = (typeof syntheticMessages)['en'];
