import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language } from '../../catalogue/types';
import { formatSignedPoints } from '../../components/charts/points';

/** A layer's name in the language; an unknown id is shown as itself. */
export const layerName = (id: string, lang: Language): string =>
  seedCatalogue.layers.find((l) => l.id === id)?.name[lang] ?? id;

/** A dimension's name in the language; an unknown id is shown as itself. */
export const dimensionName = (id: string, lang: Language): string =>
  seedCatalogue.dimensions.find((d) => d.id === id)?.name[lang] ?? id;

/** A 0..1 total as points out of 100 with one decimal, "58.4". */
export const points = (x: number): string => (x * 100).toFixed(1);

/** Weighted per-dimension differences as "Resource +1.4, Cost −0.2". */
export function signedDimensions(
  deltas: { dimension: string; weighted: number }[],
  lang: Language,
  separator: string,
): string {
  return deltas
    .map((d) => `${dimensionName(d.dimension, lang)} ${formatSignedPoints(d.weighted * 100, lang)}`)
    .join(separator);
}
