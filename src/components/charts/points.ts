import type { Language } from '../../catalogue/types';
import { formatScore } from '../format-score';

/** A 0..1 score as points out of 100, rounded to 0.01 so charts and tests see stable numbers. */
export function toPoints(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}

/** Points for display with exactly `digits` decimals, e.g. 71.45 → "71.5". */
export function formatPoints(points: number, lang: Language, digits = 1): string {
  return formatScore(points / 100, lang, digits);
}

/** A signed difference in points: "+2.5", "−0.8" (typographic minus), "0.0". */
export function formatSignedPoints(points: number, lang: Language, digits = 1): string {
  const text = formatPoints(Math.abs(points), lang, digits);
  if (Math.round(Math.abs(points) * 10 ** digits) === 0) return text;
  return `${points > 0 ? '+' : '−'}${text}`;
}
