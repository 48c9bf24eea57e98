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
  focusable = false,
}: {
  /** Added to `data-table` on the <table>. */
  className: string;
  caption: string;
  columns: readonly DataColumn[];
  children: ReactNode;
  /** The scroller as a region named by the caption that takes focus, to scroll it by keyboard. */
  focusable?: boolean;
}) {
  const region = focusable ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {};
  return (
    <div className="data-scroll" {...region}>
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
