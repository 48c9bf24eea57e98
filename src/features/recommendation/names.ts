import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { formatScore, formatSignedPoints } from '../../i18n/numbers';

/** A 0..1 total as points out of 100 with one decimal, "58.4" (the same digits in both languages). */
export const points = (x: number): string => formatScore(x, 'en');

/** Weighted per-dimension differences as "Resource +1.4, Cost −0.2", named in the catalogue of `names`. */
export function signedDimensions(
  deltas: { dimension: string; weighted: number }[],
  lang: Language,
  separator: string,
  names: Names,
): string {
  return deltas
    .map(
      (d) => `${names.dimension(d.dimension, lang)} ${formatSignedPoints(d.weighted * 100, lang)}`,
    )
    .join(separator);
}
