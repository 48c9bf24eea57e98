import type {
  DimensionId,
  LayerId,
  Requirements,
  Scenario,
  SeedVariant,
  StackPattern,
  TechnologyId,
} from '../../catalogue/types';
import {
  conformanceOf,
  sweepNodes,
  variantRanking,
  type Conformance,
  type ConformanceVerdict,
  type NodeCheck,
} from '../../engine/conformance';
import { GLOBAL_TREE, walkTree, type TreeBranch } from '../../engine/decision-tree';
import type { PreparedCatalogue } from '../../engine/evaluate';
import { fitsPattern } from '../../engine/patterns';
import { treeSignals } from '../../engine/tree-signals';
import type { MatchCheck, MatchStatus, StackParts } from '../../engine/types';

/** How the 17.8.1 global tree's leaf compares with the app's leading group. */
export type TreeFit = 'matches' | 'amongLeaders' | 'differs';

export interface ConformanceRow {
  /** `scenarioId/variantId`: unique per row. */
  key: string;
  scenario: Scenario;
  variant: SeedVariant;
  /** The scenario whose weights and requirements rank the row (a hybrid tier's own scenario). */
  rankedAs: Scenario;
  /** The inputs the row is ranked under. */
  requirements: Requirements;
  verdict: ConformanceVerdict;
  /** Every co-recommended #1 (the leading group), in ranking order. */
  leaders: StackParts[];
  /** Rank of the best stack fitting the seed's stack; null when none is listed. */
  seedRank: number | null;
  /** total(#1) − total(seed's best) in points of 100; null when none is listed. */
  gapPoints: number | null;
  /** How many stacks share the seed stack's rank (exact ties), itself included. */
  seedTies: number;
  /** The policy the ranking was held to (17.2.2 "OPA-Wasm（统一）"), for the hybrid central tier. */
  heldToPolicy: TechnologyId | null;
  /** Verdict "differs": where #1 leaves the seed's best stack. */
  layers: { layer: LayerId; app: TechnologyId; seed: TechnologyId }[];
  /** Verdict "differs": fit tiers of #1 and the seed's best; the tier decides before the score. */
  fit: { top: MatchStatus; seed: MatchStatus } | null;
  /** When the tier decides: the seed's best stack's checks that are not met. */
  failedChecks: MatchCheck[];
  /** Verdict "differs": the dimensions that give #1 its lead, weighted points, largest first. */
  decidedBy: { dimension: DimensionId; points: number }[];
  /** Verdict "coRecommended": the layers where the leading stacks differ, and their choices. */
  separatedBy: { layer: LayerId; ids: TechnologyId[] }[];
  /** Verdict "coRecommended": spread of the leading group in points, and how many fit the seed. */
  spreadPoints: number;
  leadersFittingSeed: number;
  /**
   * The verdict at other cluster sizes of the row's class (the seed rarely states a node
   * count): empty for the hybrid tiers, whose inputs are their tier scenarios'.
   */
  sweep: NodeCheck[];
  tree: {
    /** The level-1 branch: the scenario path the tree takes. */
    path: TreeBranch;
    pattern: StackPattern;
    fit: TreeFit;
    /** Layers where no leading stack follows the tree (fit "differs"). */
    layers: LayerId[];
  };
}

const points = (v: number) => v * 100;

/** The 17.8.1 global tree under the row's inputs, against the leading group. */
function treeOf(requirements: Requirements, scenarioId: string, leaders: StackParts[]) {
  const walked = walkTree(GLOBAL_TREE, treeSignals(requirements, scenarioId));
  const pattern = walked.recommendation;
  const fitting = leaders.filter((parts) => fitsPattern(parts, pattern)).length;
  const fit: TreeFit =
    fitting === leaders.length ? 'matches' : fitting > 0 ? 'amongLeaders' : 'differs';
  // A layer the catalogue's stacks lack (a user's catalogue without it) is one none follows.
  const layers = (Object.keys(pattern) as LayerId[]).filter((layer) =>
    leaders.every((parts) => {
      const id = parts[layer];
      return id === undefined || !pattern[layer]!.includes(id);
    }),
  );
  return { path: walked.taken[0]!.branch, pattern, fit, layers: fit === 'differs' ? layers : [] };
}

