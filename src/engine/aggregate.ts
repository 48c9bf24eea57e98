import type {
  Catalogue,
  Dimension,
  DimensionId,
  Requirements,
  Technology,
} from '../catalogue/types';
import { CAPACITY_ANCHORS, LOG_ANCHORS, logPosition } from './normalise';
import { activeMetrics, scoreTechnology, worstKnownScores, type Focus } from './technology-scores';
import type { DimensionVector, ScoredStack, Stack, TechnologyDimensionScore } from './types';

export type TechnologyScoreTable = Map<string, Record<DimensionId, TechnologyDimensionScore>>;

/** f_d(t) for every technology and dimension under the requirements; computed once per requirement change. */
export function scoreTechnologies(
  catalogue: Pick<Catalogue, 'technologies' | 'dimensions'>,
  requirements?: Requirements,
  focus: Focus = {},
): TechnologyScoreTable {
  const table: TechnologyScoreTable = new Map();
  const worst = worstKnownScores(catalogue.technologies, catalogue.dimensions);
  for (const tech of catalogue.technologies) {
    const row = {} as Record<DimensionId, TechnologyDimensionScore>;
    for (const dim of catalogue.dimensions)
      row[dim.id] = scoreTechnology(tech, dim, requirements, worst, focus[dim.id]);
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

/**
 * Pods the stack's cluster can hold: smallest node cap of its layers × the runtime's pods per
 * node. With `only`, the other factor counts as 1 (a scenario that weighs density alone).
 */
export function stackCapacity(
  techs: Technology[],
  only?: 'nodeRange' | 'podDensity',
): {
  nodes: number;
  podsPerNode: number;
  pods: number;
} {
  const caps = techs.flatMap((t) => {
    const cap = nodeCap(t);
    return cap === null ? [] : [cap];
  });
  const densities = techs.flatMap((t) =>
    t.facts.podDensity?.kind === 'number' ? [t.facts.podDensity.value] : [],
  );
  return capacityFrom(Math.min(...caps, Number.POSITIVE_INFINITY), Math.min(...densities), only);
}

/**
 * The capacity from the smallest node cap (∞ when no layer states one: 10,000 nodes) and the
 * smallest pod density (∞ when none: 1 pod per node). Shared with the scale kernel, which
 * takes the minimums over its per-layer tables, so both compute the same figures.
 */
export function capacityFrom(
  minCap: number,
  minDensity: number,
  only?: 'nodeRange' | 'podDensity',
): { nodes: number; podsPerNode: number; pods: number } {
  const nodes = Number.isFinite(minCap) ? minCap : 10000;
  const podsPerNode = Number.isFinite(minDensity) ? minDensity : 1;
  const pods =
    only === 'podDensity' ? podsPerNode : only === 'nodeRange' ? nodes : nodes * podsPerNode;
  return { nodes, podsPerNode, pods };
}

/** The one factor a capacity dimension weighs under a scenario's focus, if it weighs one alone. */
export function capacityOnly(
  dim: Dimension,
  focus: Focus = {},
): 'nodeRange' | 'podDensity' | undefined {
  const facts = activeMetrics(dim, undefined, focus[dim.id]).map((m) => m.fact);
  return facts.length === 1 && (facts[0] === 'nodeRange' || facts[0] === 'podDensity')
    ? facts[0]
    : undefined;
}

/** The capacity behind a capacity dimension under a scenario's focus (node cap, density or both). */
export function capacityOf(
  dim: Dimension,
  techs: Technology[],
  focus: Focus = {},
): ReturnType<typeof stackCapacity> & { only?: 'nodeRange' | 'podDensity' } {
  const only = capacityOnly(dim, focus);
  return { ...stackCapacity(techs, only), ...(only ? { only } : {}) };
}

/**
 * The log-scale anchors of a capacity: pods in a cluster (1 … 10⁸), or — when a scenario
 * weighs one factor alone — that factor's own anchors (nodes or pods per node, 1 … 10⁴), so a
 * focused scale still spans 0 … 1 and its weight keeps its full effect.
 */
export function capacityAnchors(only?: 'nodeRange' | 'podDensity'): { low: number; high: number } {
  if (only === 'nodeRange') return LOG_ANCHORS.nodes;
  if (only === 'podDensity') return LOG_ANCHORS['pods/node'];
  return CAPACITY_ANCHORS;
}

/** f_d(T) for one dimension, by the dimension's aggregation rule; 0 when no layer has a figure. */
export function aggregateDimension(
  dim: Dimension,
  techs: Technology[],
  table: TechnologyScoreTable,
  focus: Focus = {},
): number {
  if (dim.aggregation === 'capacity') {
    const capacity = capacityOf(dim, techs, focus);
    const { low, high } = capacityAnchors(capacity.only);
    return logPosition(capacity.pods, low, high);
  }
  const scores = techs.flatMap((t) => {
    const s = table.get(t.id)?.[dim.id]?.score;
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
  focus: Focus = {},
): ScoredStack[] {
  const table = scoreTechnologies(catalogue, requirements, focus);
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  return stacks.map((stack) => {
    const techs = Object.values(stack.parts).map((id) => byId.get(id)!);
    const dimensions = {} as DimensionVector;
    for (const dim of catalogue.dimensions)
      dimensions[dim.id] = aggregateDimension(dim, techs, table, focus);
    return { stack, dimensions };
  });
}
