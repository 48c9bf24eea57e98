import {
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from '@tanstack/react-table';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language } from '../../catalogue/types';
import { stackName } from '../../components/stack-name';
import type { RankingRow } from '../../engine/evaluate';
import { DIMENSION_IDS } from '../../engine/rank';
import {
  CompareCheckbox,
  DetailsButton,
  DimensionCell,
  FitCell,
  MoveCell,
  StackCell,
  TotalCell,
} from './cells';
import { fitSortKey } from '../../components/filter-rows';
import { SORTABLE_COLUMNS } from '../../store/inputs-schema';
import { rankingMessages } from './messages';

export interface RankingColumnMeta {
  /** Class of the column's th and td, for widths and alignment. */
  className: string;
  /** The cell heads its row (th scope="row"). */
  rowHeader?: boolean;
  /** The header is shown only to assistive technology. */
  hiddenHeader?: boolean;
  /** A short visible header (e.g. "Perf"); `header` stays the full, accessible name. */
  shortHeader?: string;
  /** A symbol shown instead of the header text, which stays for assistive technology. */
  icon?: string;
}

export interface RankingTableMeta {
  /** Places moved at the last change of order, by stack id. */
  moves: ReadonlyMap<string, number>;
}

/** The ranking table's features: client sorting only; filtering happens before the table. */
export const rankingFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  columnMeta: metaHelper<RankingColumnMeta>(),
  tableMeta: metaHelper<RankingTableMeta>(),
});

const helper = createColumnHelper<typeof rankingFeatures, RankingRow>();

/** Column headers short enough for six score columns at 1280 px; the full name is the accessible one. */
const SHORT_DIMENSION: Record<Language, Record<(typeof DIMENSION_IDS)[number], string>> = {
  en: {
    resource: 'Res',
    performance: 'Perf',
    scale: 'Scale',
    availability: 'Avail',
    cost: 'Cost',
    maturity: 'Mat',
  },
  zh: {
    resource: '资源',
    performance: '性能',
    scale: '规模',
    availability: '可用性',
    cost: '成本',
    maturity: '成熟度',
  },
};

/** The sortable column ids, the same list the store validates sorting against. */
export const RANKING_COLUMN_IDS: ReadonlySet<string> = new Set(SORTABLE_COLUMNS);

/**
 * The ranking columns in one language. Build once per language (useMemo): cell renderers are
 * components, so a new set remounts every cell.
 */
export function rankingColumns(lang: Language) {
  const m = rankingMessages[lang];
  return helper.columns([
    helper.display({
      id: 'compare',
      header: m.compare,
      meta: { className: 'col-compare', icon: '⇄' },
      cell: ({ row }) => (
        <CompareCheckbox stack={row.original.stack} rank={row.original.rank} lang={lang} />
      ),
    }),
    helper.accessor('rank', {
      header: m.rank,
      meta: { className: 'col-rank' },
      cell: ({ row, table }) => (
        <span className="rank-cell">
          <span className="rank num">{row.original.rank}</span>
          <MoveCell move={table.options.meta?.moves.get(row.id)} lang={lang} />
        </span>
      ),
    }),
    helper.accessor((r) => stackName(r.stack.parts), {
      id: 'stack',
      header: m.stack,
      sortFn: 'alphanumeric',
      meta: { className: 'col-stack', rowHeader: true },
      cell: ({ row }) => (
        <span className="stack-col">
          <StackCell stack={row.original.stack} caseIds={row.original.caseIds} lang={lang} />
          <DetailsButton stack={row.original.stack} lang={lang} />
        </span>
      ),
    }),
    helper.accessor('total', {
      header: m.total,
      sortDescFirst: true,
      meta: { className: 'col-total' },
      cell: ({ row }) => <TotalCell total={row.original.total} lang={lang} />,
    }),
    ...DIMENSION_IDS.map((d) =>
      helper.accessor((r) => r.dimensions[d], {
        id: d,
        header: seedCatalogue.dimensions.find((dim) => dim.id === d)?.name[lang] ?? d,
        sortDescFirst: true,
        meta: { className: `col-dim col-dim-${d}`, shortHeader: SHORT_DIMENSION[lang][d] },
        cell: ({ row }) => (
          <DimensionCell dimension={d} value={row.original.dimensions[d]} lang={lang} />
        ),
      }),
    ),
    helper.accessor(fitSortKey, {
      id: 'fit',
      header: m.fit,
      meta: { className: 'col-fit' },
      cell: ({ row }) => (
        <FitCell match={row.original.match} stack={row.original.stack} lang={lang} />
      ),
    }),
  ]);
}
