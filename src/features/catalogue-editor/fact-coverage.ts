import type { Catalogue, Fact, FactKey, FactValue, Technology } from '../../catalogue/types';
import { stackCapacity } from '../../engine/aggregate';
import { normalise } from '../../engine/normalise';
import { worstKnownScores } from '../../engine/technology-scores';
import { rowValue, type FactRow } from './fact-row';

/** The two factors of a capacity dimension (engine/aggregate.ts, stackCapacity). */
export type CapacityFactor = 'nodeRange' | 'podDensity';

/**
 * How the ranking reads a technology's facts for one dimension (engine/aggregate.ts):
 * - `scored`: a mean / min dimension scores it on `facts` (the metrics it has a figure for);
 *   `imputed` of them are "no figure" facts scored at the worst figure another technology has;
 * - `none`: a mean / min dimension finds no figure among `facts` (the dimension's): the
 *   technology is left out of that dimension's aggregate;
 * - `capacity`: which factors of nodes × pods per node it gives (`has`) or leaves to the
 *   stack's other technologies (`lacks`), and what counts when no technology gives one.
 */
export type Coverage =
  | {
      kind: 'scored';
      dimension: string;
      aggregation: 'mean' | 'min';
      facts: FactKey[];
      imputed: FactKey[];
    }
  | { kind: 'none'; dimension: string; aggregation: 'mean' | 'min'; facts: FactKey[] }
  | {
      kind: 'capacity';
      dimension: string;
      has: CapacityFactor[];
      lacks: CapacityFactor[];
      /** What a stack counts when none of its technologies gives a factor. */
      whenNone: { nodes: number; podsPerNode: number };
    };

export const CAPACITY_FACTORS: readonly CapacityFactor[] = ['nodeRange', 'podDensity'];

/** The capacity of a stack without a node range or a pod density: the engine's defaults. */
const NONE = stackCapacity([]);

/** True when a fact gives the factor stackCapacity reads: a node range, a pod density figure. */
function givesFactor(factor: CapacityFactor, fact: FactValue | undefined): boolean {
  return factor === 'nodeRange' ? fact?.kind === 'range' : fact?.kind === 'number';
}

/**
 * For every dimension of the catalogue, how the facts entered so far (`facts`, as typed: no
 * provenance) would count: scored on which metrics, left out, or which capacity factors they
 * give. `others` are the catalogue's other technologies (the one being edited left out): a
 * "no figure" fact scores the worst figure among them. Pure; follows the engine's rules
 * without scoring requirements or a scenario's focus (every metric of a dimension counts).
 */
export function factCoverage(
  dimensions: Catalogue['dimensions'],
  facts: Partial<Record<FactKey, FactValue>>,
  others: readonly Technology[],
): Coverage[] {
  const worst = worstKnownScores([...others], dimensions);
  return dimensions.map((dim): Coverage => {
    const metricFacts = [...new Set(dim.metrics.map((m) => m.fact))];
    if (dim.aggregation === 'capacity') {
      // One metric naming one factor scores that factor alone (aggregate.ts, capacityOf).
      const only = metricFacts.length === 1 ? metricFacts[0] : undefined;
      const factors = CAPACITY_FACTORS.filter((f) => only === undefined || only === f);
      const read = factors.length > 0 ? factors : CAPACITY_FACTORS;
      return {
        kind: 'capacity',
        dimension: dim.id,
        has: read.filter((f) => givesFactor(f, facts[f])),
        lacks: read.filter((f) => !givesFactor(f, facts[f])),
        whenNone: { nodes: NONE.nodes, podsPerNode: NONE.podsPerNode },
      };
    }
    const scored = new Set<FactKey>();
    const imputed = new Set<FactKey>();
    for (const metric of dim.metrics) {
      const value = facts[metric.fact];
      if (!value) continue;
      const fact: Fact = { ...value, source: 'user' };
      if (normalise(fact, metric.rule) !== null) scored.add(metric.fact);
      else if (value.kind === 'unknown' && worst.has(`${metric.fact}/${metric.rule}`)) {
        scored.add(metric.fact);
        imputed.add(metric.fact);
      }
    }
    if (scored.size === 0)
      return { kind: 'none', dimension: dim.id, aggregation: dim.aggregation, facts: metricFacts };
    return {
      kind: 'scored',
      dimension: dim.id,
      aggregation: dim.aggregation,
      facts: metricFacts.filter((f) => scored.has(f)),
      imputed: metricFacts.filter((f) => imputed.has(f)),
    };
  });
}

/** The facts of the form's rows as typed (a fact listed twice: its first row, as saving does). */
export function typedFacts(rows: readonly FactRow[]): Partial<Record<FactKey, FactValue>> {
  const facts: Partial<Record<FactKey, FactValue>> = {};
  const seen = new Set<FactKey>();
  for (const row of rows) {
    if (seen.has(row.key)) continue;
    seen.add(row.key);
    const value = rowValue(row);
    if (value) facts[row.key] = value;
  }
  return facts;
}
