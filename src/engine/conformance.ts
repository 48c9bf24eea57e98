import type {
  Catalogue,
  DimensionId,
  LayerId,
  Requirements,
  Scenario,
  SeedVariant,
  StackPattern,
  TechnologyId,
  Weights,
} from '../catalogue/types';
import { compareVectors } from './compare';
import {
  assessStacks,
  rankAssessed,
  renumber,
  type PreparedCatalogue,
  type RankMode,
  type RankingRow,
  type RankOptions,
} from './evaluate';
import { fitsPattern } from './patterns';
import { presetWeights } from './presets';
import { focusOf } from './technology-scores';
import type { MatchCheck, MatchStatus } from './types';

/**
 * Two totals closer than this (on the 0..1 scale, i.e. half a point of 100) are a near-tie:
 * one star of one fact of one layer moves a stack's total by about 0.2–0.7 points, so a gap
 * below half a point says nothing the seed's coarse ratings can support.
 */
export const NEAR_TIE = 0.005;

/**
 * The rows that share first place: #1 and every other valid row in #1's fit tier whose total
 * is within NEAR_TIE of #1's, in ranking order. Never broken by id: all are co-recommended.
 * (In score-only mode rows of another fit can sit between them; they are not part of it.)
 */
export function leadingGroup(rows: RankingRow[]): RankingRow[] {
  const top = rows[0];
  if (!top) return [];
  if (top.stack.status === 'invalid') return [top];
  return rows.filter(
    (row) =>
      row === top ||
      (row.stack.status !== 'invalid' &&
        row.match.status === top.match.status &&
        top.total - row.total < NEAR_TIE),
  );
}

/** The layers where two stacks differ. */
export function differingLayers(
  a: Record<LayerId, TechnologyId>,
  b: Record<LayerId, TechnologyId>,
): LayerId[] {
  return (Object.keys(a) as LayerId[]).filter((layer) => a[layer] !== b[layer]);
}

/** The variant of a scenario the requirements select: the last whose selecting requirements hold, else the first. */
export function variantFor(scenario: Scenario, requirements: Requirements): SeedVariant | null {
  const [first, ...rest] = scenario.variants;
  if (!first) return null;
  const holds = (v: SeedVariant) =>
    (Object.entries(v.requirements) as [keyof Requirements, unknown][]).every(([key, value]) =>
      // "nodes: n" selects a size class: at least n nodes.
      key === 'nodes' ? requirements.nodes >= (value as number) : requirements[key] === value,
    );
  return [...rest].reverse().find(holds) ?? first;
}

/**
 * The inputs a variant stands for: the scenario's weights over the catalogue's dimensions
 * (presetWeights) and its requirements with the variant's on top.
 */
export function variantInputs(
  catalogue: Pick<Catalogue, 'dimensions'>,
  scenario: Scenario,
  variant: SeedVariant,
): { weights: Weights; requirements: Requirements } {
  return {
    weights: presetWeights(catalogue, scenario),
    requirements: { ...scenario.requirements, ...variant.requirements },
  };
}

/** Restricts a ranking to stacks whose policy is one of `policies` (the hybrid's "OPA-Wasm（统一）"). */
function withPolicies(rows: RankingRow[], policies: TechnologyId[], mode: RankMode): RankingRow[] {
  return renumber(
    rows.filter((r) => policies.includes(r.stack.parts.policy ?? '')),
    mode,
  );
}

export interface TierRanking {
  key: 'central' | 'edge';
  scenario: Scenario;
  rows: RankingRow[];
  /**
   * Set when the tier was held to the other tier's policy (one policy for both, 17.2.2); null
   * for the edge tier, or when the edge tier co-recommends several policies (then the central
   * tier is ranked among all of them).
   */
  unifiedPolicy: TechnologyId | null;
}

