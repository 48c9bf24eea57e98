import type { Catalogue } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import type { CompatibilityStatus, MatchStatus, StackParts } from '../../engine/types';
import { toPoints } from '../../i18n/numbers';

/** One row of the ranking slide. */
export interface TopStack {
  rank: number;
  stackId: string;
  parts: StackParts;
  /** The total out of 100, rounded to 0.01. */
  points: number;
  fit: MatchStatus;
  compatibility: CompatibilityStatus;
  /** True when a production case of the catalogue (17.5 in the seed) runs this stack. */
  inProduction: boolean;
}

const productionCache = new WeakMap<Catalogue['cases'], ReadonlySet<string>>();

/** The ids of a catalogue's production cases, built once per catalogue. */
function productionOf({ cases }: Pick<Catalogue, 'cases'>): ReadonlySet<string> {
  let ids = productionCache.get(cases);
  if (!ids) {
    ids = new Set(cases.filter((c) => c.status === 'production').map((c) => c.id));
    productionCache.set(cases, ids);
  }
  return ids;
}

/** A ranking row as the slides show it; the catalogue says which of its cases are in production. */
export function toTopStack(row: RankingRow, catalogue: Pick<Catalogue, 'cases'>): TopStack {
  const production = productionOf(catalogue);
  return {
    rank: row.rank,
    stackId: row.stack.id,
    parts: row.stack.parts,
    points: toPoints(row.total),
    fit: row.match.status,
    compatibility: row.stack.status,
    inProduction: row.caseIds.some((id) => production.has(id)),
  };
}

/** The first `n` rows of the live ranking, in ranking order. */
export function toTopStacks(
  ranking: readonly RankingRow[],
  catalogue: Pick<Catalogue, 'cases'>,
  n = 8,
): TopStack[] {
  return ranking.slice(0, n).map((row) => toTopStack(row, catalogue));
}
