import { describe, expect, it } from 'vitest';
import { decisionMatrix } from '../catalogue/decision-matrix';
import { checkDecisionMatrix, MATRIX_ORDER_WEIGHTS } from './decision-matrix';

describe('checkDecisionMatrix on the 17.6.3 edge matrix', () => {
  const checked = checkDecisionMatrix(decisionMatrix);

  it('adds up each row’s stars: 5+5+5+4, 3+2+5+5, 2+5+2+3, 1+2+2+5', () => {
    expect(checked.rows.map((r) => r.unweightedTotal)).toEqual([19, 15, 12, 10]);
  });

  it('keeps the printed totals 24/18/12/10; only rows 3 and 4 add up', () => {
    expect(checked.rows.map((r) => r.printedTotal)).toEqual([24, 18, 12, 10]);
    expect(checked.rows.map((r) => r.printedAddsUp)).toEqual([false, false, true, true]);
    expect(checked.printedAddsUp).toBe(false);
  });

  it('weights 资源 > 启动 > 离线 > 成熟度 as 4/3/2/1: 49, 33, 30, 19', () => {
    expect(MATRIX_ORDER_WEIGHTS).toEqual({ resource: 4, startTime: 3, offline: 2, maturity: 1 });
    // 4·5+3·5+2·5+1·4, 4·3+3·2+2·5+1·5, 4·2+3·5+2·2+1·3, 4·1+3·2+2·2+1·5
    expect(checked.rows.map((r) => r.weightedTotal)).toEqual([49, 33, 30, 19]);
  });

  it('orders the candidates the same by printed, unweighted and weighted totals', () => {
    expect(checked.orderAgrees).toBe(true);
  });

  it('notices when the order does not agree', () => {
    const flipped = checkDecisionMatrix(decisionMatrix, {
      resource: 0,
      startTime: 0,
      offline: 0,
      maturity: 1,
    });
    // Maturity alone: 4, 5, 3, 5 puts row 2 and row 4 first.
    expect(flipped.rows.map((r) => r.weightedTotal)).toEqual([4, 5, 3, 5]);
    expect(flipped.orderAgrees).toBe(false);
  });

  it('notices when only the unweighted order disagrees with the printed one', () => {
    const maturityOnly = { resource: 0, startTime: 0, offline: 0, maturity: 1 };
    // Printed totals in the maturity order (row 2, row 4, row 1, row 3); stars unchanged.
    const printed = [20, 30, 10, 25];
    const rows = decisionMatrix.map((r, i) => ({ ...r, printedTotal: printed[i]! }));
    const checked = checkDecisionMatrix(rows, maturityOnly);
    expect(checked.rows.map((r) => r.unweightedTotal)).toEqual([19, 15, 12, 10]);
    expect(checked.orderAgrees).toBe(false);
    expect(checkDecisionMatrix(rows.slice(1, 2), maturityOnly).orderAgrees).toBe(true);
  });
});
