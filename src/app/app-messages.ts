import { defineMessages } from '../i18n/messages';

export const appMessages = defineMessages({
  en: {
    title: 'Stack Decision Matrix',
    views: 'Views',
    dashboard: 'Decision',
    path: 'Decision path',
    confidence: 'How sure?',
    catalogue: 'Catalogue',
    conformance: 'Seed conformance',
    language: 'Language',
    theme: 'Dark theme',
    toDark: 'Switch to the dark theme',
    toLight: 'Switch to the light theme',
    skip: 'Skip to main content',
  },
  zh: {
    title: 'Stack Decision Matrix',
    views: '视图',
    dashboard: '决策',
    path: '决策路径',
    confidence: '有多确定？',
    catalogue: '技术目录',
    conformance: '种子一致性',
    language: '语言',
    theme: '深色主题',
    toDark: '切换到深色主题',
    toLight: '切换到浅色主题',
    skip: '跳到主要内容',
  },
});
