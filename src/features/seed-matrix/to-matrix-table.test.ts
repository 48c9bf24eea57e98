import { describe, expect, it } from 'vitest';

import { decisionMatrix } from '../../catalogue/decision-matrix';
import type { MatrixRow } from '../../catalogue/types';
import { toMatrixTable } from './to-matrix-table';

const row = (label: string, stars: number[], printedTotal: number): MatrixRow => ({
  label,
  stack: {},
  stars: { resource: stars[0]!, startTime: stars[1]!, offline: stars[2]!, maturity: stars[3]! },
  printedTotal,
  printedVerdict: 'optional',
});

describe('toMatrixTable on the seed’s 17.6.3 matrix', () => {
  const table = toMatrixTable(decisionMatrix);

  it('keeps the seed’s rows and columns in order', () => {
    expect(table.rows.map((r) => r.label)).toEqual([
      'K3s + WasmEdge + sqlite',
      'K3s + Docker + sqlite',
      'Kubernetes + WasmEdge + etcd',
      'Kubernetes + Docker + etcd',
    ]);
    expect(table.rows[1]!.stars).toEqual([
      { criterion: 'resource', value: 3 },
      { criterion: 'startTime', value: 2 },
      { criterion: 'offline', value: 5 },
      { criterion: 'maturity', value: 5 },
    ]);
  });

  it('recomputes the totals: own stars and the 4/3/2/1 weighting', () => {
    expect(table.rows.map((r) => r.printedTotal)).toEqual([24, 18, 12, 10]);
    expect(table.rows.map((r) => r.unweightedTotal)).toEqual([19, 15, 12, 10]);
    expect(table.rows.map((r) => r.weightedTotal)).toEqual([49, 33, 30, 19]);
    expect(table.weightedMax).toBe(50);
  });

  it('finds that 24 and 18 do not follow from the stars, and that the order holds', () => {
    expect(table.discrepancies).toEqual([
      { label: 'K3s + WasmEdge + sqlite', printed: 24, computed: 19 },
      { label: 'K3s + Docker + sqlite', printed: 18, computed: 15 },
    ]);
    expect(table.orderAgrees).toBe(true);
  });
});

describe('toMatrixTable on other matrices', () => {
  it('reports no discrepancy when every printed total adds up', () => {
    const table = toMatrixTable([row('a', [1, 1, 1, 1], 4), row('b', [2, 2, 2, 2], 8)]);
    expect(table.discrepancies).toEqual([]);
    expect(table.orderAgrees).toBe(true);
  });

  it('notices when the weighting reorders the candidates', () => {
    const table = toMatrixTable([row('a', [1, 1, 1, 5], 8), row('b', [3, 1, 1, 1], 6)]);
    expect(table.rows.map((r) => r.weightedTotal)).toEqual([14, 18]);
    expect(table.orderAgrees).toBe(false);
  });
});

describe('toMatrixTable against a catalogue', () => {
  it('names the technologies of a row’s stack the catalogue lacks', () => {
    const known = new Set(['k3s', 'kubernetes', 'docker', 'runc', 'crun', 'sqlite', 'etcd']);
    const table = toMatrixTable(decisionMatrix, undefined, known);
    expect(table.rows.map((r) => r.missing)).toEqual([['wasmedge'], [], ['wasmedge'], []]);
    expect(toMatrixTable(decisionMatrix).rows.every((r) => r.missing.length === 0)).toBe(true);
  });
});
