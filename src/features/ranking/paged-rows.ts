import type { RankingRow } from '../../engine/evaluate';

/** Rows to ask the worker for around the rows in view (a page before and after them). */
export const PAGE = 150;

/**
 * Rows a worker-ranked table scrolls through at once: browsers cap an element's height near
 * 33.5 million px (≈ 500,000 rows of 66 px), so "Show all" pages through blocks of this many.
 */
export const BLOCK = 100_000;

/** The rows a worker-ranked table holds, each with its position in the table. */
export interface PositionedRows {
  rows: RankingRow[];
  positions: number[];
}

/**
 * The rows a worker-ranked table can show: its first `top` rows while it shows the top of the
 * ranking; when it pages or is sorted by a column, the page the worker sent (and, unsorted, the
 * top rows it already has). Pure.
 */
export function toPagedRows(
  top: RankingRow[],
  page: { start: number; rows: RankingRow[] } | null,
  paging: boolean,
  sorted: boolean,
  limit: number,
  /** The first position of the block in view; positions returned are relative to it. */
  offset = 0,
): PositionedRows {
  const rows: RankingRow[] = [];
  const positions: number[] = [];
  const head = sorted || offset > 0 ? [] : paging ? top : top.slice(0, limit);
  head.forEach((row, i) => {
    rows.push(row);
    positions.push(i);
  });
  if (paging && page) {
    page.rows.forEach((row, i) => {
      const position = page.start + i - offset;
      if (position < head.length || position >= BLOCK) return;
      rows.push(row);
      positions.push(position);
    });
  }
  return { rows, positions };
}

/** The page to ask for when rows first … last are in view. */
export function pageAround(first: number, last: number): { start: number; count: number } {
  const start = Math.max(0, first - PAGE);
  return { start, count: last - start + 1 + PAGE };
}
