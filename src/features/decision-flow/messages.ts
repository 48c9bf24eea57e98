import { defineMessages } from '../../i18n/messages';

export const flowMessages = defineMessages({
  en: {
    title: 'Decision flow (17.6.2)',
    figure: 'The 17.6.2 decision flow with the current decision’s path highlighted',
    loading: 'Loading the diagram…',
    error: 'The diagram could not be drawn; the steps are listed below.',
    steps: 'Steps',
    custom: 'Custom inputs',
    taken: 'on the path',
    idle: 'not taken',
    alert: 'loop: adjust',
  },
  zh: {
    title: '决策流程（17.6.2）',
    figure: '17.6.2 决策流程，高亮当前决策的路径',
    loading: '正在加载图表…',
    error: '无法绘制图表；步骤列在下方。',
    steps: '步骤',
    custom: '自定义输入',
    taken: '在路径上',
    idle: '未经过',
    alert: '循环：调整',
  },
});
