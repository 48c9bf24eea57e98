import { useMemo, type CSSProperties } from 'react';

import { dimensionColour } from '../../components/series-colour';
import { stepKeyDown, WEIGHT_STEPS } from '../../components/slider-keys';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_WEIGHT, useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { presenterMessages } from './messages';
import { toWeightBars } from './to-weight-bars';
import { formatNumber } from '../../i18n/numbers';

/**
 * A compact, labelled weight slider per dimension under the weights and ranking slides, so a weight can
 * change during the review; re-renders on every weight step.
 */
export function WeightStrip() {
  const lang = useLanguage();
  const m = presenterMessages[lang];
  const weights = useAppStore((s) => s.weights);
  const setWeight = useAppStore((s) => s.setWeight);
  const resetWeights = useAppStore((s) => s.resetWeights);
  const { dimensions } = useCatalogue();
  const bars = useMemo(() => toWeightBars(weights, dimensions, lang), [weights, dimensions, lang]);
  return (
    <section className="presenter-strip" aria-labelledby="presenter-strip-title">
      <h3 id="presenter-strip-title" className="visually-hidden">
        {m.weightControls}
      </h3>
      <ul>
        {bars.map((bar, i) => {
          const id = `presenter-weight-${bar.dimension}`;
          const value = formatNumber(bar.weight, lang, 1);
          return (
            <li
              key={bar.dimension}
              style={{ '--dim-color': dimensionColour(bar.dimension, i) } as CSSProperties}
            >
              <label htmlFor={id} title={bar.name}>
                {bar.name}
              </label>
              <input
                id={id}
                type="range"
                min={0}
                max={MAX_WEIGHT}
                step="any"
                value={bar.weight}
                aria-valuetext={format(m.weightValue, { value, percent: bar.percent })}
                onChange={(e) => setWeight(bar.dimension, e.currentTarget.valueAsNumber)}
                // The thumb at the exact weight (hundredths), the keys by half steps.
                onKeyDown={stepKeyDown(WEIGHT_STEPS, (v) => setWeight(bar.dimension, v))}
              />
              <output htmlFor={id} className="num">
                {value}
              </output>
            </li>
          );
        })}
      </ul>
      <button type="button" className="presenter-button" onClick={resetWeights}>
        {m.resetWeights}
      </button>
    </section>
  );
}
