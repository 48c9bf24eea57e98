import { defineMessages } from '../../i18n/messages';

/** Strings of the "Do the methods agree?" panel. */
export const agreementMessages = defineMessages({
  en: {
    title: 'Do the methods agree?',
    intro:
      'The same weights and requirements, combined three ways. τ (Kendall’s τ-b) compares the current method’s top 10 with the order each method gives those same stacks: 1 is the same order, −1 the reverse.',
    caption: 'Each aggregation method’s #1 and its agreement with the current one',
    method: 'Method',
    top: '#1',
    sameTop: 'Same #1',
    tau: 'τ of the top 10',
    action: 'Ranking',
    current: 'current',
    yes: 'yes',
    no: 'no',
    none: '—',
    rankBy: 'Rank by {method}',
    tauUndefined: '—: τ is undefined when one of the two orders ties all the compared stacks.',
    allAgree: 'All three methods put {stack} first.',
    disagree:
      '{n} {n:method puts|methods put} another stack first: the #1 depends on how the scores combine.',
    computing: 'Comparing the methods…',
    failed: 'The comparison could not be computed: {error}',
    efficientTitle: 'Dominated stacks',
    efficient:
      '{count} of {considered} compatible stacks are not dominated — no other stack is at least as good on every dimension and better on one (the efficient set).',
    efficientFit: 'Under “requirement fit first” a stack only dominates stacks that fit no better.',
    hideDominated: 'Hide dominated stacks in the ranking',
    workerNote: 'Computed in a background worker over all {total} stacks (exact).',
  },
  zh: {
    title: '各方法是否一致？',
    intro:
      '相同的权重与需求，用三种方式合成得分。τ（Kendall τ-b）比较当前方法的前 10 名与各方法对这些技术栈给出的顺序：1 为顺序相同，−1 为完全相反。',
    caption: '各聚合方法的第 1 名及其与当前方法的一致程度',
    method: '方法',
    top: '第 1 名',
    sameTop: '第 1 名相同',
    tau: '前 10 名的 τ',
    action: '排名',
    current: '当前',
    yes: '是',
    no: '否',
    none: '—',
    rankBy: '按{method}排名',
    tauUndefined: '—：当其中一种顺序使所比较的技术栈全部并列时，τ 无定义。',
    allAgree: '三种方法都把 {stack} 排在第 1。',
    disagree: '有 {n} 种方法把另一技术栈排在第 1：第 1 名取决于得分的合成方式。',
    computing: '正在比较各方法…',
    failed: '无法完成比较：{error}',
    efficientTitle: '被支配的技术栈',
    efficient:
      '{considered} 个兼容技术栈中有 {count} 个不被支配——没有其他技术栈在每个维度上都不差且至少一个维度更好（有效集）。',
    efficientFit: '在“需求匹配优先”下，一个技术栈只支配匹配程度不优于它的技术栈。',
    hideDominated: '在排名中隐藏被支配的技术栈',
    workerNote: '在后台线程中对全部 {total} 个技术栈计算（精确）。',
  },
});
