import type { Catalogue, DimensionId, LayerId, Requirements, Weights } from '../catalogue/types';
import { aggregateDimension, capacityOf, scoreTechnologies } from './aggregate';
import type { Focus } from './technology-scores';
import { normaliseWeights } from './rank';
import type { MetricScore, Stack } from './types';

export interface LayerContribution {
  layer: LayerId;
  technologyId: string;
  score: number | null;
  metrics: MetricScore[];
}

export interface DimensionExplanation {
  dimension: DimensionId;
  aggregation: Catalogue['dimensions'][number]['aggregation'];
  layers: LayerContribution[];
  /** Scale only: the node cap, pods per node and pods behind the capacity score. */
  capacity?: { nodes: number; podsPerNode: number; pods: number };
  score: number;
  weight: number;
  normalisedWeight: number;
  contribution: number;
}

export interface Explanation {
  stackId: string;
  dimensions: DimensionExplanation[];
  total: number;
}

/** explain(T): for every dimension the raw facts per layer, their scores, the aggregate, the weight and w·f; contributions sum to the total. */
export function explain(
  stack: Stack,
  catalogue: Catalogue,
  weights: Weights,
  requirements?: Requirements,
  focus: Focus = {},
): Explanation {
  const table = scoreTechnologies(catalogue, requirements, focus);
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  const techs = Object.values(stack.parts).map((id) => byId.get(id)!);
  const w = normaliseWeights(weights);
  const dimensions = catalogue.dimensions.map((dim): DimensionExplanation => {
    const id = dim.id;
    const score = aggregateDimension(dim, techs, table, focus);
    const layers = (Object.entries(stack.parts) as [LayerId, string][]).map(
      ([layer, technologyId]) => {
        const s = table.get(technologyId)?.[id];
        return { layer, technologyId, score: s?.score ?? null, metrics: s?.metrics ?? [] };
      },
    );
    return {
      dimension: id,
      aggregation: dim.aggregation,
      layers,
      ...(dim.aggregation === 'capacity' ? { capacity: capacityOf(dim, techs, focus) } : {}),
      score,
      weight: weights[id] ?? 0,
      normalisedWeight: w[id] ?? 0,
      contribution: (w[id] ?? 0) * score,
    };
  });
  return {
    stackId: stack.id,
    dimensions,
    total: dimensions.reduce((s, d) => s + d.contribution, 0),
  };
}