/**
 * The hybrid scenario's tiers: each ranked with its own scenario's inputs. 17.2.2 runs one
 * policy engine across both ("OPA-Wasm（统一）"): the edge tier, the constrained one, picks
 * it and the central tier is ranked among stacks with that policy.
 */
export function rankTiers(
  prepared: PreparedCatalogue,
  hybrid: Scenario,
  scenarioById: (id: string) => Scenario,
  options: RankOptions,
): TierRanking[] | null {
  if (!hybrid.tiers) return null;
  const rank = (s: Scenario) =>
    rankAssessed(
      assessStacks(prepared, s.requirements, focusOf(s)),
      presetWeights(prepared.catalogue, s),
      options,
    );
  const edgeScenario = scenarioById(hybrid.tiers.edge);
  const centralScenario = scenarioById(hybrid.tiers.central);
  const edgeRows = rank(edgeScenario);
  // The edge tier's co-recommended stacks may differ in policy: no id picks one of them.
  const policies = [...new Set(leadingGroup(edgeRows).flatMap((r) => r.stack.parts.policy ?? []))];
  const centralAll = rank(centralScenario);
  const centralRows =
    policies.length > 0 ? withPolicies(centralAll, policies, options.mode) : centralAll;
  const policy = policies.length === 1 ? policies[0]! : null;
  return [
    { key: 'central', scenario: centralScenario, rows: centralRows, unifiedPolicy: policy },
    { key: 'edge', scenario: edgeScenario, rows: edgeRows, unifiedPolicy: null },
  ];
}

export type ConformanceVerdict = 'agrees' | 'coRecommended' | 'differs' | 'absent';

export interface DimensionGap {
  dimension: DimensionId;
  /** w·(f(#1) − f(seed)) in 0..1 units: positive where #1 is ahead. */
  weighted: number;
}

export interface Conformance {
  scenarioId: string;
  variantId: string;
  pattern: StackPattern;
  /** The leading group (#1 and its near-ties). */
  leaders: RankingRow[];
  /** The best-ranked stack that fits the seed's pattern, or null when none is listed. */
  seedBest: RankingRow | null;
  verdict: ConformanceVerdict;
  /** total(#1) − total(seed's best), 0..1 units. */
  gap: number;
  /** Where #1 differs from the seed's stack. */
  layers: LayerId[];
  /** Fit of #1 and of the seed's best: a tier difference decides before any score does. */
  fit: { top: MatchStatus; seed: MatchStatus | null };
  /** The dimensions that give #1 its lead, largest first (only those in #1's favour). */
  decidedBy: DimensionGap[];
}

/** How the seed's stack for a variant fares in a ranking: its rank, the gap to #1 and what decides it. */
export function conformanceOf(
  rows: RankingRow[],
  weights: Weights,
  scenarioId: string,
  variantId: string,
  pattern: StackPattern,
): Conformance {
  const leaders = leadingGroup(rows);
  const top = rows[0]!;
  const seedBest = rows.find((r) => fitsPattern(r.stack.parts, pattern)) ?? null;
  const base = { scenarioId, variantId, pattern, leaders, seedBest };
  if (!seedBest) {
    return {
      ...base,
      verdict: 'absent',
      gap: 0,
      layers: [],
      fit: { top: top.match.status, seed: null },
      decidedBy: [],
    };
  }
  const verdict: ConformanceVerdict =
    seedBest === top
      ? leaders.length > 1
        ? 'coRecommended'
        : 'agrees'
      : leaders.includes(seedBest)
        ? 'coRecommended'
        : 'differs';
  const decidedBy = compareVectors(top.dimensions, seedBest.dimensions, weights)
    .deltas.filter((d) => d.weightedDelta > 1e-12)
    .map((d) => ({ dimension: d.dimension, weighted: d.weightedDelta }));
  return {
    ...base,
    verdict,
    gap: top.total - seedBest.total,
    layers: differingLayers(top.stack.parts, seedBest.stack.parts),
    fit: { top: top.match.status, seed: seedBest.match.status },
    decidedBy: verdict === 'differs' ? decidedBy : [],
  };
}

