import { defineMessages } from '../../i18n/messages';

export const radarMessages = defineMessages({
  en: {
    title: 'Compare stacks',
    showTable: 'Show as table',
    showChart: 'Show as chart',
    hint: 'Select up to {max} stacks in the ranking to compare; showing the top {n}.',
    clear: 'Clear selection',
    empty: 'None of the selected stacks is in the current ranking.',
    rank: '#{rank}',
    summary: 'Radar chart of {n} {n:stack|stacks} on {dims}, 0 to 100.',
    seriesSummary: '{name}: strongest in {best} ({bestValue}), weakest in {worst} ({worstValue}).',
    fact: '{tech}: {fact} {value}',
    capacity: 'Node cap {nodes} × {podsPerNode} pods/node',
    capacityBy: 'Node cap {nodes} ({tech}) × {podsPerNode} pods/node',
  },
  zh: {
    title: '技术栈对比',
    showTable: '以表格显示',
    showChart: '以图表显示',
    hint: '在排名中最多选择 {max} 个技术栈进行对比；当前显示前 {n} 名。',
    clear: '清除选择',
    empty: '所选技术栈均不在当前排名中。',
    rank: '#{rank}',
    summary: '{n} 个技术栈在{dims}上的雷达图，0 到 100 分。',
    seriesSummary: '{name}：最强为{best}（{bestValue}），最弱为{worst}（{worstValue}）。',
    fact: '{tech}：{fact} {value}',
    capacity: '节点上限 {nodes} × 每节点 {podsPerNode} 个 Pod',
    capacityBy: '节点上限 {nodes}（{tech}）× 每节点 {podsPerNode} 个 Pod',
  },
});

export type RadarText = (typeof radarMessages)['en'];
