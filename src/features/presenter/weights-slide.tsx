import { useMemo, type CSSProperties } from 'react';

import { dimensionColour } from '../../components/series-colour';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { toWeightBars } from './to-weight-bars';
import { formatNumber } from '../../i18n/numbers';

/** Slide 2: each dimension's weight as a bar of its share, with value and the seed's word; live. */
export function WeightsSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const weights = useAppStore((s) => s.weights);
  const { dimensions } = useCatalogue();
  const bars = useMemo(() => toWeightBars(weights, dimensions, lang), [weights, dimensions, lang]);
  return (
    <div className="presenter-weights">
      <table className="presenter-table presenter-weight-table">
        <caption className="visually-hidden">{m.weightsTable}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{m.dimension}</th>
            <th scope="col">{m.share}</th>
            <th scope="col">{m.weight}</th>
            <th scope="col">{m.seedColumn}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar, i) => (
            <tr
              key={bar.dimension}
              data-dimension={bar.dimension}
              style={
                {
                  '--dim-color': dimensionColour(bar.dimension, i),
                  '--length': bar.share,
                } as CSSProperties
              }
            >
              <th scope="row">{bar.name}</th>
              <td>
                <span className="presenter-bar-cell">
                  <span className="presenter-bar" aria-hidden="true">
                    <span />
                  </span>
                  <span className="presenter-percent num">{bar.percent}%</span>
                </span>
              </td>
              <td className="presenter-weight num">{formatNumber(bar.weight, lang, 1)}</td>
              <td className="presenter-seed">
                {bar.seedWord
                  ? format(m.seedWord, { word: m[bar.seedWord] })
                  : format(m.defaultWord, { weight: formatNumber(bar.seedWeight, lang, 1) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="presenter-note">{m.weightsNote}</p>
    </div>
  );
}
