import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { toPoints } from '../../components/charts/points';
import type { RankingRow } from '../../engine/evaluate';
import type { CompatibilityStatus, MatchStatus, StackParts } from '../../engine/types';

/** One row of the ranking slide. */
export interface TopStack {
  rank: number;
  stackId: string;
  parts: StackParts;
  /** The total out of 100, rounded to 0.01. */
  points: number;
  fit: MatchStatus;
  compatibility: CompatibilityStatus;
  /** True when a 17.5 production case runs this stack. */
  inProduction: boolean;
}

const PRODUCTION = new Set(
  seedCatalogue.cases.filter((c) => c.status === 'production').map((c) => c.id),
);

/** A ranking row as the slides show it. */
export function toTopStack(row: RankingRow): TopStack {
  return {
    rank: row.rank,
    stackId: row.stack.id,
    parts: row.stack.parts,
    points: toPoints(row.total),
    fit: row.match.status,
    compatibility: row.stack.status,
    inProduction: row.caseIds.some((id) => PRODUCTION.has(id)),
  };
}

/** The first `n` rows of the live ranking, in ranking order. */
export function toTopStacks(ranking: readonly RankingRow[], n = 8): TopStack[] {
  return ranking.slice(0, n).map(toTopStack);
}
