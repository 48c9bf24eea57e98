import { defineMessages } from '../../i18n/messages';

/** Words of the radar's legend, controls and table twin, shared by the panel and the presenter. */
export const radarChartMessages = defineMessages({
  en: {
    legend: 'Compared stacks',
    legendHint: 'Press a stack to show or hide it; point at it or focus it to highlight it.',
    lastShown: 'The last stack shown stays on the chart.',
    rank: '#{rank}',
    shared: 'All share',
    caption: 'Dimension scores (0–100) of the compared stacks.',
    captionShared: 'All of them run {names}.',
    tableRegion: 'Dimension scores of the compared stacks',
    dimension: 'Dimension',
    differencesOnly: 'Differences only',
    differencesSome:
      'Differences only: {n} of {total} dimensions {n:differs|differ} between the shown stacks; they score the same on {same}.',
    differencesAll: 'Differences only: the shown stacks differ on every dimension.',
    differencesNone: 'The shown stacks score the same on every dimension, so all are shown.',
    differencesNeedTwo: 'Differences only compares two or more stacks: show another one.',
    differencesTable: 'Fewer than three dimensions differ, so they are shown as a table.',
  },
  zh: {
    legend: '对比的技术栈',
    legendHint: '点按技术栈可显示或隐藏；指向或聚焦可突出显示。',
    lastShown: '最后一个显示的技术栈会保留在图中。',
    rank: '#{rank}',
    shared: '共同部分',
    caption: '所对比技术栈的各维度得分（0–100）。',
    captionShared: '它们都使用 {names}。',
    tableRegion: '所对比技术栈的各维度得分',
    dimension: '维度',
    differencesOnly: '仅看差异',
    differencesSome: '仅看差异：显示的技术栈在 {total} 个维度中有 {n} 个不同；在{same}上得分相同。',
    differencesAll: '仅看差异：显示的技术栈在每个维度上都不同。',
    differencesNone: '显示的技术栈在每个维度上得分相同，因此全部显示。',
    differencesNeedTwo: '仅看差异需要至少两个技术栈：请再显示一个。',
    differencesTable: '不同的维度少于三个，因此以表格显示。',
  },
});

export type RadarChartText = (typeof radarChartMessages)['en'];
