import type { Language } from '../catalogue/types';

/** A 0..1 score as points out of 100 with exactly `digits` decimals, e.g. 0.72345 → "72.3". */
export function formatScore(value: number, lang: Language, digits = 1): string {
  return (value * 100).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
