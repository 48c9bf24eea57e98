import type { Header } from '@tanstack/react-table';

import type { RankingRow } from '../../engine/evaluate';
import type { rankingFeatures } from './columns';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * One column head of the ranking table. A short visible header (e.g. "Perf") keeps the full
 * name as the accessible one (and the tooltip), so the column is found by its name.
 */
export function HeadCell({
  header,
}: {
  header: Header<typeof rankingFeatures, RankingRow, unknown>;
}) {
  const column = header.column;
  const meta = column.columnDef.meta;
  const label = String(column.columnDef.header ?? '');
  const sorted = column.getIsSorted();
  const canSort = column.getCanSort();
  return (
    <th
      scope="col"
      className={meta?.className}
      aria-sort={canSort ? (sorted ? ARIA_SORT[sorted] : 'none') : undefined}
    >
      {canSort ? (
        <button
          type="button"
          className="sort-button"
          title={meta?.shortHeader ? label : undefined}
          onClick={column.getToggleSortingHandler()}
        >
          {meta?.shortHeader ? (
            <span>
              <span aria-hidden="true">{meta.shortHeader}</span>
              <span className="visually-hidden">{label}</span>
            </span>
          ) : (
            <span>{label}</span>
          )}
          <span className="sort-icon" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : meta?.hiddenHeader ? (
        <span className="visually-hidden">{label}</span>
      ) : meta?.icon ? (
        <span title={label}>
          <span aria-hidden="true">{meta.icon}</span>
          <span className="visually-hidden">{label}</span>
        </span>
      ) : (
        label
      )}
    </th>
  );
}
