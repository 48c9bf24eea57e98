import { defineMessages } from '../i18n/messages';

export const appMessages = defineMessages({
  en: {
    title: 'Stack Decision Matrix',
    tagline:
      'Choose a cloud-native / edge stack and defend it — every figure traced to chapter 17.',
    views: 'Views',
    dashboard: 'Decision',
    path: 'Decision path',
    catalogue: 'Catalogue',
    conformance: 'Seed conformance',
    language: 'Language',
    theme: 'Dark theme',
    skip: 'Skip to main content',
  },
  zh: {
    title: 'Stack Decision Matrix',
    tagline: '选择并论证云原生 / 边缘技术栈——每个数字都可追溯到第 17 章。',
    views: '视图',
    dashboard: '决策',
    path: '决策路径',
    catalogue: '技术目录',
    conformance: '种子一致性',
    language: '语言',
    theme: '深色主题',
    skip: '跳到主要内容',
  },
});
