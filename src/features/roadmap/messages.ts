import { defineMessages } from '../../i18n/messages';

export const roadmapMessages = defineMessages({
  en: {
    panorama: 'Combination panorama (17.2.1)',
    panoramaFigure:
      'The 17.2.1 panorama: four questions and the answers the current requirements choose',
    evolution: 'Evolution path (17.7.1)',
    evolutionFigure:
      'The five stages of 17.7.1, with the stage of the current #1 (or of each co-recommended stack) marked',
    stageNone:
      'The #1 stack ({stack}) is not on the 17.7.1 path (it pairs Kubernetes with WasmEdge, a combination the path skips).',
    stageAt: 'The #1 stack ({stack}) is at {note}.',
    coStageAt: 'The {n} co-recommended stacks ({stacks}) are all at {note}.',
    coStageNone:
      'None of the {n} co-recommended stacks ({stacks}) is on the 17.7.1 path (they pair Kubernetes with WasmEdge, a combination the path skips).',
    coStages: 'The {n} co-recommended stacks are at different stages: {items}.',
    coStageItem: '{stack} at {note}',
    coStageItemNone: '{stack} off the path',
    stackSep: '; ',
    markOne: ' (stage of #1)',
    markAll: ' (stage of the {n} co-recommended)',
    markSome: ' (stage of {c} of the {n} co-recommended)',
    migration: 'Migration steps (17.7.2)',
    progress: '{done} of {total} done',
    loading: 'Loading the diagram…',
    error: 'The diagram could not be drawn.',
    answers: 'Chosen answers',
    noPolicy: 'no policy requirement set',
    missing: '(not in this catalogue: {ids})',
  },
  zh: {
    panorama: '组合方案全景（17.2.1）',
    panoramaFigure: '17.2.1 全景：四个问题及当前需求选择的答案',
    evolution: '演进路径（17.7.1）',
    evolutionFigure: '17.7.1 的五个阶段，标出当前第 1 名（或每个并列推荐技术栈）所处阶段',
    stageNone: '第 1 名（{stack}）不在 17.7.1 的路径上（Kubernetes 搭配 WasmEdge，路径未涵盖）。',
    stageAt: '第 1 名（{stack}）处于{note}。',
    coStageAt: '{n} 个并列推荐的技术栈（{stacks}）都处于{note}。',
    coStageNone:
      '{n} 个并列推荐的技术栈（{stacks}）都不在 17.7.1 的路径上（Kubernetes 搭配 WasmEdge，路径未涵盖）。',
    coStages: '{n} 个并列推荐的技术栈处于不同阶段：{items}。',
    coStageItem: '{stack} 处于{note}',
    coStageItemNone: '{stack} 不在路径上',
    stackSep: '；',
    markOne: '（第 1 名所处阶段）',
    markAll: '（{n} 个并列推荐所处阶段）',
    markSome: '（{n} 个并列推荐中 {c} 个所处阶段）',
    migration: '迁移步骤（17.7.2）',
    progress: '已完成 {done} / {total}',
    loading: '正在加载图表…',
    error: '无法绘制图表。',
    answers: '选择的答案',
    noPolicy: '未设置策略需求',
    missing: '（此目录中没有：{ids}）',
  },
});
