import type { Language } from '../catalogue/types';

// toLocaleString(…, options) builds a new Intl.NumberFormat on every call, which made it the
// hottest function of a slider drag; one cached formatter per language and precision.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, digits: number): Intl.NumberFormat {
  const key = `${lang}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A 0..1 score as points out of 100 with exactly `digits` decimals, e.g. 0.72345 → "72.3". */
export function formatScore(value: number, lang: Language, digits = 1): string {
  return formatter(lang, digits).format(value * 100);
}
