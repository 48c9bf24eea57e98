import type { DimensionId, LayerId, StackPattern } from '../../catalogue/types';
import type { MetricScore, TechnologyDimensionScore } from '../../engine/types';

export interface ScoreCell {
  dimension: DimensionId;
  score: number | null;
  text: string;
  metrics: MetricScore[];
}

/** A 0..1 score as a whole number out of 100; "—" when there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : String(Math.round(score * 100));
}

/** A technology's f_d(t) for every dimension, in the catalogue's order, with the metrics behind each. */
export function toScoreCells(
  row: Partial<Record<DimensionId, TechnologyDimensionScore>> | undefined,
  dimensions: readonly DimensionId[],
): ScoreCell[] {
  return dimensions.map((dimension) => {
    const cell = row && Object.hasOwn(row, dimension) ? row[dimension] : undefined;
    const score = cell?.score ?? null;
    return { dimension, score, text: formatScore(score), metrics: cell?.metrics ?? [] };
  });
}

/** A stack pattern's layers in the given layer order, each with the technologies it allows. */
export function patternLayers(
  pattern: StackPattern,
  layerOrder: LayerId[],
): { layer: LayerId; ids: string[] }[] {
  return layerOrder.flatMap((layer) => {
    const ids = pattern[layer];
    return ids && ids.length > 0 ? [{ layer, ids }] : [];
  });
}
