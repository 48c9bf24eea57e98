import { useMemo, type CSSProperties } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { useLanguage } from '../../components/use-messages';
import { format, formatNumber } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { presenterMessages } from './messages';
import { toWeightBars } from './to-weight-bars';

/** Slide 2: the six weights as bars of their share, with value and the seed's word; live. */
export function WeightsSlide() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const weights = useAppStore((s) => s.weights);
  const bars = useMemo(
    () => toWeightBars(weights, seedCatalogue.dimensions, lang),
    [weights, lang],
  );
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
          {bars.map((bar) => (
            <tr
              key={bar.dimension}
              data-dimension={bar.dimension}
              style={
                {
                  '--dim-color': `var(--dim-${bar.dimension})`,
                  '--length': bar.length,
                } as CSSProperties
              }
            >
              <th scope="row">{bar.name}</th>
              <td className="presenter-bar-cell">
                <span className="presenter-bar" aria-hidden="true">
                  <span />
                </span>
                <span className="presenter-percent num">{bar.percent}%</span>
              </td>
              <td className="presenter-weight num">{formatNumber(bar.weight, lang, 1)}</td>
              <td className="presenter-seed">{format(m.seedWord, { word: m[bar.seedWord] })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="presenter-note">{m.weightsNote}</p>
    </div>
  );
}
