import type { Catalogue, Requirements, Technology, Weights } from '../catalogue/types';
import { scoreStacks } from './aggregate';
import { matchStack } from './match';
import { casesForStack } from './patterns';
import { compareRanked, normaliseWeights, totalScore } from './rank';
import { buildStacks } from './stacks';
import type { DimensionVector, MatchResult, Stack } from './types';

/** The weight-independent, requirement-independent part: stacks and lookups. */
export interface PreparedCatalogue {
  catalogue: Catalogue;
  stacks: Stack[];
  technologies: Map<string, Technology>;
}

/** A stack judged under a set of requirements. */
export interface AssessedStack {
  stack: Stack;
  dimensions: DimensionVector;
  match: MatchResult;
  caseIds: string[];
}

export interface RankingRow extends AssessedStack {
  rank: number;
  total: number;
}

/**
 * fitFirst: stacks that match the requirements, then partial, then mismatch, each by score
 * (17.6.2: only a scheme that satisfies the requirements is chosen). scoreOnly: by score alone.
 * Invalid stacks always come last.
 */
export type RankMode = 'fitFirst' | 'scoreOnly';

export interface RankOptions {
  mode: RankMode;
  showInvalid: boolean;
}

/** Builds every stack of the catalogue once. */
export function prepareCatalogue(catalogue: Catalogue): PreparedCatalogue {
  return {
    catalogue,
    stacks: buildStacks(catalogue),
    technologies: new Map(catalogue.technologies.map((t) => [t.id, t])),
  };
}

/** Scores and matches every stack under R; run when requirements change, not when weights do. */
export function assessStacks(
  prepared: PreparedCatalogue,
  requirements: Requirements,
): AssessedStack[] {
  const { catalogue, stacks, technologies } = prepared;
  return scoreStacks(stacks, catalogue, requirements).map(({ stack, dimensions }) => ({
    stack,
    dimensions,
    match: matchStack(stack.parts, technologies, requirements),
    caseIds: casesForStack(stack.parts, catalogue.cases).map((c) => c.id),
  }));
}

const FIT_TIER = { match: 0, partial: 1, mismatch: 2 } as const;

function tier(row: AssessedStack, mode: RankMode): number {
  if (row.stack.status === 'invalid') return 3;
  return mode === 'fitFirst' ? FIT_TIER[row.match.status] : 0;
}

/** Ranks assessed stacks under the weights: Score(T) = Σ wᵢ·fᵢ(T), deterministic, ties by id. Pure. */
export function rankAssessed(
  assessed: AssessedStack[],
  weights: Weights,
  options: RankOptions,
): RankingRow[] {
  const w = normaliseWeights(weights);
  const rows = assessed
    .filter((a) => options.showInvalid || a.stack.status !== 'invalid')
    .map((a) => ({
      row: { ...a, total: totalScore(a.dimensions, w), rank: 0 },
      tier: tier(a, options.mode),
    }));
  rows.sort((a, b) => a.tier - b.tier || compareRanked(a.row, b.row));
  return rows.map(({ row }, i) => ({ ...row, rank: i + 1 }));
}
