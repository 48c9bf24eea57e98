import type { MatrixRow } from '../../catalogue/types';
import { checkDecisionMatrix, MATRIX_ORDER_WEIGHTS } from '../../engine/decision-matrix';

export type Criterion = keyof MatrixRow['stars'];

/** The 17.6.3 criteria in the seed's column order (also its stated priority order). */
export const CRITERIA: Criterion[] = ['resource', 'startTime', 'offline', 'maturity'];

export interface MatrixTableRow {
  label: string;
  stars: { criterion: Criterion; value: number }[];
  printedTotal: number;
  unweightedTotal: number;
  weightedTotal: number;
  printedAddsUp: boolean;
  verdict: MatrixRow['printedVerdict'];
  /** Technologies of the row's stack the catalogue lacks (a user's catalogue); empty for the seed's. */
  missing: string[];
}

export interface MatrixTable {
  rows: MatrixTableRow[];
  weights: Record<Criterion, number>;
  /** Largest possible weighted sum: every criterion at five stars. */
  weightedMax: number;
  /** The rows whose printed total is not the sum of their stars: printed vs computed. */
  discrepancies: { label: string; printed: number; computed: number }[];
  /** Printed, unweighted and weighted totals put the candidates in the same order. */
  orderAgrees: boolean;
}

/**
 * The 17.6.3 matrix as a table: stars, printed total, own-star sum and the 4/3/2/1 weighted
 * sum, in the seed's row order. With `technologies` (the ids of the catalogue's), each row
 * names the technologies of its stack the catalogue lacks.
 */
export function toMatrixTable(
  rows: MatrixRow[],
  weights = MATRIX_ORDER_WEIGHTS,
  technologies?: ReadonlySet<string>,
): MatrixTable {
  const checked = checkDecisionMatrix(rows, weights);
  const missingOf = (r: MatrixRow) =>
    technologies
      ? [...new Set(Object.values(r.stack).flat())].filter((id) => !technologies.has(id))
      : [];
  const tableRows = checked.rows.map((r) => ({
    label: r.label,
    stars: CRITERIA.map((criterion) => ({ criterion, value: r.stars[criterion] })),
    printedTotal: r.printedTotal,
    unweightedTotal: r.unweightedTotal,
    weightedTotal: r.weightedTotal,
    printedAddsUp: r.printedAddsUp,
    verdict: r.printedVerdict,
    missing: missingOf(r),
  }));
  return {
    rows: tableRows,
    weights,
    weightedMax: CRITERIA.reduce((s, c) => s + 5 * weights[c], 0),
    discrepancies: tableRows
      .filter((r) => !r.printedAddsUp)
      .map((r) => ({ label: r.label, printed: r.printedTotal, computed: r.unweightedTotal })),
    orderAgrees: checked.orderAgrees,
  };
}
