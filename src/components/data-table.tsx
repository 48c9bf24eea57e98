import type { ReactNode } from 'react';

import './data-table.css';

/** A column head: its words, or its words and `numeric` for a right-aligned number column. */
export type DataColumn = string | { label: string; numeric: true };

/**
 * A captioned data table in its horizontal scroller: one row of column heads, then the body
 * rows given as children.
 */
export function DataTable({
  className,
  caption,
  columns,
  children,
}: {
  /** Added to `data-table` on the <table>. */
  className: string;
  caption: string;
  columns: readonly DataColumn[];
  children: ReactNode;
}) {
  return (
    <div className="data-scroll">
      <table className={`data-table ${className}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) =>
              typeof column === 'string' ? (
                <th key={i} scope="col">
                  {column}
                </th>
              ) : (
                <th key={i} scope="col" className="num-col">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
