import { useMemo, useState, type CSSProperties } from 'react';

import { formatPoints } from '../../components/charts/points';
import { RadarView } from '../../components/charts/radar-chart';
import {
  radarSummary,
  toRadarSeries,
  type RadarModel,
} from '../../components/charts/to-radar-series';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { DEFAULT_COMPARED, useCatalogue, useComparedRows } from '../../store/use-ranking';
import { presenterMessages, type PresenterText } from './messages';
import { usePresenterBase } from './use-viewport-scale';

const NO_FACTS = new Map<string, never>();

/** Slide 4: the compared stacks (selection or top 3) as a large radar, or as its table twin. */
export function RadarSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const rows = useComparedRows();
  const selected = useAppStore((s) => s.selectedIds.length > 0);
  const base = usePresenterBase();
  const [asTable, setAsTable] = useState(false);
  const catalogue = useCatalogue();
  const model = useMemo(() => toRadarSeries(rows, catalogue, lang), [rows, catalogue, lang]);
  const summary = useMemo(
    () =>
      radarSummary(
        model,
        { summary: m.radarSummary, seriesSummary: m.seriesSummary, rank: m.rankLabel },
        lang,
      ),
    [model, m, lang],
  );
  if (rows.length === 0) return <p className="presenter-big">{m.noCompared}</p>;
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
      <div className={asTable ? 'presenter-radar-table' : 'presenter-radar-layout'}>
        {asTable ? null : (
          <>
            <RadarView
              model={model}
              facts={NO_FACTS}
              summary={summary}
              lang={lang}
              m={{ rank: m.rankLabel }}
              height="min(60vh, 820px)"
              tickSize={Math.round(base * 0.9)}
              tooltip={false}
            />
            <RadarLegend model={model} m={m} />
          </>
        )}
        <RadarTwin model={model} m={m} lang={lang} hidden={!asTable} />
      </div>
    </div>
  );
}

/** The series with their colours and what every compared stack runs. */
function RadarLegend({ model, m }: { model: RadarModel; m: PresenterText }) {
  return (
    <div className="presenter-legend" aria-hidden="true">
      <ul>
        {model.series.map((s) => (
          <li key={s.stackId} style={{ '--swatch': s.colour } as CSSProperties}>
            <span className="presenter-legend-mark" />
            <span>
              <strong>{format(m.rankLabel, { rank: s.rank })}</strong> {s.label}
            </span>
          </li>
        ))}
      </ul>
      {model.common.length > 0 ? (
        <p>
          <strong>{m.shared}</strong>{' '}
          {model.common.map((name, i) => (
            <span key={name} className="presenter-legend-common">
              {i > 0 ? ' + ' : ''}
              {name}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

/** The radar's data as a compact table: shown by the toggle, otherwise there for screen readers. */
function RadarTwin({
  model,
  m,
  lang,
  hidden,
}: {
  model: RadarModel;
  m: PresenterText;
  lang: 'zh' | 'en';
  hidden: boolean;
}) {
  return (
    <table className={`presenter-table presenter-twin${hidden ? ' visually-hidden' : ''}`}>
      <caption>
        {m.radarCaption}
        {model.common.length > 0 ? ` ${m.shared}: ${model.common.join(' + ')}.` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.dimension}</th>
          {model.series.map((s) => (
            <th scope="col" key={s.stackId} className="num-col" title={s.fullName}>
              <span
                className="presenter-legend-mark"
                aria-hidden="true"
                style={{ '--swatch': s.colour } as CSSProperties}
              />{' '}
              {format(m.rankLabel, { rank: s.rank })} {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.data.map((d, i) => (
          <tr key={d.dimension}>
            <th scope="row">{d.name}</th>
            {model.series.map((s) => (
              <td key={s.stackId} className="num-col num">
                {formatPoints(s.values[i]!, lang)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
