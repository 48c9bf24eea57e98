import { sortFn_alphanumeric } from '@tanstack/react-table';

import { namesOf } from '../../catalogue/names';
import type { Catalogue } from '../../catalogue/types';
import { filterRows, fitSortKey } from '../../engine/row-filters';
import type { RankingRow } from '../../engine/evaluate';
import type { Sorting } from '../../store/app-store';

type Compare = (a: RankingRow, b: RankingRow) => number;

const basic =
  (value: (row: RankingRow) => number): Compare =>
  (a, b) => {
    const x = value(a);
    const y = value(b);
    return x === y ? 0 : x > y ? 1 : -1;
  };

/** The ascending comparator of every sortable ranking column of a catalogue, keyed by column id. */
function comparators(catalogue: Catalogue): Record<string, Compare> {
  const names = namesOf(catalogue);
  // The table's own comparator for the stack column, fed plain values instead of table rows.
  const byName: Compare = (a, b) =>
    sortFn_alphanumeric(
      { getValue: () => names.stack(a.stack.parts) } as never,
      { getValue: () => names.stack(b.stack.parts) } as never,
      'stack',
    );
  return {
    rank: basic((r) => r.rank),
    stack: byName,
    total: basic((r) => r.total),
    fit: basic(fitSortKey),
    ...Object.fromEntries(
      catalogue.dimensions.map((d) => [d.id, basic((r) => r.dimensions[d.id] ?? 0)]),
    ),
  };
}

/**
 * The rows in the order the ranking table shows them: the table's sorting (unknown columns
 * ignored, ties kept in ranking order, as TanStack does) over the ranking, one score column
 * per dimension of the catalogue. Pure.
 */
export function sortLikeTable(
  catalogue: Catalogue,
  rows: RankingRow[],
  sorting: Sorting,
): RankingRow[] {
  const byColumn = comparators(catalogue);
  const active = sorting.filter((s) => Object.hasOwn(byColumn, s.id));
  if (active.length === 0) return rows;
  const index = new Map(rows.map((row, i) => [row, i]));
  return [...rows].sort((a, b) => {
    for (const { id, desc } of active) {
      const order = byColumn[id]!(a, b);
      if (order !== 0) return desc ? -order : order;
    }
    return index.get(a)! - index.get(b)!;
  });
}

/** Every row the ranking table can show: the technology filter, then the table's sorting. */
export function visibleRows(
  catalogue: Catalogue,
  ranking: RankingRow[],
  technologyFilter: readonly string[],
  sorting: Sorting,
): RankingRow[] {
  return sortLikeTable(catalogue, filterRows(ranking, technologyFilter), sorting);
}
