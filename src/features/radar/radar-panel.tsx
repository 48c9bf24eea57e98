import { useMemo, useState, type CSSProperties } from 'react';

import { ExportImage } from '../../components/export-image';
import { Panel } from '../../components/panel';
import { CHART_SETTLE_MS, useSettledValue } from '../../components/use-settled-value';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_SELECTED, useAppStore } from '../../store/app-store';
import { DEFAULT_COMPARED, useCatalogue, useComparedRows } from '../../store/use-ranking';
import { radarMessages, type RadarText } from './messages';
import { RadarView } from '../../components/charts/radar-chart';
import { RadarTable } from './radar-table';
import {
  radarSummary,
  toRadarSeries,
  type RadarModel,
} from '../../components/charts/to-radar-series';
import { useStackFacts } from './use-stack-facts';
import './radar.css';

/** A radar needs three axes to enclose an area; fewer dimensions are shown as the table. */
const MIN_AXES = 3;

/**
 * The compared stacks (the selection, or the top 3) on the catalogue's dimensions, as a radar
 * or a table (always a table below three dimensions: a radar needs three axes to draw an
 * area). Re-renders with the compared rows (every weight step), the requirements, the
 * catalogue and the language.
 */
export function RadarPanel() {
  const lang = useLanguage();
  const m = radarMessages[lang];
  // Settled: during a slider drag the ranking repaints every frame; the chart follows when the
  // hand rests. The catalogue settles with the rows, so axes and scores always belong together.
  const liveRows = useComparedRows();
  const liveCatalogue = useCatalogue();
  const live = useMemo(
    () => ({ rows: liveRows, catalogue: liveCatalogue }),
    [liveRows, liveCatalogue],
  );
  const { rows, catalogue } = useSettledValue(live, CHART_SETTLE_MS);
  const selectedCount = useAppStore((s) => s.selectedIds.length);
  const setSelected = useAppStore((s) => s.setSelected);
  const [tableChosen, setAsTable] = useState(false);

  const model = useMemo(() => toRadarSeries(rows, catalogue, lang), [rows, catalogue, lang]);
  const summary = useMemo(() => radarSummary(model, m, lang), [model, m, lang]);
  const facts = useStackFacts(
    model.series.map((s) => s.stackId),
    catalogue,
    lang,
  );
  const chartable = model.data.length >= MIN_AXES;
  const asTable = tableChosen || !chartable;

  const actions = (
    <>
      {selectedCount > 0 ? (
        <button type="button" className="button" onClick={() => setSelected([])}>
          {m.clear}
        </button>
      ) : null}
      {chartable ? (
        <button type="button" className="button" onClick={() => setAsTable((v) => !v)}>
          {asTable ? m.showChart : m.showTable}
        </button>
      ) : null}
      {asTable || rows.length === 0 ? null : (
        <ExportImage
          name="radar"
          label={m.title}
          legend={model.series.map((s) => ({
            label: `${format(m.rank, { rank: s.rank })} ${s.fullName}`,
            colour: s.colour,
          }))}
        />
      )}
    </>
  );

  return (
    <Panel id="radar" title={m.title} className="radar-panel" actions={actions}>
      {selectedCount === 0 ? (
        <p className="radar-hint">{format(m.hint, { max: MAX_SELECTED, n: DEFAULT_COMPARED })}</p>
      ) : null}
      {rows.length === 0 ? (
        <p className="radar-empty">{m.empty}</p>
      ) : asTable ? (
        <RadarTable model={model} facts={facts} lang={lang} m={m} />
      ) : (
        <div className="radar-layout">
          <RadarView model={model} facts={facts} summary={summary} lang={lang} m={m} />
          <RadarLegend model={model} m={m} />
        </div>
      )}
    </Panel>
  );
}

/** The series names with their colours, and what every compared stack shares. */
function RadarLegend({ model, m }: { model: RadarModel; m: RadarText }) {
  return (
    <div className="radar-legend">
      <ul aria-label={m.legend}>
        {model.series.map((s) => (
          <li key={s.stackId} title={s.fullName}>
            <span
              className="radar-legend-mark"
              aria-hidden="true"
              style={{ '--swatch': s.colour } as CSSProperties}
            />
            <span className="radar-legend-rank num">{format(m.rank, { rank: s.rank })}</span>
            <span className="radar-legend-label">{s.label}</span>
          </li>
        ))}
      </ul>
      {model.common.length > 0 ? (
        <p className="radar-legend-common">
          <span className="radar-legend-common-head">{m.shared}</span>{' '}
          {model.common.map((name, i) => (
            <span key={name} className="radar-legend-common-name">
              {i > 0 ? ' + ' : ''}
              {name}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