/** The layers where the leading stacks do not all agree, with each layer's distinct choices in ranking order. */
function separation(leaders: StackParts[]): { layer: LayerId; ids: TechnologyId[] }[] {
  const first = leaders[0];
  if (!first) return [];
  return (Object.keys(first) as LayerId[]).flatMap((layer) => {
    const ids = [...new Set(leaders.flatMap((parts) => parts[layer] ?? []))];
    return ids.length > 1 ? [{ layer, ids }] : [];
  });
}

function toRow(
  c: Conformance,
  scenario: Scenario,
  variant: SeedVariant,
  ranking: ReturnType<typeof variantRanking>,
  sweep: NodeCheck[],
): ConformanceRow {
  const { rankedAs, requirements } = ranking;
  const leaders = c.leaders.map((r) => r.stack.parts);
  const top = c.leaders[0]!;
  const seed = c.seedBest;
  const differs = c.verdict === 'differs' && seed !== null;
  const tierDecides = differs && c.fit.seed !== c.fit.top;
  const last = c.leaders[c.leaders.length - 1]!;
  return {
    key: `${scenario.id}/${variant.id}`,
    scenario,
    variant,
    rankedAs,
    requirements,
    verdict: c.verdict,
    leaders,
    seedRank: seed?.rank ?? null,
    gapPoints: seed ? points(c.gap) : null,
    heldToPolicy: ranking.unifiedPolicy,
    seedTies: seed ? ranking.rows.filter((r) => r.rank === seed.rank).length : 0,
    layers: differs
      ? c.layers.flatMap((layer) => {
          // Both are stacks of one catalogue: each has every layer.
          const app = top.stack.parts[layer];
          const seedId = seed.stack.parts[layer];
          return app === undefined || seedId === undefined ? [] : [{ layer, app, seed: seedId }];
        })
      : [],
    fit: differs ? { top: c.fit.top, seed: c.fit.seed! } : null,
    failedChecks: tierDecides ? seed.match.checks.filter((check) => check.status !== 'match') : [],
    decidedBy: c.decidedBy.map((d) => ({ dimension: d.dimension, points: points(d.weighted) })),
    separatedBy: c.verdict === 'coRecommended' ? separation(leaders) : [],
    spreadPoints: points(top.total - last.total),
    leadersFittingSeed: leaders.filter((parts) => fitsPattern(parts, variant.stack)).length,
    sweep,
    tree: treeOf(requirements, rankedAs.id, leaders),
  };
}

/**
 * One row per seed variant of every scenario (17.4 / 17.8.2, and the 17.8.1 tree under the
 * same inputs): the engine's checkConformance in the default ranking mode, with the codes
 * and figures the conformance table shows. Hybrid tiers are ranked, and walked through the
 * tree, with their own tier scenario's inputs. Pure; does not depend on the user's inputs.
 */
export function toConformanceRows(
  prepared: PreparedCatalogue,
  scenarios: Scenario[],
): ConformanceRow[] {
  const options = { mode: 'fitFirst', showInvalid: false } as const;
  // One ranking per variant feeds both the verdict and the row (tie counts, tree, inputs).
  return scenarios.flatMap((scenario) =>
    scenario.variants.flatMap((variant) => {
      const ranking = variantRanking(prepared, scenarios, scenario, variant, options);
      if (ranking.rows.length === 0) return [];
      const c = conformanceOf(
        ranking.rows,
        ranking.rankedAs.weights,
        scenario.id,
        variant.id,
        variant.stack,
      );
      return [
        toRow(c, scenario, variant, ranking, sweepNodes(prepared, scenario, variant, options)),
      ];
    }),
  );
}

export interface ConformanceSummary {
  total: number;
  agrees: number;
  coRecommended: number;
  differs: number;
  absent: number;
}

/** How many rows have each verdict. */
export function summarise(rows: ConformanceRow[]): ConformanceSummary {
  const count = (v: ConformanceVerdict) => rows.filter((r) => r.verdict === v).length;
  return {
    total: rows.length,
    agrees: count('agrees'),
    coRecommended: count('coRecommended'),
    differs: count('differs'),
    absent: count('absent'),
  };
}
