import { useMemo, useState } from 'react';

import { Panel } from '../../components/panel';
import { COMPACT_QUERY, useMediaQuery } from '../../components/use-media-query';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useRanking, useScenario } from '../../store/use-ranking';
import { filterRows, fitCounts } from '../../components/filter-rows';
import { rankingMessages } from './messages';
import { ColumnsMenu } from './columns-menu';
import { RankControls, TechnologyFilter } from './ranking-controls';
import { RankingTable } from './ranking-table';
import { statusLine } from './ranking-status';
import { useMovement } from './use-movement';
import './ranking.css';
import { formatNumber } from '../../i18n/numbers';

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
  const moves = useMovement(ranking);
  const filter = useAppStore((s) => s.technologyFilter);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const scenario = useScenario(scenarioId);
  // Under the hybrid preset the recommendation ranks each tier on its own; this table does not.
  const tiered = scenarioId !== null && scenario.tiers !== undefined;
  const rows = useMemo(() => filterRows(ranking, filter), [ranking, filter]);
  const counts = useMemo(() => fitCounts(rows), [rows]);
  const [showAll, setShowAll] = useState(false);
  // ≤ 1280 px the filter folds behind a button (unless a filter is set), so the first rows
  // share the first screen with the recommendation.
  const compact = useMediaQuery(COMPACT_QUERY);
  const [filterOpen, setFilterOpen] = useState(false);
  // Once a filter is set the filter stays open: clearing it must not take the focused select away.
  if (filter.length > 0 && !filterOpen) setFilterOpen(true);
  const filterShown = !compact || filterOpen || filter.length > 0;
  const limit = showAll ? rows.length : TOP;
  const shown = Math.min(limit, rows.length);

  const status = statusLine(
    {
      shown,
      total: ranking.length,
      filtered: filter.length > 0 ? rows.length : null,
      ...counts,
    },
    m,
    lang,
  );

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
        </div>
      ) : null}
      {tiered ? <p className="ranking-tier-note">{m.tierNote}</p> : null}
      <div className="ranking-summary">
        <p role="status" className="ranking-count">
          {status}
        </p>
        <div className="ranking-summary-actions">
          {compact && filter.length === 0 ? (
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
          {rows.length > TOP ? (
            <button type="button" className="button" onClick={() => setShowAll((v) => !v)}>
              {showAll
                ? format(m.showTop, { n: TOP })
                : format(m.showAll, { n: formatNumber(rows.length, lang) })}
            </button>
          ) : null}
          <ColumnsMenu lang={lang} />
        </div>
      </div>
      {rows.length > 0 ? (
        <RankingTable rows={rows} moves={moves} limit={limit} lang={lang} />
      ) : (
        <p className="ranking-empty">{m.empty}</p>
      )}
    </Panel>
  );
}
