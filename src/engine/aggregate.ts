import type {
  Catalogue,
  Dimension,
  DimensionId,
  Requirements,
  Technology,
} from '../catalogue/types';
import { CAPACITY_ANCHORS, logPosition } from './normalise';
import { scoreTechnology, worstKnownScores } from './technology-scores';
import type { DimensionVector, ScoredStack, Stack, TechnologyDimensionScore } from './types';

export type TechnologyScoreTable = Map<string, Record<DimensionId, TechnologyDimensionScore>>;

/** f_d(t) for every technology and dimension under the requirements; computed once per requirement change. */
export function scoreTechnologies(
  catalogue: Pick<Catalogue, 'technologies' | 'dimensions'>,
  requirements?: Requirements,
): TechnologyScoreTable {
  const table: TechnologyScoreTable = new Map();
  const worst = worstKnownScores(catalogue.technologies, catalogue.dimensions);
  for (const tech of catalogue.technologies) {
    const row = {} as Record<DimensionId, TechnologyDimensionScore>;
    for (const dim of catalogue.dimensions)
      row[dim.id] = scoreTechnology(tech, dim, requirements, worst);
    table.set(tech.id, row);
  }
  return table;
}

/** The upper end of a technology's node range; "10000+" counts as unbounded. */
export function nodeCap(tech: Technology): number | null {
  const f = tech.facts.nodeRange;
  if (!f || f.kind !== 'range') return null;
  return f.orMore ? Number.POSITIVE_INFINITY : f.max;
}

/** Pods the stack's cluster can hold: smallest node cap of its layers × the runtime's pods per node. */
export function stackCapacity(techs: Technology[]): {
  nodes: number;
  podsPerNode: number;
  pods: number;
} {
  const caps = techs.flatMap((t) => {
    const cap = nodeCap(t);
    return cap === null ? [] : [cap];
  });
  const nodes = Math.min(...caps, Number.POSITIVE_INFINITY);
  const boundedNodes = Number.isFinite(nodes) ? nodes : 10000;
  const densities = techs.flatMap((t) =>
    t.facts.podDensity?.kind === 'number' ? [t.facts.podDensity.value] : [],
  );
  const podsPerNode = densities.length > 0 ? Math.min(...densities) : 1;
  return { nodes: boundedNodes, podsPerNode, pods: boundedNodes * podsPerNode };
}

/** f_d(T) for one dimension, by the dimension's aggregation rule; 0 when no layer has a figure. */
export function aggregateDimension(
  dim: Dimension,
  techs: Technology[],
  table: TechnologyScoreTable,
): number {
  if (dim.aggregation === 'capacity') {
    return logPosition(stackCapacity(techs).pods, CAPACITY_ANCHORS.low, CAPACITY_ANCHORS.high);
  }
  const scores = techs.flatMap((t) => {
    const s = table.get(t.id)?.[dim.id].score;
    return s === null || s === undefined ? [] : [s];
  });
  if (scores.length === 0) return 0;
  if (dim.aggregation === 'min') return Math.min(...scores);
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** Every stack with its dimension vector f(T); independent of weights, so computed once per requirement change. */
export function scoreStacks(
  stacks: Stack[],
  catalogue: Pick<Catalogue, 'technologies' | 'dimensions'>,
  requirements?: Requirements,
): ScoredStack[] {
  const table = scoreTechnologies(catalogue, requirements);
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  return stacks.map((stack) => {
    const techs = Object.values(stack.parts).map((id) => byId.get(id)!);
    const dimensions = {} as DimensionVector;
    for (const dim of catalogue.dimensions)
      dimensions[dim.id] = aggregateDimension(dim, techs, table);
    return { stack, dimensions };
  });
}
