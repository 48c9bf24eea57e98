import type { CSSProperties } from 'react';

import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import type { BreakdownText } from './messages';
import { contributionOf, whyNames, type ContributionModel, type WhyModel } from './to-breakdown';
import { formatNumber, formatPoints, formatSignedPoints } from '../../i18n/numbers';

interface Props<T> {
  model: T;
  lang: Language;
  m: BreakdownText;
}

const percent = (share: number, lang: Language) => `${formatNumber(share * 100, lang)}%`;

const Swatch = ({ colour }: { colour: string }) => (
  <span
    className="chart-swatch"
    aria-hidden="true"
    style={{ '--swatch': colour } as CSSProperties}
  />
);

/** The stacked bars as a table: a row per dimension, a column per stack, totals in the footer. */
export function ContributionTable({ model, lang, m }: Props<ContributionModel>) {
  return (
    <div
      className="chart-table-scroll"
      role="region"
      aria-label={m.contributionsRegion}
      tabIndex={0}
    >
      <table className="chart-table">
        <caption>{m.contributionsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col" className="num-col">
              {m.weightShare}
            </th>
            {model.data.map((s) => (
              <th scope="col" key={s.stackId} className="num-col" title={s.fullName}>
                {format(m.rank, { rank: s.rank })} {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Swatch colour={d.colour} /> {d.name}
              </th>
              <td className="num-col num">{percent(d.share, lang)}</td>
              {model.data.map((s) => (
                <td key={s.stackId} className="num-col num">
                  {formatPoints(contributionOf(s, d.id), lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {m.total}
            </th>
            {model.data.map((s) => (
              <td key={s.stackId} className="num-col num">
                {formatPoints(s.total, lang)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The comparison as a table: both scores, the weight share and the weighted difference. */
export function WhyTable({ model, lang, m }: Props<WhyModel>) {
  const { a, b } = whyNames(model, m);
  return (
    <div className="chart-table-scroll" role="region" aria-label={m.whyRegion} tabIndex={0}>
      <table className="chart-table">
        <caption>{format(m.whyCaption, { a, b })}</caption>
        <thead>
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col" className="num-col">
              {format(m.scoreOf, { name: a })}
            </th>
            <th scope="col" className="num-col">
              {format(m.scoreOf, { name: b })}
            </th>
            <th scope="col" className="num-col">
              {m.weightShare}
            </th>
            <th scope="col" className="num-col">
              {m.difference}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Swatch colour={r.colour} /> {r.name}
              </th>
              <td className="num-col num">{formatPoints(r.leaderScore, lang)}</td>
              <td className="num-col num">{formatPoints(r.otherScore, lang)}</td>
              <td className="num-col num">{percent(r.share, lang)}</td>
              <td className="num-col num">{formatSignedPoints(r.delta, lang, 2)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {m.gap}
            </th>
            <td className="num-col num">{formatSignedPoints(model.gap, lang, 2)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
