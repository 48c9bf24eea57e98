import type { CSSProperties } from 'react';

import type { Language } from '../../catalogue/types';
import { formatPoints } from '../../components/charts/points';
import { format } from '../../i18n/messages';
import type { RadarText } from './messages';
import type { StackFacts } from './stack-facts';
import type { RadarModel } from '../../components/charts/to-radar-series';

interface RadarTableProps {
  model: RadarModel;
  facts: ReadonlyMap<string, StackFacts>;
  lang: Language;
  m: RadarText;
}

/** The radar as a table: one row per dimension, one column per stack, with the facts behind each score. */
export function RadarTable({ model, facts, lang, m }: RadarTableProps) {
  return (
    <div className="chart-table-scroll" role="region" aria-label={m.tableRegion} tabIndex={0}>
      <table className="chart-table radar-table">
        <caption>
          {m.caption}
          {model.common.length > 0 ? (
            <span className="chart-table-note">
              {' '}
              {format(m.captionShared, { names: model.common.join(' + ') })}
            </span>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            {model.series.map((s) => (
              <th scope="col" key={s.stackId} className="num-col" title={s.fullName}>
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
                <td key={s.stackId} className="num-col">
                  <span className="num chart-table-value">{formatPoints(s.values[i]!, lang)}</span>
                  {(facts.get(s.stackId)?.[d.dimension] ?? []).map((line) => (
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
    </div>
  );
}