/**
 * Every scenario variant of the catalogue checked against the app's ranking under that
 * variant's own inputs (default rank mode, invalid stacks hidden): the seed conformance table.
 */
export function checkConformance(
  prepared: PreparedCatalogue,
  scenarios: Scenario[],
  options: RankOptions = { mode: 'fitFirst', showInvalid: false },
): Conformance[] {
  return scenarios.flatMap((scenario) =>
    scenario.variants.flatMap((variant) => {
      const { rows, rankedAs } = variantRanking(prepared, scenarios, scenario, variant, options);
      return rows.length === 0
        ? []
        : [
            conformanceOf(
              rows,
              presetWeights(prepared.catalogue, rankedAs),
              scenario.id,
              variant.id,
              variant.stack,
            ),
          ];
    }),
  );
}

/**
 * The ranking checkConformance reads for one variant, with the inputs it is ranked under: a
 * hybrid tier's (its own scenario's inputs, held to the unified policy) or the variant's own.
 */
export function variantRanking(
  prepared: PreparedCatalogue,
  scenarios: Scenario[],
  scenario: Scenario,
  variant: SeedVariant,
  options: RankOptions = { mode: 'fitFirst', showInvalid: false },
): {
  rows: RankingRow[];
  rankedAs: Scenario;
  requirements: Requirements;
  unifiedPolicy: TechnologyId | null;
} {
  if (scenario.tiers) {
    const byId = (id: string) => scenarios.find((s) => s.id === id)!;
    const tier = rankTiers(prepared, scenario, byId, options)!.find((t) => t.key === variant.id)!;
    return {
      rows: tier.rows,
      rankedAs: tier.scenario,
      requirements: tier.scenario.requirements,
      unifiedPolicy: tier.unifiedPolicy,
    };
  }
  const { weights, requirements } = variantInputs(prepared.catalogue, scenario, variant);
  const rows = rankAssessed(
    assessStacks(prepared, requirements, focusOf(scenario)),
    weights,
    options,
  );
  return { rows, rankedAs: scenario, requirements, unifiedPolicy: null };
}

/** The verdict for a variant at one cluster size, and what the seed's stack fails there. */
export interface NodeCheck {
  nodes: number;
  verdict: ConformanceVerdict;
  /** The requirement checks the seed's best stack does not meet at this size. */
  failing: MatchCheck[];
}

/** Cluster sizes a sweep tries: small ones up to 17.4.1's 1000-node line, large ones past it. */
export const SWEEP_SMALL = [1, 3, 10, 100, 1000];
export const SWEEP_LARGE = [1001, 2000, 5000, 10000];

/**
 * How the verdict for a variant holds as the cluster grows within the variant's size class
 * (the seed rarely states a node count): the same inputs at each size of the sweep. Hybrid
 * tiers are not swept (their inputs are their tier scenarios').
 */
export function sweepNodes(
  prepared: PreparedCatalogue,
  scenario: Scenario,
  variant: SeedVariant,
  options: RankOptions = { mode: 'fitFirst', showInvalid: false },
): NodeCheck[] {
  if (scenario.tiers) return [];
  const { weights, requirements } = variantInputs(prepared.catalogue, scenario, variant);
  const sizes = requirements.nodes > 1000 ? SWEEP_LARGE : SWEEP_SMALL;
  const assessedFocus = focusOf(scenario);
  return sizes.flatMap((nodes) => {
    const rows = rankAssessed(
      assessStacks(prepared, { ...requirements, nodes }, assessedFocus),
      weights,
      options,
    );
    if (rows.length === 0) return [];
    const c = conformanceOf(rows, weights, scenario.id, variant.id, variant.stack);
    const failing = c.seedBest?.match.checks.filter((check) => check.status !== 'match') ?? [];
    return [{ nodes, verdict: c.verdict, failing }];
  });
}
