import { functionalUpdate, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, type MouseEvent } from 'react';

import type { Language } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import { useAppStore, type Sorting } from '../../store/app-store';
import { sortableColumns } from '../../store/reconcile-inputs';
import { useCatalogue } from '../../store/use-ranking';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import { COLUMN_PINNING, columnVisibility } from './column-layout';
import { rankingColumns, rankingFeatures } from './columns';
import { rankingMessages } from './messages';
import { HeadCell } from './head-cell';
import { useHiddenColumns } from './use-hidden-columns';
import { useTableFrame } from './use-table-frame';
import './ranking-layouts.css';

/**
 * Height in px of a ranking row (two lines of chips) and of a card (narrow screens), fixed in
 * ranking.css and ranking-layouts.css so rows need no measuring.
 */
const ROW_HEIGHT = { full: 66, compact: 66, cards: 160 } as const;

/**
 * A ranking that lives in the scoring worker: the table holds only the rows it was sent, at
 * their positions; the rest of `count` rows are placeholders until their page arrives.
 */
export interface PagedRows {
  /** Position (0-based) of each row in `rows`. */
  positions: number[];
  /** Rows in the (virtual) table. */
  count: number;
  /** Position of its first row in the whole ranking (a block past the first). */
  offset: number;
  /** Rows in the whole (filtered) ranking, for assistive technology's row count. */
  total: number;
  /** The positions in view changed: fetch the page around them. */
  onRange: (first: number, last: number) => void;
}

interface RankingTableProps {
  rows: RankingRow[];
  moves: ReadonlyMap<string, number>;
  /** For a shown stack another stack dominates: that stack's id. */
  dominatedBy: Readonly<Record<string, string>>;
  /** Rows shown after sorting; the rest stay out of the DOM. */
  limit: number;
  lang: Language;
  /** Set for a catalogue ranked in the worker (rows come sorted and paged from there). */
  paged?: PagedRows;
  /** The worker is scoring newer inputs than these rows. */
  busy?: boolean;
}

/** A click on the row, not on one of its controls, opens the stack like its Details button. */
function openFromRow(event: MouseEvent<HTMLTableRowElement>) {
  if ((event.target as Element).closest('button, input, a, select, label')) return;
  const details = event.currentTarget.querySelector<HTMLButtonElement>('.details-button');
  // Focus the button first so the drawer returns focus to it on close.
  details?.focus();
  details?.click();
}

/** The sortable ranking table; sorting lives in the store. Re-renders with its rows and the catalogue. */
export const RankingTable = memo(function RankingTable({
  rows,
  moves,
  dominatedBy,
  limit,
  lang,
  paged,
  busy = false,
}: RankingTableProps) {
  const m = rankingMessages[lang];
  const catalogue = useCatalogue();
  const inWorker = paged !== undefined;
  const columns = useMemo(
    () => rankingColumns(lang, catalogue, !inWorker),
    [lang, catalogue, inWorker],
  );
  const storedSorting = useAppStore((s) => s.sorting);
  const setSorting = useAppStore((s) => s.setSorting);
  // Only the catalogue's columns sort (the store's list, so the URL and the table agree).
  // A worker-ranked table sorts by scores only (store/scoring/start.ts sortOf), not by name.
  const sorting = useMemo(() => {
    const ids = new Set(sortableColumns(catalogue));
    if (inWorker) ids.delete('stack');
    return storedSorting.filter((s) => ids.has(s.id));
  }, [storedSorting, catalogue, inWorker]);
  const meta = useMemo(() => ({ moves, dominatedBy }), [moves, dominatedBy]);

  const hidden = useHiddenColumns();
  const visibility = useMemo(
    () =>
      columnVisibility(
        hidden,
        catalogue.dimensions.map((d) => d.id),
      ),
    [hidden, catalogue],
  );

  const table = useTable({
    features: rankingFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.stack.id,
    state: { sorting, columnVisibility: visibility, columnPinning: COLUMN_PINNING },
    onSortingChange: (updater) => setSorting(functionalUpdate(updater, sorting) as Sorting),
    enableMultiSort: false,
    // The worker sorts a large catalogue; its rows arrive in the order to show.
    manualSorting: inWorker,
    meta,
  });

  const modelRows = table.getRowModel().rows;
  const visible = paged ? modelRows : modelRows.slice(0, limit);
  const byPosition = useMemo(() => {
    if (!paged) return null;
    const map = new Map<number, (typeof modelRows)[number]>();
    modelRows.forEach((row, i) => map.set(paged.positions[i]!, row));
    return map;
  }, [paged, modelRows]);
  const count = paged ? paged.count : visible.length;
  const rowOffset = paged?.offset ?? 0;
  const { scrollRef, tableRef, layout } = useTableFrame();
  const rowHeight = ROW_HEIGHT[layout];
  // Only the rows in view (plus a margin) are in the DOM: a weight drag re-renders every row,
  // and style, layout and paint grow with the row count (bench/browser/interaction.spec.ts).
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 3,
    initialRect: { width: 1200, height: 720 },
  });
  // Rows and cards differ in height: drop the sizes placed with the other one.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const onRange = paged?.onRange;
  useEffect(() => onRange?.(first, last), [onRange, first, last]);
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <div className="ranking-scroll" ref={scrollRef} data-layout={layout} aria-busy={busy}>
      <table
        ref={tableRef}
        className="ranking-table"
        aria-rowcount={(paged ? paged.total : count) + 1}
      >
        <caption className="visually-hidden">{m.tableCaption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <HeadCell key={header.id} header={header} />
              ))}
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
            const row = byPosition ? byPosition.get(index) : visible[index];
            if (!row)
              return (
                <tr
                  key={`pending-${index}`}
                  aria-rowindex={index + 2}
                  className="ranking-row pending-row"
                >
                  <td colSpan={columnCount}>
                    {format(m.loadingRow, { n: formatNumber(index + rowOffset + 1, lang) })}
                  </td>
                </tr>
              );
            return (
              <tr
                key={row.id}
                aria-rowindex={index + rowOffset + 2}
                data-stack-id={row.id}
                className={`ranking-row status-${row.original.stack.status} fit-${row.original.match.status}`}
                onClick={openFromRow}
              >
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta;
                  // A card shows a score's short header with it; the table's head names it otherwise.
                  const label = meta?.labelInCard ? (
                    <span className="card-label" aria-hidden="true">
                      {meta.shortHeader ?? String(cell.column.columnDef.header ?? '')}
                    </span>
                  ) : null;
                  return meta?.rowHeader ? (
                    <th key={cell.id} scope="row" className={meta.className}>
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={meta?.className}>
                      {label}
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
});
