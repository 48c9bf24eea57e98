import type { CSSProperties } from 'react';

import type { Names } from '../../catalogue/names';
import type { Fact, FactKey, Language, Technology } from '../../catalogue/types';
import { FACT_LABELS, formatFact } from '../../components/format-fact';
import { seriesColour } from '../../components/series-colour';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import { catalogueMessages } from './messages';
import { formatScore, type ScoreCell } from './to-score-cells';

type Strings = (typeof catalogueMessages)['en'];

interface TechnologyCardProps {
  tech: Technology;
  cells: ScoreCell[];
  /** The names of the store's catalogue. */
  names: Names;
  lang: Language;
  m: Strings;
}

/** One technology: summary, every fact with its source, f_d(t) per dimension and, on demand, the metrics behind them. */
export function TechnologyCard({ tech, cells, names, lang, m }: TechnologyCardProps) {
  const headingId = `tech-${tech.id}`;
  const facts = Object.entries(tech.facts) as [FactKey, Fact][];
  const withMetrics = cells.filter((c) => c.metrics.length > 0);
  return (
    <article className="cat-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{tech.name}</h4>
      <p className="cat-summary">{tech.summary[lang]}</p>
      {tech.includes ? (
        <p className="cat-includes">
          {format(m.includes, {
            names: tech.includes.ids.map(names.technology).join(', '),
            wording: tech.includes.seedWording,
          })}{' '}
          <SourceRef
            section={tech.includes.source}
            lang={lang}
            reading={tech.includes.reading.rationale}
          />
        </p>
      ) : null}
      <ul className="cat-scores" aria-label={m.scores}>
        {cells.map((c, i) => (
          <li
            key={c.dimension}
            style={
              // The seed's dimensions have their colour; a user's takes a palette colour.
              { '--dim-color': `var(--dim-${c.dimension}, ${seriesColour(i)})` } as CSSProperties
            }
          >
            <span className="cat-score-name">{names.dimension(c.dimension, lang)}</span>
            <span className={`cat-score-value num ${c.score === null ? 'cat-score-none' : ''}`}>
              {c.text}
            </span>
            <span className="cat-score-bar" aria-hidden="true">
              <span style={{ width: `${(c.score ?? 0) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <dl className="cat-facts">
        {facts.map(([key, fact]) => (
          <div key={key} className="cat-fact">
            <dt>{FACT_LABELS[key][lang]}</dt>
            <dd>
              <span className="cat-fact-value">{formatFact(fact, lang)}</span>{' '}
              <SourceRef
                section={fact.source}
                lang={lang}
                reading={fact.reading?.rationale}
                entered={fact.entered?.source}
              />
              {fact.note ? <small className="cat-fact-note">{fact.note[lang]}</small> : null}
            </dd>
          </div>
        ))}
      </dl>
      {withMetrics.length > 0 ? (
        <details className="cat-breakdown">
          <summary>{m.breakdown}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{m.dimension}</th>
                <th scope="col">{m.fact}</th>
                <th scope="col">{m.value}</th>
                <th scope="col" className="cat-num">
                  {m.score}
                </th>
              </tr>
            </thead>
            <tbody>
              {withMetrics.flatMap((c) =>
                c.metrics.map((metric, i) => (
                  <tr key={`${c.dimension}-${metric.fact}`}>
                    {i === 0 ? (
                      <th scope="row" rowSpan={c.metrics.length}>
                        {names.dimension(c.dimension, lang)}{' '}
                        <span className="cat-breakdown-total num">{c.text}</span>
                      </th>
                    ) : null}
                    <td>
                      {FACT_LABELS[metric.fact][lang]}
                      <small className="cat-rule">{m[metric.rule]}</small>
                    </td>
                    <td>{formatFact(metric.raw, lang)}</td>
                    <td className="cat-num num">{formatScore(metric.score)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </details>
      ) : null}
    </article>
  );
}
