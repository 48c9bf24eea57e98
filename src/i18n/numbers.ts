import type { Language } from '../catalogue/types';

/**
 * Every number the interface shows goes through here: counts, weights, scores, points and
 * signed differences, in both languages. Intl.NumberFormat objects are costly to build
 * (toLocaleString builds one per call, which once made it the hottest function of a slider
 * drag), so one formatter per language, precision and mode is cached.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Language, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang}/${digits}/${fixed ? 'fixed' : 'max'}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', {
      minimumFractionDigits: fixed ? digits : 0,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A number for display: at most `digits` decimals, locale-aware grouping ("1,000"). */
export function formatNumber(value: number, lang: Language, digits = 0): string {
  return formatter(lang, digits, false).format(value);
}

/** A 0..1 score as points out of 100 with exactly `digits` decimals, e.g. 0.72345 → "72.3". */
export function formatScore(value: number, lang: Language, digits = 1): string {
  return formatter(lang, digits, true).format(value * 100);
}

/** A 0..1 score as points rounded to 0.01, so charts and tests see stable numbers. */
export function toPoints(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}

/** Points for display with exactly `digits` decimals, e.g. 71.45 → "71.5". */
export function formatPoints(points: number, lang: Language, digits = 1): string {
  return formatter(lang, digits, true).format(points);
}

/** A signed difference in points: "+2.5", "−0.8" (typographic minus), "0.0". */
export function formatSignedPoints(points: number, lang: Language, digits = 1): string {
  const text = formatPoints(Math.abs(points), lang, digits);
  if (Math.round(Math.abs(points) * 10 ** digits) === 0) return text;
  return `${points > 0 ? '+' : '−'}${text}`;
}

/** A signed figure with a true minus sign and at most `digits` decimals: "+3", "−0.5", "0". */
export function formatSigned(value: number, lang: Language, digits = 0): string {
  const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${formatNumber(Math.abs(rounded), lang, digits)}`;
}

/**
 * Whole percentages of shares that sum to 1, by largest remainder (ties to the earlier entry),
 * so the figures on screen add up to exactly 100.
 */
export function wholePercents(shares: readonly number[]): number[] {
  const exact = shares.map((s) => s * 100);
  const percents = exact.map(Math.floor);
  let missing = 100 - percents.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, rest: x - Math.floor(x) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    percents[i]! += 1;
    missing -= 1;
  }
  return percents;
}
