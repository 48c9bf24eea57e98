import { useEffect, useMemo, useState } from 'react';

import { Panel } from '../../components/panel';
import type { RankingRow } from '../../engine/evaluate';
import { COMPACT_QUERY, useMediaQuery } from '../../components/use-media-query';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { stackCount } from '../../catalogue/validate';
import { scoring, sortOf } from '../../store/scoring/start';
import {
  useAssessed,
  useCatalogue,
  useRankedInWorker,
  useRanking,
  useRankingBusy,
  useScale,
  useScenario,
} from '../../store/use-ranking';
import { useDominance } from '../../store/use-analysis';
import { BLOCK, pageAround, toPagedRows } from './paged-rows';
import { filterRows, fitCounts } from '../../engine/row-filters';
import { rankingMessages } from './messages';
import { methodName } from '../../components/method-words';
import { DEFAULT_METHOD } from '../../engine/methods';
import { ColumnsMenu } from './columns-menu';
import { RankControls, TechnologyFilter } from './ranking-controls';
import { RankingTable, type PagedRows } from './ranking-table';
import { statusLine } from './ranking-status';
import { useMovement } from './use-movement';
import './ranking.css';
import { formatNumber } from '../../i18n/numbers';

/** What useMovement compares when the worker says how the rows moved. */
const NO_ROWS: RankingRow[] = [];
const NO_DOMINATORS: Readonly<Record<string, string>> = {};

/** Rows rendered until "Show all": keeps a live re-rank during a weight drag cheap. */
const TOP = 50;

/**
 * Every stack ranked under the current weights and requirements, filterable and sortable; under
 * the hybrid preset a note says the tiers above are ranked otherwise. Re-renders whenever the
 * ranking, the scenario or the language changes (every weight step while dragging).
 */
