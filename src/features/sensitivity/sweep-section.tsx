import { lazy, Suspense } from 'react';

import type { Language } from '../../catalogue/types';
import { DataTable } from '../../components/data-table';
import { format } from '../../i18n/messages';
import type { SensitivityText } from './messages';
import { weightText } from './to-interval-rows';
import type { SweepSeries, SweepView } from './to-sweep-view';

// recharts stays out of the panel's own chunk: the chart arrives with it.
const SweepChart = lazy(() => import('./sweep-chart').then((m) => ({ default: m.SweepChart })));

/** A sample of a line's colour and dash. */
function LineSample({ series }: { series: SweepSeries }) {
  return (
    <svg className="sweep-sample" width="30" height="10" aria-hidden="true" focusable="false">
      <line
        x1="1"
        y1="5"
        x2="29"
        y2="5"
        stroke={series.colour}
        strokeWidth={series.rank === 1 ? 3 : 2}
        strokeDasharray={series.dash || undefined}
      />
    </svg>
  );
}

/** The chart's lines by rank now, the current-weight line and the crossing dots. */
function Legend({ view, lang, m }: { view: SweepView; lang: Language; m: SensitivityText }) {
  return (
    <ul className="sweep-legend" aria-label={m.legend}>
      {view.series.map((s) => (
        <li key={s.key}>
          <LineSample series={s} />
          <span>
            <strong>{s.rank === null ? m.taker : format(m.rank, { rank: s.rank })}</strong> {s.name}
          </span>
        </li>
      ))}
      <li>
        <span className="sweep-now-sample" aria-hidden="true" />
        {format(m.nowLine, { dimension: view.name, value: weightText(view.current, lang) })}
      </li>
      {view.dots.length > 0 ? (
        <li>
          <span className="sweep-dot-sample" aria-hidden="true" />
          {m.crossingMark}
        </li>
      ) : null}
    </ul>
  );
}

/** The table twin: each stack's score at every half step of the weight. */
function ScoresTable({ view, m }: { view: SweepView; m: SensitivityText }) {
  return (
    <DataTable
      focusable
      className="sweep-table"
      caption={format(m.scoresCaption, { dimension: view.name })}
      columns={[m.stack, ...view.table.heads.map((label) => ({ label, numeric: true as const }))]}
    >
      {view.table.rows.map((r) => (
        <tr key={r.series.key} data-stack-id={r.series.id}>
          <th scope="row">
            {r.series.rank === null ? m.taker : format(m.rank, { rank: r.series.rank })}{' '}
            {r.series.name}
          </th>
          {r.cells.map((c, i) => (
            <td key={i} className="num">
              {c}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/**
 * The sweep's body: exactness, legend and chart or the scores table, the #1's takers it cannot
 * draw, then the crossings.
 */
export function SweepBody(props: {
  view: SweepView;
  /** Takers of #1 at this weight's interval ends that are not among the lines, in words. */
  undrawn: string[];
  asTable: boolean;
  lang: Language;
  m: SensitivityText;
}) {
  const { view, undrawn, asTable, lang, m } = props;
  return (
    <>
      <p className="sensitivity-note">{view.note}</p>
      {asTable ? (
        <ScoresTable view={view} m={m} />
      ) : (
        <>
          <Legend view={view} lang={lang} m={m} />
          <Suspense
            fallback={<div className="chart-placeholder sweep-placeholder" aria-hidden="true" />}
          >
            <SweepChart view={view} lang={lang} m={m} />
          </Suspense>
        </>
      )}
      {undrawn.map((text) => (
        <p key={text} className="sensitivity-note sweep-undrawn">
          {text}
        </p>
      ))}
      <h4>{m.crossingsHeading}</h4>
      {view.crossings.length === 0 ? (
        <p className="sensitivity-note">
          {format(m.noCrossings, { max: weightText(view.max, lang) })}
        </p>
      ) : (
        <ol className="sweep-crossings">
          {view.crossings.map((c) => (
            <li key={c.n}>{c.text}</li>
          ))}
        </ol>
      )}
    </>
  );
}
