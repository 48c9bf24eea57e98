import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { formatSignedPoints } from '../../components/charts/points';

/** A 0..1 total as points out of 100 with one decimal, "58.4". */
export const points = (x: number): string => (x * 100).toFixed(1);

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
