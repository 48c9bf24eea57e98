import { defineMessages } from '../../i18n/messages';

/** Strings of the decision-tree panels (17.8 trees and the 17.3 selection trees). */
export const treeMessages = defineMessages({
  en: {
    title: 'Decision trees (17.8)',
    global: 'Global tree (17.8.1)',
    scenario: 'Scenario tree (17.8.2)',
    whichTree: 'Which tree',
    noScenarioTree: '17.8.2 has no scenario tree for the {path} path; the global tree applies.',
    figureGlobal:
      'The global decision tree of 17.8.1 with the path of the current requirements highlighted',
    figureScenario: 'The {path} scenario tree of 17.8.2 with the path highlighted',
    loading: 'Loading the diagram…',
    error: 'The diagram could not be drawn; the path is listed below.',
    path: 'Path taken',
    because: 'because',
    otherwise: 'no condition held (default)',
    treeSays: 'The tree recommends',
    absentPicks: 'Not in this catalogue: {ids}. No stack of it can follow the tree there.',
    notInCatalogue: 'not in this catalogue',
    listSep: ', ',
    agree: 'The ranking’s #1 follows the tree.',
    agreeAll: 'All {n} co-recommended stacks follow the tree.',
    agreeSome: 'The tree’s stack is among the {n} co-recommended: {stacks}.',
    differ: 'The ranking’s #1 differs from the tree in {layers}.',
    differCo:
      'None of the {n} co-recommended stacks follows the tree: each differs from it in {layers}.',
    differCoEach:
      'None of the {n} co-recommended stacks follows the tree on every layer, though each of the tree’s picks is in one of them.',
    decidedByWeight:
      'The weights decide: #1 leads the best tree-following stack ({tree}) by {gap} points, most of it from {dimension}.',
    decidedByWeightCo:
      'The weights decide: the co-recommended stacks lead the best tree-following stack ({tree}) by {gap} points, most of it from {dimension}.',
    decidedByWeightNear:
      'The weights decide: the co-recommended stacks lead the best tree-following stack ({tree}) by {gap} points or more, most of it from {dimension}.',
    decidedByRule: 'A requirement decides: the tree’s stack ({tree}) is “{status}” — {reasons}.',
    noTreeStack:
      'No valid stack in the current ranking follows the tree (check the filters and “show invalid”).',
    tieNote: '#1 and the tree’s stack score the same: a tie, both co-recommended.',
    match: 'match',
    partial: 'partial',
    mismatch: 'fails',
    selectionTitle: 'Selection trees (17.3)',
    selectionNote:
      'The per-layer matching trees of 17.3.1 and 17.3.2, which ask what the 17.8.1 tree does not (需要 Alpha API, 资源受限). The branch the current requirements take is highlighted.',
    taken: 'taken',
    or: 'or',
    readings: 'Readings in this tree ({count}): tests and thresholds the seed does not print',
  },
  zh: {
    title: '决策树（17.8）',
    global: '全局决策树（17.8.1）',
    scenario: '场景决策树（17.8.2）',
    whichTree: '选择决策树',
    noScenarioTree: '17.8.2 没有“{path}”路径的场景决策树；适用全局决策树。',
    figureGlobal: '17.8.1 全局决策树，高亮当前需求的路径',
    figureScenario: '17.8.2 “{path}”场景决策树，高亮路径',
    loading: '正在加载图表…',
    error: '无法绘制图表；路径列在下方。',
    path: '所走路径',
    because: '因为',
    otherwise: '条件均不成立（默认）',
    treeSays: '决策树推荐',
    absentPicks: '此目录中没有：{ids}。目录中没有技术栈能在这些位置遵循决策树。',
    notInCatalogue: '此目录中没有',
    listSep: '、',
    agree: '排名第 1 与决策树一致。',
    agreeAll: '{n} 个并列推荐的技术栈都与决策树一致。',
    agreeSome: '决策树的栈在 {n} 个并列推荐的技术栈之中：{stacks}。',
    differ: '排名第 1 在 {layers} 上与决策树不同。',
    differCo: '{n} 个并列推荐的技术栈都不遵循决策树：都在 {layers} 上与决策树不同。',
    differCoEach:
      '{n} 个并列推荐的技术栈都不完全遵循决策树，尽管决策树在每一层的选择都出现在其中某个技术栈里。',
    decidedByWeight:
      '权重决定：第 1 名比最佳的遵循决策树的栈（{tree}）高 {gap} 分，主要来自{dimension}。',
    decidedByWeightCo:
      '权重决定：并列推荐的技术栈比最佳的遵循决策树的栈（{tree}）高 {gap} 分，主要来自{dimension}。',
    decidedByWeightNear:
      '权重决定：并列推荐的技术栈比最佳的遵循决策树的栈（{tree}）至少高 {gap} 分，主要来自{dimension}。',
    decidedByRule: '需求决定：决策树的栈（{tree}）为“{status}”——{reasons}。',
    noTreeStack: '当前排名中没有遵循决策树的有效栈（检查筛选与“显示无效栈”）。',
    tieNote: '第 1 名与决策树的栈得分相同：并列，两者同为推荐。',
    match: '满足',
    partial: '部分满足',
    mismatch: '不满足',
    selectionTitle: '选择决策树（17.3）',
    selectionNote:
      '17.3.1 与 17.3.2 的分层匹配决策树，问到 17.8.1 决策树没有问的条件（需要 Alpha API、资源受限）。高亮当前需求所走的分支。',
    taken: '当前分支',
    or: '或',
    readings: '本树中的解读（{count}）：种子文档未给出的判断与阈值',
  },
});
