import type { LayerId } from '../catalogue/types';
import type { CompatibilityStatus, MatchStatus, StackParts } from '../engine/types';

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

/** The chosen technology of one layer, or '' when the layer is open. */
export function layerChoice(
  technologyIds: readonly string[],
  layer: LayerId,
  layerOf: (id: string) => LayerId | undefined,
): string {
  return technologyIds.find((id) => layerOf(id) === layer) ?? '';
}

/** The filter with the layer's choice replaced by `technologyId` ('' clears the layer); layer order kept. */
export function withLayerChoice(
  technologyIds: readonly string[],
  layer: LayerId,
  technologyId: string,
  layerOf: (id: string) => LayerId | undefined,
): string[] {
  const others = technologyIds.filter((id) => layerOf(id) !== layer);
  return technologyId === '' ? others : [...others, technologyId];
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

const FIT_ORDER = { match: 0, partial: 1, mismatch: 2 } as const;
const COMPAT_ORDER = { valid: 0, warning: 1, invalid: 2 } as const;

/** The "fit" column's sort key: requirement fit first, then compatibility (lower is better). */
export function fitSortKey(row: {
  match: { status: MatchStatus };
  stack: { status: CompatibilityStatus };
}): number {
  return FIT_ORDER[row.match.status] * 3 + COMPAT_ORDER[row.stack.status];
}
