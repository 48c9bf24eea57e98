import type { CSSProperties } from 'react';

import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { radarChartMessages } from './radar-messages';
import type { RadarFacts } from './radar-chart';
import type { RadarModel } from './to-radar-series';
import { formatPoints } from '../../i18n/numbers';

/** What goes between two sentences: a space in English, nothing after a Chinese full stop. */
export const SENTENCE_GAP: Record<Language, string> = { en: ' ', zh: '' };

interface RadarTableProps {
  /** The shown stacks and dimensions (what the chart draws). */
  model: RadarModel;
  lang: Language;
  /** The facts behind each score, under it; none unless given. */
  facts?: RadarFacts;
  /** A sentence added to the caption (e.g. what "differences only" left out). */
  note?: string | null;
  /** The stack emphasised in the legend: its column is marked. */
  emphasis?: string | null;
  /** Wrapped in a labelled, keyboard-scrollable region (off for a visually hidden twin). */
  scroll?: boolean;
  /** The table's style classes; the page's chart table unless given (the presenter has its own). */
  className?: string;
}

/**
 * The radar as a table, shared by the panel and the presenter: one row per dimension, one
 * column per shown stack (colour, rank, name), the score and the facts behind it in each cell.
 */
export function RadarTable({
  model,
  lang,
  facts,
  note,
  emphasis = null,
  scroll = true,
  className = 'chart-table',
}: RadarTableProps) {
  const m = radarChartMessages[lang];
  const mark = (stackId: string) =>
    emphasis === stackId ? 'num-col is-emphasis' : emphasis ? 'num-col is-faded' : 'num-col';
  const table = (
    <table className={`${className} radar-table`}>
      <caption>
        {[
          m.caption,
          model.common.length > 0
            ? format(m.captionShared, { names: model.common.join(' + ') })
            : null,
          note,
        ]
          .filter(Boolean)
          .join(SENTENCE_GAP[lang])}
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.dimension}</th>
          {model.series.map((s) => (
            <th scope="col" key={s.stackId} className={mark(s.stackId)} title={s.fullName}>
              <span
                className="chart-swatch"
                aria-hidden="true"
                style={{ '--swatch': s.colour } as CSSProperties}
              />{' '}
              {format(m.rank, { rank: s.rank })} {s.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.data.map((d, i) => (
          <tr key={d.dimension}>
            <th scope="row">{d.name}</th>
            {model.series.map((s) => (
              <td key={s.stackId} className={mark(s.stackId)}>
                <span className="num chart-table-value">{formatPoints(s.values[i]!, lang)}</span>
                {(facts?.get(s.stackId)?.[d.dimension] ?? []).map((line) => (
                  <span key={line} className="chart-table-fact">
                    {line}
                  </span>
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="chart-table-scroll" role="region" aria-label={m.tableRegion} tabIndex={0}>
      {table}
    </div>
  );
}
