import { useMemo, useState } from 'react';
import { MIN_RADAR_AXES } from '../../components/charts/radar-geometry';

import { RadarView } from '../../components/charts/radar-chart';
import { RadarLegend } from '../../components/charts/radar-legend';
import { selectRadar, toggleSeries } from '../../components/charts/radar-selection';
import { RadarTable } from '../../components/charts/radar-table';
import { radarSummary, toRadarSeries } from '../../components/charts/to-radar-series';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { DEFAULT_COMPARED, useCatalogue, useComparedRows } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { usePresenterBase } from './use-viewport-scale';

const NO_FACTS = new Map<string, never>();

/**
 * Slide 4: the compared stacks (selection or top 3) as a large radar with the shared legend
 * (show, hide, emphasise a stack), or as its table twin.
 */
export function RadarSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const rows = useComparedRows();
  const selected = useAppStore((s) => s.selectedIds.length > 0);
  const base = usePresenterBase();
  const [asTable, setAsTable] = useState(false);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [emphasis, setEmphasis] = useState<string | null>(null);
  const catalogue = useCatalogue();
  const model = useMemo(() => toRadarSeries(rows, catalogue, lang), [rows, catalogue, lang]);
  const shown = useMemo(
    () => selectRadar(model, { hidden, differencesOnly: false }).model,
    [model, hidden],
  );
  const summary = useMemo(
    () =>
      radarSummary(
        shown,
        { summary: m.radarSummary, seriesSummary: m.seriesSummary, rank: m.rankLabel },
        lang,
      ),
    [shown, m, lang],
  );
  if (rows.length === 0) return <p className="presenter-big">{m.noCompared}</p>;
  // A radar needs three axes: a catalogue with fewer dimensions shows the table.
  const table = asTable || shown.data.length < MIN_RADAR_AXES;
  return (
    <div className="presenter-radar">
      <div className="presenter-radar-head">
        <p>{selected ? m.comparedSelection : format(m.comparedTop, { n: DEFAULT_COMPARED })}</p>
        <button
          type="button"
          className="presenter-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
        >
          {m.showTable}
        </button>
      </div>
      <div className={table ? 'presenter-radar-table' : 'presenter-radar-layout'}>
        {table ? null : (
          <>
            <RadarView
              model={shown}
              facts={NO_FACTS}
              summary={summary}
              lang={lang}
              m={{ rank: m.rankLabel }}
              height="100%"
              tickSize={Math.round(base * 0.9)}
              tooltip={false}
              emphasis={emphasis}
            />
            <RadarLegend
              model={model}
              lang={lang}
              hidden={hidden}
              onToggle={(id) => setHidden((h) => toggleSeries(h, id, model))}
              onEmphasis={setEmphasis}
              hint={false}
              className="presenter-legend"
            />
          </>
        )}
        <RadarTable
          model={shown}
          lang={lang}
          scroll={false}
          className={`presenter-table presenter-twin${table ? '' : ' visually-hidden'}`}
        />
      </div>
    </div>
  );
}
