import { describe, expect, it } from 'vitest';

import type { RankingRow } from '../../engine/evaluate';
import { BLOCK, PAGE, pageAround, toPagedRows } from './paged-rows';

const row = (id: string, rank: number) => ({ stack: { id }, rank }) as unknown as RankingRow;
const ids = (r: { rows: RankingRow[]; positions: number[] }) =>
  r.rows.map((x, i) => [r.positions[i], x.stack.id]);

describe('toPagedRows', () => {
  const top = Array.from({ length: 100 }, (_, i) => row(`t${i}`, i + 1));
  const page = { start: 90, rows: Array.from({ length: 30 }, (_, i) => row(`p${i}`, 91 + i)) };

  it('shows the first rows of the top while the table shows the top', () => {
    expect(ids(toPagedRows(top, null, false, false, 3))).toEqual([
      [0, 't0'],
      [1, 't1'],
      [2, 't2'],
    ]);
  });

  it('pages: the whole top, then the page rows past it, at their positions', () => {
    const paged = toPagedRows(top, page, true, false, 50);
    expect(paged.positions.slice(98, 103)).toEqual([98, 99, 100, 101, 102]);
    expect(paged.rows[100]!.stack.id).toBe('p10');
    expect(paged.rows).toHaveLength(120);
  });

  it('sorted by a column: only the page the worker sorted, never the ranking’s top', () => {
    expect(ids(toPagedRows(top, { start: 0, rows: [row('s0', 7)] }, true, true, 50))).toEqual([
      [0, 's0'],
    ]);
  });

  it('past the first block: positions relative to the block, rows outside it dropped', () => {
    const far = {
      start: 2 * BLOCK - 1,
      rows: [row('a', 1), row('b', 2), row('c', 3)],
    };
    expect(ids(toPagedRows(top, far, true, false, 50, BLOCK))).toEqual([[BLOCK - 1, 'a']]);
    expect(ids(toPagedRows(top, far, true, false, 50, 2 * BLOCK))).toEqual([
      [0, 'b'],
      [1, 'c'],
    ]);
  });
});

describe('pageAround', () => {
  it('asks for a page before and after the rows in view', () => {
    expect(pageAround(1000, 1010)).toEqual({ start: 1000 - PAGE, count: 11 + 2 * PAGE });
    expect(pageAround(20, 30)).toEqual({ start: 0, count: 31 + PAGE });
  });
});
