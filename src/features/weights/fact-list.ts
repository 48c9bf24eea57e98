import type { FactKey, Language } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { defineMessages } from '../../i18n/messages';

const joiners = defineMessages({
  en: { and: ' and ', comma: ', ' },
  zh: { and: '与', comma: '、' },
});

/** Fact names as a phrase inside a sentence: "start time and latency", "启动时间与网络延迟". */
export function factList(facts: FactKey[], lang: Language): string {
  const m = joiners[lang];
  const names = facts.map((f) => {
    const label = FACT_LABELS[f][lang];
    // English names sit mid-sentence: lower-case them unless they start with an acronym.
    return lang === 'en' && !/^[A-Z]{2}/.test(label)
      ? label.charAt(0).toLowerCase() + label.slice(1)
      : label;
  });
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(m.comma)}${m.and}${names.at(-1)}`;
}