export function RankingPanel() {
  const lang = useLanguage();
  const m = rankingMessages[lang];
  const ranking = useRanking();
  const catalogue = useCatalogue();
  const stackTotal = useMemo(() => stackCount(catalogue), [catalogue]);
  const inWorker = useRankedInWorker();
  const scale = useScale();
  const busy = useRankingBusy();
  // The worker sorts by scores only: a stored sort by name leaves its table in ranking order.
  const sorting = useAppStore((s) => s.sorting);
  const sorted = inWorker ? sortOf({ sorting, catalogue }) !== null : sorting.length > 0;
  const filter = useAppStore((s) => s.technologyFilter);
  const method = useAppStore((s) => s.method);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const scenario = useScenario(scenarioId);
  // Under the hybrid preset the recommendation ranks each tier on its own; this table does not.
  const tiered = scenarioId !== null && scenario.tiers !== undefined;
  const [showAll, setShowAll] = useState(false);
  // A worker-ranked table shows all its rows a block at a time (paged-rows.ts).
  const [block, setBlock] = useState(0);
  // A small catalogue filters here; the worker filters a large one and sends the table's rows.
  const hideDominated = useAppStore((s) => s.hideDominated);
  // Which stacks another dominates: every assessed one here (the same list on every weight
  // step); the shown rows for the worker (which leaves dominated stacks out of the table itself
  // when they are hidden).
  const assessed = useAssessed();
  const askedIds = useMemo(
    () =>
      (inWorker ? [...scale.table.rows, ...(scale.window?.rows ?? [])] : assessed).map(
        (r) => r.stack.id,
      ),
    [inWorker, assessed, scale.table.rows, scale.window],
  );
  const dominance = useDominance(askedIds, 'table');
  const dominatedBy = dominance.value?.dominatedBy ?? NO_DOMINATORS;
  const local = useMemo(() => {
    if (inWorker) return null;
    const rows = filterRows(ranking, filter);
    return hideDominated ? rows.filter((r) => dominatedBy[r.stack.id] === undefined) : rows;
  }, [inWorker, ranking, filter, hideDominated, dominatedBy]);
  const paging = inWorker && (showAll || sorted);
  const blocks = inWorker && showAll ? Math.ceil(scale.table.size / BLOCK) : 1;
  const current = Math.min(block, Math.max(0, blocks - 1));
  const offset = current * BLOCK;
  const pagedRows = useMemo(
    () =>
      inWorker ? toPagedRows(scale.table.rows, scale.window, paging, sorted, TOP, offset) : null,
    [inWorker, scale.table.rows, scale.window, paging, sorted, offset],
  );
  const rows = local ?? pagedRows!.rows;
  // The worker knows where rows newly in view came from; a small catalogue compares its lists.
  const localMoves = useMovement(inWorker ? NO_ROWS : rows);
  const moves = inWorker ? scale.moves : localMoves;
  const counts = useMemo(
    () => (inWorker ? scale.table.counts : fitCounts(rows)),
    [inWorker, scale.table.counts, rows],
  );
  const listed = inWorker ? scale.table.size : rows.length;
  const total = inWorker ? scale.ranking.size : ranking.length;
  // ≤ 1280 px the filter folds behind a button (unless a filter is set), so the first rows
  // share the first screen with the recommendation.
  const compact = useMediaQuery(COMPACT_QUERY);
  const [filterOpen, setFilterOpen] = useState(false);
  // Once a filter is set the filter stays open: clearing it must not take the focused select away.
  const filtering = filter.length > 0 || hideDominated;
  if (filtering && !filterOpen) setFilterOpen(true);
  const filterShown = !compact || filterOpen || filtering;
  const limit = showAll ? listed : TOP;
  const shown = Math.min(limit, listed);
  const inBlock = inWorker && showAll ? Math.min(BLOCK, listed - offset) : shown;
  // Paging a worker-ranked table: ask for the rows around the ones in view.
  const paged = useMemo<PagedRows | undefined>(
    () =>
      pagedRows
        ? {
            positions: pagedRows.positions,
            count: inBlock,
            offset,
            total: listed,
            onRange: (first, last) => {
              if (!paging) return;
              const loaded = pagedRows.positions;
              const covered =
                loaded.includes(first) && loaded.includes(Math.min(last, inBlock - 1));
              if (!covered) scoring.setWindow(pageAround(first + offset, last + offset));
            },
          }
        : undefined,
    [pagedRows, inBlock, offset, listed, paging],
  );
  // Back to the top rows: the worker stops sending a page.
  useEffect(() => {
    if (inWorker && !paging) scoring.setWindow(null);
  }, [inWorker, paging]);
  const stats = {
    shown,
    total,
    filtered: filter.length > 0 || hideDominated ? listed : null,
    ...counts,
  };
  const status =
    inWorker && !scale.ready
      ? format(scale.error === null ? m.scoring : m.scoringFailed, {
          total: formatNumber(stackTotal, lang),
        })
      : statusLine(stats, m, lang);

  return (
    <Panel
      id="ranking"
      title={m.title}
      className="ranking-panel"
      actions={<RankControls lang={lang} />}
    >
      {filterShown ? (
        <div id="ranking-filter">
          <TechnologyFilter lang={lang} />
          {dominance.value ? (
            <p className="ranking-efficient">
              {format(m.efficientSet, {
                count: formatNumber(dominance.value.efficient, lang),
                considered: formatNumber(dominance.value.considered, lang),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {tiered ? <p className="ranking-tier-note">{m.tierNote}</p> : null}
      {method === DEFAULT_METHOD ? null : (
        <p className="ranking-tier-note">
          {format(m.methodNote, { method: methodName(method, lang) })}
        </p>
      )}
      <div className="ranking-summary">
        <p role="status" className="ranking-count">
          {status}
        </p>
        <div className="ranking-summary-actions">
          {compact && !filtering ? (
            <button
              type="button"
              className="button"
              aria-expanded={filterShown}
              aria-controls={filterShown ? 'ranking-filter' : undefined}
              onClick={() => setFilterOpen((v) => !v)}
            >
              {m.filterLegend}
            </button>
          ) : null}
          {listed > TOP ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setShowAll((v) => !v);
                setBlock(0);
              }}
            >
              {showAll
                ? format(m.showTop, { n: TOP })
                : format(m.showAll, { n: formatNumber(listed, lang) })}
            </button>
          ) : null}
          <ColumnsMenu lang={lang} />
        </div>
      </div>
      {inWorker && scale.ready ? (
        <p className="ranking-worker-note">
          {format(m.workerNote, { total: formatNumber(stackTotal, lang) })}
        </p>
      ) : null}
      {blocks > 1 ? (
        <div className="ranking-blocks">
          <button
            type="button"
            className="button"
            disabled={current === 0}
            onClick={() => setBlock(current - 1)}
          >
            {format(m.previousBlock, { n: formatNumber(BLOCK, lang) })}
          </button>
          <span>
            {format(m.blockRange, {
              from: formatNumber(offset + 1, lang),
              to: formatNumber(offset + inBlock, lang),
              total: formatNumber(listed, lang),
            })}
          </span>
          <button
            type="button"
            className="button"
            disabled={current >= blocks - 1}
            onClick={() => setBlock(current + 1)}
          >
            {format(m.nextBlock, { n: formatNumber(BLOCK, lang) })}
          </button>
        </div>
      ) : null}
      {listed > 0 ? (
        <RankingTable
          key={inWorker ? `block-${current}` : 'all'}
          rows={rows}
          moves={moves}
          dominatedBy={dominatedBy}
          limit={limit}
          lang={lang}
          busy={busy}
          {...(paged ? { paged } : {})}
        />
      ) : inWorker && !scale.ready ? null : (
        <p className="ranking-empty">{m.empty}</p>
      )}
    </Panel>
  );
}
