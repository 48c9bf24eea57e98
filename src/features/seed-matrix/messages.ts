import { defineMessages } from '../../i18n/messages';

/** Strings of the 17.6.3 seed-check panel. */
export const seedMatrixMessages = defineMessages({
  en: {
    title: 'Seed check: the 17.6.3 decision matrix',
    caption:
      'Edge scenario, as printed in 17.6.3: five-star ratings per criterion, the printed total and the seed’s verdict, next to what the stars add up to.',
    candidate: 'Candidate',
    resource: 'Resource',
    startTime: 'Start time',
    offline: 'Offline',
    maturity: 'Maturity',
    weightTag: '×{weight}',
    printed: 'Printed total',
    sum: 'Sum of its stars',
    weighted: 'Weighted {order}',
    weightedMax: 'max {max}',
    verdict: 'Seed’s verdict',
    recommended: 'Recommended',
    optional: 'Optional',
    notRecommended: 'Not recommended',
    starsOf: '{value} of 5 stars',
    doesNotAddUp: 'does not equal the sum of its stars',
    orderNote:
      'Weights follow the order 17.6.3 states — 资源占用 > 启动时间 > 离线能力 > 成熟度 — read as {order}.',
    discrepancy:
      'The printed totals {printed} do not follow from the stars ({computed}). This app uses the computed figures; the order of the candidates is unchanged.',
    discrepancyReordered:
      'The printed totals {printed} do not follow from the stars ({computed}). This app uses the computed figures; note that they change the order of the candidates.',
    addsUp: 'Every printed total equals the sum of its stars.',
    tableLabel: 'The 17.6.3 decision matrix, recomputed',
    noMatrix: 'This catalogue carries no copy of the 17.6.3 matrix.',
    missing: 'Not in this catalogue: {ids}',
    listSep: ', ',
  },
  zh: {
    title: '种子核对：17.6.3 决策矩阵',
    caption:
      '边缘计算场景，按 17.6.3 原样列出：各项星级、印刷的总分与推荐度，并列出星级实际相加的结果。',
    candidate: '技术选项',
    resource: '资源占用',
    startTime: '启动时间',
    offline: '离线能力',
    maturity: '成熟度',
    weightTag: '×{weight}',
    printed: '印刷总分',
    sum: '星级之和',
    weighted: '加权 {order}',
    weightedMax: '满分 {max}',
    verdict: '推荐度',
    recommended: '推荐',
    optional: '可选',
    notRecommended: '不推荐',
    starsOf: '{value} 星（满分 5）',
    doesNotAddUp: '与星级之和不符',
    orderNote: '权重按 17.6.3 给出的顺序——资源占用 > 启动时间 > 离线能力 > 成熟度——取 {order}。',
    discrepancy:
      '印刷的总分 {printed} 与星级之和（{computed}）不符。本应用使用计算所得的数值；候选方案的排序不变。',
    discrepancyReordered:
      '印刷的总分 {printed} 与星级之和（{computed}）不符。本应用使用计算所得的数值；注意这会改变候选方案的排序。',
    addsUp: '每个印刷总分都等于其星级之和。',
    tableLabel: '17.6.3 决策矩阵（重新计算）',
    noMatrix: '此目录未包含 17.6.3 决策矩阵。',
    missing: '此目录中没有：{ids}',
    listSep: '、',
  },
});
