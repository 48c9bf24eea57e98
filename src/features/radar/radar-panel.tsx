import { useMemo, useState } from 'react';
import { MIN_RADAR_AXES } from '../../components/charts/radar-geometry';

import { ExportImage } from '../../components/export-image';
import { Panel } from '../../components/panel';
import { CHART_SETTLE_MS, useSettledValue } from '../../store/use-settled-value';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_SELECTED, useAppStore } from '../../store/app-store';
import { DEFAULT_COMPARED, useCatalogue, useComparedRows } from '../../store/use-ranking';
import { radarMessages } from './messages';
import { RadarView } from '../../components/charts/radar-chart';
import { RadarLegend } from '../../components/charts/radar-legend';
import { radarChartMessages } from '../../components/charts/radar-messages';
import {
  differencesNote,
  selectRadar,
  toggleSeries,
} from '../../components/charts/radar-selection';
import { RadarTable, SENTENCE_GAP } from '../../components/charts/radar-table';
import { radarSummary, toRadarSeries } from '../../components/charts/to-radar-series';
import { useStackFacts } from './use-stack-facts';
import './radar.css';

/**
 * The compared stacks (the selection, or the top 3) on the catalogue's dimensions, as a radar
 * or a table (always a table below three dimensions: a radar needs three axes to draw an
 * area). The legend shows, hides and emphasises stacks; "Differences only" keeps the
 * dimensions where the shown stacks differ. Re-renders with the compared rows (every weight
 * step, settled), the requirements, the catalogue, the language and those choices.
 */
export function RadarPanel() {
  const lang = useLanguage();
  const m = radarMessages[lang];
  const words = radarChartMessages[lang];
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
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const [emphasis, setEmphasis] = useState<string | null>(null);

  const model = useMemo(() => toRadarSeries(rows, catalogue, lang), [rows, catalogue, lang]);
  const selection = useMemo(
    () => selectRadar(model, { hidden, differencesOnly }),
    [model, hidden, differencesOnly],
  );
  const shown = selection.model;
  const drawable = shown.data.length >= MIN_RADAR_AXES;
  const note = [
    differencesNote(selection.differences, words, lang),
    selection.differences.kind === 'some' && !drawable ? words.differencesTable : null,
  ]
    .filter(Boolean)
    .join(SENTENCE_GAP[lang]);
  const summary = useMemo(
    () => [radarSummary(shown, m, lang), note].filter(Boolean).join(SENTENCE_GAP[lang]),
    [shown, m, lang, note],
  );
  const facts = useStackFacts(
    model.series.map((s) => s.stackId),
    catalogue,
    lang,
  );
  const chartable = model.data.length >= MIN_RADAR_AXES;
  const asTable = tableChosen || !drawable;

  const actions = (
    <>
      {selectedCount > 0 ? (
        <button type="button" className="button" onClick={() => setSelected([])}>
          {m.clear}
        </button>
      ) : null}
      {chartable && drawable ? (
        <button type="button" className="button" onClick={() => setAsTable((v) => !v)}>
          {asTable ? m.showChart : m.showTable}
        </button>
      ) : null}
      {asTable || rows.length === 0 ? null : (
        <ExportImage
          name="radar"
          label={m.title}
          legend={shown.series.map((s) => ({
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
      ) : (
        <div className="radar-layout">
          {asTable ? (
            <RadarTable model={shown} lang={lang} facts={facts} note={note} emphasis={emphasis} />
          ) : (
            <figure className="radar-figure">
              <RadarView
                model={shown}
                facts={facts}
                summary={summary}
                lang={lang}
                m={m}
                emphasis={emphasis}
              />
              {note ? <figcaption className="radar-note">{note}</figcaption> : null}
            </figure>
          )}
          <RadarLegend
            model={model}
            lang={lang}
            hidden={hidden}
            onToggle={(id) => setHidden((h) => toggleSeries(h, id, model))}
            onEmphasis={setEmphasis}
          >
            {chartable && model.series.length > 1 ? (
              <div className="radar-options">
                <button
                  type="button"
                  className="button"
                  aria-pressed={differencesOnly}
                  onClick={() => setDifferencesOnly((v) => !v)}
                >
                  {words.differencesOnly}
                </button>
              </div>
            ) : null}
          </RadarLegend>
        </div>
      )}
    </Panel>
  );
}
