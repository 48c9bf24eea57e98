import { COMPAT, FIT } from './scale/compile';
import type { CompatibilityStatus, MatchStatus, StackParts } from './types';

/** What the ranking's row helpers read of a row. */
interface FilterableRow {
  stack: { parts: StackParts; status: string };
  match: { status: MatchStatus };
}

/** The rows whose stack contains every chosen technology; all rows when none is chosen. */
export function filterRows<T extends FilterableRow>(
  rows: T[],
  technologyIds: readonly string[],
): T[] {
  if (technologyIds.length === 0) return rows;
  return rows.filter((row) => {
    const parts = Object.values(row.stack.parts);
    return technologyIds.every((id) => parts.includes(id));
  });
}

export interface FitCounts {
  match: number;
  partial: number;
  mismatch: number;
  invalid: number;
}

/** How many rows match, partly match or fail the requirements, and how many are invalid. */
export function fitCounts(rows: readonly FilterableRow[]): FitCounts {
  const counts: FitCounts = { match: 0, partial: 0, mismatch: 0, invalid: 0 };
  for (const row of rows) {
    counts[row.match.status] += 1;
    if (row.stack.status === 'invalid') counts.invalid += 1;
  }
  return counts;
}

/**
 * The "fit" column's sort key: requirement fit first, then compatibility (lower is better) —
 * the same codes the scale kernel sorts that column by.
 */
export function fitSortKey(row: {
  match: { status: MatchStatus };
  stack: { status: CompatibilityStatus };
}): number {
  return FIT[row.match.status] * 3 + COMPAT[row.stack.status];
}
