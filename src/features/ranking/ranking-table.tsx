import { functionalUpdate, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';

import type { Language } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import { useAppStore, type Sorting } from '../../store/app-store';
import { sortableColumns } from '../../store/reconcile-inputs';
import { useCatalogue } from '../../store/use-ranking';
import { rankingColumns, rankingFeatures } from './columns';
import { rankingMessages } from './messages';

/** Height of a ranking row in px (two lines of chips), fixed in ranking.css so rows need no measuring. */
const ROW_HEIGHT = 66;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

interface RankingTableProps {
  rows: RankingRow[];
  moves: ReadonlyMap<string, number>;
  /** Rows shown after sorting; the rest stay out of the DOM. */
  limit: number;
  lang: Language;
}

/** A click on the row, not on one of its controls, opens the stack like its Details button. */
function openFromRow(event: MouseEvent<HTMLTableRowElement>) {
  if ((event.target as Element).closest('button, input, a, select, label')) return;
  const details = event.currentTarget.querySelector<HTMLButtonElement>('.details-button');
  // Focus the button first so the drawer returns focus to it on close.
  details?.focus();
  details?.click();
}

/**
 * Keeps the sticky identity columns (compare, rank, stack) edge to edge: their left offsets
 * follow the measured widths of the columns before them, which change with the language.
 */
function useStickyOffsets() {
  const ref = useRef<HTMLTableElement>(null);
  useLayoutEffect(() => {
    const table = ref.current;
    const compare = table?.querySelector<HTMLElement>('thead .col-compare');
    const rank = table?.querySelector<HTMLElement>('thead .col-rank');
    if (!table || !compare || !rank) return;
    const update = () => {
      table.style.setProperty('--left-rank', `${compare.offsetWidth}px`);
      table.style.setProperty('--left-stack', `${compare.offsetWidth + rank.offsetWidth}px`);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(compare);
    observer.observe(rank);
    return () => observer.disconnect();
  }, []);
  return ref;
}

/** The sortable ranking table; sorting lives in the store. Re-renders with its rows and the catalogue. */
export function RankingTable({ rows, moves, limit, lang }: RankingTableProps) {
  const m = rankingMessages[lang];
  const catalogue = useCatalogue();
  const columns = useMemo(() => rankingColumns(lang, catalogue), [lang, catalogue]);
  const storedSorting = useAppStore((s) => s.sorting);
  const setSorting = useAppStore((s) => s.setSorting);
  // Only the catalogue's columns sort (the store's list, so the URL and the table agree).
  const sorting = useMemo(() => {
    const ids = new Set(sortableColumns(catalogue));
    return storedSorting.filter((s) => ids.has(s.id));
  }, [storedSorting, catalogue]);
  const meta = useMemo(() => ({ moves }), [moves]);

  const table = useTable({
    features: rankingFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.stack.id,
    state: { sorting },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, sorting) as Sorting),
    enableMultiSort: false,
    meta,
  });

  const visible = table.getRowModel().rows.slice(0, limit);
  const tableRef = useStickyOffsets();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view (plus a margin) are in the DOM: a weight drag re-renders every row,
  // and style, layout and paint grow with the row count (bench/browser/slider-latency.spec.ts).
  // The app does not use the React Compiler, so its memoisation warning does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
    initialRect: { width: 1200, height: 720 },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div className="ranking-scroll" ref={scrollRef}>
      <table ref={tableRef} className="ranking-table" aria-rowcount={visible.length + 1}>
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = header.column;
                const meta = column.columnDef.meta;
                const label = String(column.columnDef.header ?? '');
                const sorted = column.getIsSorted();
                const canSort = column.getCanSort();
                return (
                  <th
                    key={header.id}
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
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" className="virtual-pad">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map(({ index }) => {
            const row = visible[index]!;
            return (
              <tr
                key={row.id}
                aria-rowindex={index + 2}
                data-stack-id={row.id}
                className={`ranking-row status-${row.original.stack.status} fit-${row.original.match.status}`}
                onClick={openFromRow}
              >
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" className={meta.className}>
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={meta?.className}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" className="virtual-pad">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
