import { sortFn_alphanumeric } from '@tanstack/react-table';

import { filterRows, fitSortKey } from '../../components/filter-rows';
import { stackName } from '../../components/stack-name';
import type { RankingRow } from '../../engine/evaluate';
import { DIMENSION_IDS } from '../../engine/rank';
import type { Sorting } from '../../store/app-store';

type Compare = (a: RankingRow, b: RankingRow) => number;

const basic =
  (value: (row: RankingRow) => number): Compare =>
  (a, b) => {
    const x = value(a);
    const y = value(b);
    return x === y ? 0 : x > y ? 1 : -1;
  };

// The table's own comparator for the stack column, fed plain values instead of table rows.
const byName: Compare = (a, b) =>
  sortFn_alphanumeric(
    { getValue: () => stackName(a.stack.parts) } as never,
    { getValue: () => stackName(b.stack.parts) } as never,
    'stack',
  );

/** The ascending comparator of every sortable ranking column, keyed by column id. */
const COMPARATORS: Record<string, Compare> = {
  rank: basic((r) => r.rank),
  stack: byName,
  total: basic((r) => r.total),
  fit: basic(fitSortKey),
  ...Object.fromEntries(DIMENSION_IDS.map((d) => [d, basic((r) => r.dimensions[d])])),
};

/**
 * The rows in the order the ranking table shows them: the table's sorting (unknown columns
 * ignored, ties kept in ranking order, as TanStack does) over the ranking. Pure.
 */
export function sortLikeTable(rows: RankingRow[], sorting: Sorting): RankingRow[] {
  const active = sorting.filter((s) => Object.hasOwn(COMPARATORS, s.id));
  if (active.length === 0) return rows;
  const index = new Map(rows.map((row, i) => [row, i]));
  return [...rows].sort((a, b) => {
    for (const { id, desc } of active) {
      const order = COMPARATORS[id]!(a, b);
      if (order !== 0) return desc ? -order : order;
    }
    return index.get(a)! - index.get(b)!;
  });
}

/** Every row the ranking table can show: the technology filter, then the table's sorting. */
export function visibleRows(
  ranking: RankingRow[],
  technologyFilter: readonly string[],
  sorting: Sorting,
): RankingRow[] {
  return sortLikeTable(filterRows(ranking, technologyFilter), sorting);
}
