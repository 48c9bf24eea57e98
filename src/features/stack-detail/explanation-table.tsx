import type { CSSProperties } from 'react';

import { dimensionColour, layerColour } from '../../components/series-colour';
import { format } from '../../i18n/messages';
import type { DetailText } from './messages';
import type { StackDetail } from './to-stack-detail';

/**
 * The score explanation: per dimension the layer scores, the rule, the weight and w × f. On a
 * phone each dimension's row is a card, every number under its column's name (data-label).
 */
export function ExplanationTable({ detail, m }: { detail: StackDetail; m: DetailText }) {
  const { layers, rows, total } = detail.explanation;
  return (
    <>
      <div className="detail-scroll" role="region" aria-label={m.explanationTable} tabIndex={0}>
        <table className="explain-table">
          <thead>
            <tr>
              <th scope="col">
                {m.dimension}
                <span className="rule-head"> · {m.rule}</span>
              </th>
              {layers.map((l, i) => (
                <th
                  scope="col"
                  key={l.layer}
                  className={`num-col layer-col layer-col-${l.layer}`}
                  style={{ '--layer-color': layerColour(l.layer, i) } as CSSProperties}
                >
                  {l.technology}
                </th>
              ))}
              <th scope="col" className="num-col">
                {m.stackScore}
              </th>
              <th scope="col" className="num-col">
                {m.weight}
              </th>
              <th scope="col" className="num-col">
                {m.normalisedWeight}
              </th>
              <th scope="col" className="num-col">
                {m.contribution}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, d) => (
              <tr key={row.dimension}>
                <th scope="row">
                  <span
                    className={`dim-swatch dim-swatch-${row.dimension}`}
                    style={{ background: dimensionColour(row.dimension, d) }}
                    aria-hidden="true"
                  />
                  {row.name}
                  <span className="rule-cell"> · {m[row.aggregation]}</span>
                </th>
                {row.layerScores.map((s, i) => (
                  <td
                    key={layers[i]?.layer ?? i}
                    className={`num-col num${s === '—' ? ' faint' : ''}`}
                    data-label={layers[i]?.technology}
                  >
                    {s}
                  </td>
                ))}
                <td className="num-col num strong calc-cell" data-label={m.stackScore}>
                  {row.score}
                </td>
                <td className="num-col num calc-cell" data-label={m.weight}>
                  {row.weight}
                </td>
                <td className="num-col num calc-cell" data-label={m.normalisedWeight}>
                  {row.normalisedWeight}
                </td>
                <td className="num-col num strong calc-cell" data-label={m.contribution}>
                  <span className="contribution">
                    {row.contribution}
                    <span className="contribution-bar" aria-hidden="true">
                      <span style={{ inlineSize: `${Math.max(0, row.share) * 100}%` }} />
                    </span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={layers.length + 4}>
                {m.sum}
              </th>
              <td className="num-col num strong total-cell">{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <h4 className="detail-subheading">{m.rules}</h4>
      <dl className="rule-list">
        {rows.map((row) => (
          <div key={row.dimension}>
            <dt>
              {row.name} · {m[row.aggregation]}
            </dt>
            <dd>
              {row.why}
              {row.capacity ? (
                <span className="capacity num"> {format(m.capacityText, row.capacity)}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
