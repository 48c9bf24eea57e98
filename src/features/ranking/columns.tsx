import {
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
} from '@tanstack/react-table';

import { namesOf, type Names } from '../../catalogue/names';
import type { Catalogue, Language, SeedDimensionId } from '../../catalogue/types';
import { dimensionColour } from '../../components/series-colour';
import type { RankingRow } from '../../engine/evaluate';
import {
  CompareCheckbox,
  DetailsButton,
  DimensionCell,
  FitCell,
  MoveCell,
  StackCell,
  TotalCell,
} from './cells';
import { fitSortKey } from '../../engine/row-filters';
import { format } from '../../i18n/messages';
import { rankingMessages } from './messages';
import { formatNumber } from '../../i18n/numbers';

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
  /** As a card (narrow screens), the cell shows its short header above the value. */
  labelInCard?: boolean;
}

export interface RankingTableMeta {
  /** Places moved at the last change of order, by stack id. */
  moves: ReadonlyMap<string, number>;
  /** For a shown stack another stack dominates: that stack's id. */
  dominatedBy: Readonly<Record<string, string>>;
}

/**
 * The ranking table's features: client sorting, the user's hidden columns and the pinned
 * identity and verdict columns (column-layout.ts); filtering happens before the table.
 */
export const rankingFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  columnPinningFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
  columnMeta: metaHelper<RankingColumnMeta>(),
  tableMeta: metaHelper<RankingTableMeta>(),
});

const helper = createColumnHelper<typeof rankingFeatures, RankingRow>();

/**
 * Column headers short enough for the seed's six score columns at 1280 px; the full name is
 * the accessible one. A user's dimension is headed by its name.
 */
const SHORT_DIMENSION: Record<Language, Record<SeedDimensionId, string>> = {
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

/** The short header of a dimension's column: the seed's abbreviation, else none (its name is short). */
function shortDimension(id: string, lang: Language): string | undefined {
  const short: Record<string, string> = SHORT_DIMENSION[lang];
  return Object.hasOwn(short, id) ? short[id] : undefined;
}

/** "dominated", with the stack that dominates it named for every reader. */
function DominatedFlag({ by, names, lang }: { by: string; names: Names; lang: Language }) {
  const m = rankingMessages[lang];
  const text = format(m.dominatedBy, { stack: names.stack(by) });
  return (
    <span className="dominated-flag" title={text}>
      {m.dominated}
      <span className="visually-hidden">: {text}</span>
    </span>
  );
}

/**
 * The ranking columns of a catalogue in one language: identity, one score column per
 * dimension, then the verdict (the order column-layout.ts pins them in). Build
 * once per language and catalogue (useMemo): cell renderers are components, so a new set
 * remounts every cell.
 */
export function rankingColumns(lang: Language, catalogue: Catalogue, sortByName = true) {
  const m = rankingMessages[lang];
  const names = namesOf(catalogue);
  return helper.columns([
    helper.display({
      id: 'compare',
      header: m.compare,
      meta: { className: 'col-compare', icon: '⇄' },
      cell: ({ row }) => (
        <CompareCheckbox
          stack={row.original.stack}
          rank={row.original.rank}
          names={names}
          lang={lang}
        />
      ),
    }),
    helper.accessor('rank', {
      header: m.rank,
      meta: { className: 'col-rank' },
      cell: ({ row, table }) => (
        <span className="rank-cell">
          <span className="rank num">{formatNumber(row.original.rank, lang)}</span>
          <MoveCell move={table.options.meta?.moves.get(row.id)} lang={lang} />
        </span>
      ),
    }),
    helper.accessor((r) => names.stack(r.stack.parts), {
      id: 'stack',
      header: m.stack,
      sortFn: 'alphanumeric',
      // A catalogue ranked in the worker sorts there, by scores only (store/scoring/start.ts).
      enableSorting: sortByName,
      meta: { className: 'col-stack', rowHeader: true },
      cell: ({ row, table }) => {
        const by = table.options.meta?.dominatedBy[row.id];
        return (
          <span className="stack-col">
            <StackCell
              stack={row.original.stack}
              caseIds={row.original.caseIds}
              catalogue={catalogue}
              lang={lang}
            />
            {by === undefined ? null : <DominatedFlag by={by} names={names} lang={lang} />}
            <DetailsButton stack={row.original.stack} names={names} lang={lang} />
          </span>
        );
      },
    }),
    ...catalogue.dimensions.map(({ id: d }, i) =>
      helper.accessor((r) => r.dimensions[d] ?? 0, {
        id: d,
        header: names.dimension(d, lang),
        sortDescFirst: true,
        meta: {
          className: `col-dim col-dim-${d}`,
          shortHeader: shortDimension(d, lang),
          labelInCard: true,
        },
        cell: ({ row }) => (
          <DimensionCell
            dimension={d}
            colour={dimensionColour(d, i)}
            value={row.original.dimensions[d] ?? 0}
            lang={lang}
          />
        ),
      }),
    ),
    helper.accessor('total', {
      header: m.total,
      sortDescFirst: true,
      meta: { className: 'col-total', labelInCard: true },
      cell: ({ row }) => <TotalCell total={row.original.total} lang={lang} />,
    }),
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
