import type {
  DimensionId,
  LayerId,
  Requirements,
  Scenario,
  SeedVariant,
  TechnologyId,
  Weights,
} from '../catalogue/types';
import { compareVectors } from './compare';
import { conformanceOf, variantFor, type Conformance, type TierRanking } from './conformance';
import type { RankingRow } from './evaluate';

/** One layer where co-recommended stacks differ: its technologies, first appearance first. */
export interface LayerSpread {
  layer: LayerId;
  technologies: TechnologyId[];
}

/** How one co-recommended stack differs from the first of the group. */
export interface MemberDifference {
  row: RankingRow;
  /** total(first) − total(row), 0..1 units (≥ 0, below NEAR_TIE). */
  gap: number;
  /** w·(f(first) − f(row)) per dimension, non-zero only, largest in the first's favour first. */
  deltas: { dimension: DimensionId; weighted: number }[];
}

/** What separates the stacks of a leading group (engine leadingGroup), in codes. */
export interface CoRecommendation {
  rows: RankingRow[];
  /** Every stack shares the first's rank number: the totals are equal (an exact tie). */
  exact: boolean;
  /** Every stack has the same score on every dimension: nothing in the facts separates them. */
  sameScores: boolean;
  /** The layers where the stacks differ, in layer order. */
  layers: LayerSpread[];
  /** Each stack after the first against the first. */
  others: MemberDifference[];
}

const EPSILON = 1e-12;

/**
 * What separates the co-recommended stacks of a leading group, or null when the group has
 * fewer than two stacks. Never orders them: the group's order is the ranking's.
 */
export function coRecommendationOf(group: RankingRow[], weights: Weights): CoRecommendation | null {
  const [first, ...rest] = group;
  if (!first || rest.length === 0) return null;
  const layers = (Object.keys(first.stack.parts) as LayerId[]).flatMap((layer) => {
    const technologies = [...new Set(group.flatMap((r) => r.stack.parts[layer] ?? []))];
    return technologies.length > 1 ? [{ layer, technologies }] : [];
  });
  const others = rest.map((row) => {
    const cmp = compareVectors(first.dimensions, row.dimensions, weights);
    return {
      row,
      gap: first.total - row.total,
      deltas: cmp.deltas
        .filter((d) => Math.abs(d.weightedDelta) > EPSILON)
        .map((d) => ({ dimension: d.dimension, weighted: d.weightedDelta })),
    };
  });
  const sameScores = rest.every((row) =>
    (Object.keys(first.dimensions) as DimensionId[]).every(
      (d) => Math.abs((first.dimensions[d] ?? 0) - (row.dimensions[d] ?? 0)) <= EPSILON,
    ),
  );
  return {
    rows: group,
    exact: rest.every((row) => row.rank === first.rank),
    sameScores,
    layers,
    others,
  };
}

/** The seed's stack for one ranking the user reads: the whole ranking, or one hybrid tier. */
export interface SeedCheck {
  /** The hybrid tier this check is about; null for a plain scenario. */
  tier: 'central' | 'edge' | null;
  /** The scenario the variant belongs to (the hybrid itself for its tiers). */
  scenario: Scenario;
  /** The scenario whose inputs ranked the stacks: a tier's own scenario for the hybrid. */
  rankedAs: Scenario;
  variant: SeedVariant;
  /** How many stacks that ranking has. */
  count: number;
  /** How the seed's stack fares there; null when the ranking is empty. */
  conformance: Conformance | null;
  /** How many stacks share the seed's best rank, itself included (0 when it is not ranked). */
  sharingRank: number;
}

/**
 * The seed's stack beside the ranking: for a plain scenario the variant the requirements
 * select (variantFor) checked on the live rows and weights; for the hybrid each tier's own
 * ranking (rankTiers) against that tier's variant. Empty when the scenario names no single
 * stack: none at all, or the hybrid's two without its tier rankings.
 */
export function seedChecks(
  scenario: Scenario,
  rows: RankingRow[],
  weights: Weights,
  requirements: Requirements,
  tiers: TierRanking[] | null,
): SeedCheck[] {
  const check = (
    tier: SeedCheck['tier'],
    rankedAs: Scenario,
    variant: SeedVariant,
    ranked: RankingRow[],
    w: Weights,
  ): SeedCheck => {
    const conformance =
      ranked.length === 0 ? null : conformanceOf(ranked, w, scenario.id, variant.id, variant.stack);
    const seedRank = conformance?.seedBest?.rank;
    return {
      tier,
      scenario,
      rankedAs,
      variant,
      count: ranked.length,
      conformance,
      sharingRank: seedRank === undefined ? 0 : ranked.filter((r) => r.rank === seedRank).length,
    };
  };
  if (scenario.tiers)
    return (tiers ?? []).flatMap((t) => {
      const variant = scenario.variants.find((v) => v.id === t.key);
      return variant ? [check(t.key, t.scenario, variant, t.rows, t.scenario.weights)] : [];
    });
  const variant = variantFor(scenario, requirements);
  return variant ? [check(null, scenario, variant, rows, weights)] : [];
}
