import type { MatrixRow } from '../catalogue/types';

type Criterion = keyof MatrixRow['stars'];

/** 17.6.3 orders its criteria 资源占用 > 启动时间 > 离线能力 > 成熟度; read as 4/3/2/1. */
export const MATRIX_ORDER_WEIGHTS: Record<Criterion, number> = {
  resource: 4,
  startTime: 3,
  offline: 2,
  maturity: 1,
};

export interface CheckedMatrixRow extends MatrixRow {
  unweightedTotal: number;
  weightedTotal: number;
  /** True when the printed total equals the sum of the row's own stars. */
  printedAddsUp: boolean;
}

export interface CheckedMatrix {
  rows: CheckedMatrixRow[];
  /** Same candidate order by printed totals, by unweighted sums and by weighted sums. */
  orderAgrees: boolean;
  printedAddsUp: boolean;
}

const order = (rows: CheckedMatrixRow[], key: (r: CheckedMatrixRow) => number) =>
  [...rows].sort((a, b) => key(b) - key(a) || a.label.localeCompare(b.label)).map((r) => r.label);

/** Recomputes the 17.6.3 matrix from its own stars: unweighted sums, weighted sums, and whether the printed totals follow. */
export function checkDecisionMatrix(
  rows: MatrixRow[],
  weights = MATRIX_ORDER_WEIGHTS,
): CheckedMatrix {
  const checked = rows.map((row): CheckedMatrixRow => {
    const criteria = Object.keys(row.stars) as Criterion[];
    const unweightedTotal = criteria.reduce((s, c) => s + row.stars[c], 0);
    const weightedTotal = criteria.reduce((s, c) => s + weights[c] * row.stars[c], 0);
    return {
      ...row,
      unweightedTotal,
      weightedTotal,
      printedAddsUp: unweightedTotal === row.printedTotal,
    };
  });
  const printed = order(checked, (r) => r.printedTotal).join();
  return {
    rows: checked,
    orderAgrees:
      printed === order(checked, (r) => r.unweightedTotal).join() &&
      printed === order(checked, (r) => r.weightedTotal).join(),
    printedAddsUp: checked.every((r) => r.printedAddsUp),
  };
}
