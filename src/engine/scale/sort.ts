import { quantiseScore } from '../rank';
import { indexAtIdPlace, type CompiledStacks } from './compile';
import { exactTotal, type WeightPlan } from './score';
import {
  ID_BITS,
  groupOf,
  lowerBound,
  SCORE_SCALE,
  type FullOrder,
  type RankedIndex,
} from './select';

// Sorting a worker-ranked table by a column other than the rank: on the full order (select.ts).

/** The full order decoded: the stack at each position, and each stack's position (−1: not listed). */
export interface ExpandedOrder {
  indexAt: Int32Array;
  positionOf: Int32Array;
}

export function expandOrder(compiled: CompiledStacks, order: FullOrder): ExpandedOrder {
  const indexAt = new Int32Array(order.keys.length);
  const positionOf = new Int32Array(compiled.size).fill(-1);
  for (let p = 0; p < order.keys.length; p++) {
    const index = indexAtIdPlace(compiled, order.keys[p]! % ID_BITS);
    indexAt[p] = index;
    positionOf[index] = p;
  }
  return { indexAt, positionOf };
}

/** A column the table can sort a worker-ranked catalogue by (not the stack's name). */
export type SortColumn =
  { kind: 'rank' } | { kind: 'total' } | { kind: 'fit' } | { kind: 'dimension'; dimension: number };

/**
 * The listed stacks sorted by a column, ties in ranking order — as the table sorts its rows
 * (TanStack's sort is stable over rows given in ranking order). Scores compare at 1e-9, the
 * precision at which the ranking ties them. One numeric sort of packed keys
 * (column value · 2²¹ + ranking position).
 */
export function sortByColumn(
  compiled: CompiledStacks,
  plan: WeightPlan,
  order: FullOrder,
  expanded: ExpandedOrder,
  column: SortColumn,
  desc: boolean,
): Int32Array {
  const n = order.keys.length;
  const keys = new Float64Array(n);
  const score = (x: number) => Math.min(SCORE_SCALE, Math.max(0, quantiseScore(x)));
  for (let p = 0; p < n; p++) {
    const index = expanded.indexAt[p]!;
    let value: number;
    let top: number;
    if (column.kind === 'rank') {
      value = lowerBound(order.keys, groupOf(order.keys[p]!) * ID_BITS);
      top = ID_BITS;
    } else if (column.kind === 'fit') {
      value = compiled.fit[index]! * 3 + compiled.compat[index]!;
      top = 8;
    } else {
      const x =
        column.kind === 'total'
          ? exactTotal(compiled, plan, index)
          : compiled.dims[column.dimension]![index]!;
      value = score(x);
      top = SCORE_SCALE;
    }
    keys[p] = (desc ? top - value : value) * ID_BITS + p;
  }
  keys.sort();
  const sorted = new Int32Array(n);
  for (let p = 0; p < n; p++) sorted[p] = expanded.indexAt[keys[p]! % ID_BITS]!;
  return sorted;
}

/** Rows start … start + count − 1 of a column-sorted table, each with its ranking rank. */
export function sortedWindow(
  compiled: CompiledStacks,
  plan: WeightPlan,
  order: FullOrder,
  expanded: ExpandedOrder,
  sorted: Int32Array,
  start: number,
  count: number,
): RankedIndex[] {
  const from = Math.max(0, Math.min(start, sorted.length));
  const to = Math.max(from, Math.min(sorted.length, from + count));
  const rows: RankedIndex[] = [];
  for (let p = from; p < to; p++) {
    const index = sorted[p]!;
    const key = order.keys[expanded.positionOf[index]!]!;
    rows.push({
      index,
      total: exactTotal(compiled, plan, index),
      rank: lowerBound(order.keys, groupOf(key) * ID_BITS) + 1,
    });
  }
  return rows;
}
