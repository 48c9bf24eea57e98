import { useMemo, type CSSProperties } from 'react';

import type { Dimension, DimensionId, Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { dimensionColour } from '../../components/series-colour';
import { stepKeyDown, WEIGHT_STEPS } from '../../components/slider-keys';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_WEIGHT, useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { useStability } from '../../store/use-analysis';
import { useCatalogue } from '../../store/use-ranking';
import { weightsMessages } from './messages';
import { StabilityBand } from './stability-band';
import { toSliderBands, type SliderBand } from './to-slider-bands';
import { toShareSegments, toWeightShares, type WeightShare } from './to-weight-shares';
import './weights.css';
import { formatNumber } from '../../i18n/numbers';

type State = Inputs & Actions;
const selectWeights = (s: State) => s.weights;
const selectSetWeight = (s: State) => s.setWeight;
const selectResetWeights = (s: State) => s.resetWeights;

type Strings = (typeof weightsMessages)['en'];

/**
 * A dimension's colour: the seed's own for its six dimensions (--dim-<id> in theme.css), else
 * the palette colour of its position in the catalogue.
 */
interface WeightRowProps {
  dimension: Dimension;
  colour: string;
  share: WeightShare;
  lang: Language;
  m: Strings;
  /** Where the current #1 holds on this slider (none before the first analysis). */
  band: SliderBand | undefined;
  /** A newer band is being computed (a large catalogue, in the worker). */
  bandBusy: boolean;
  onChange: (dimension: DimensionId, value: number) => void;
}

/**
 * One dimension: label, value, share, slider with the seed's default and the #1's stability
 * interval marked, and hints.
 */
function WeightRow(props: WeightRowProps) {
  const { dimension, colour, share, lang, m, band, bandBusy, onChange } = props;
  const id = `weight-${dimension.id}`;
  const hintId = `${id}-hint`;
  const bandId = `${id}-stability`;
  // The seed's word (高/中/低) for its dimensions; a user's dimension has its default weight only.
  const word = dimension.seedWeight ? m[dimension.seedWeight] : null;
  const defaultWeight = formatNumber(dimension.defaultWeight, lang, 1);
  const value = formatNumber(share.weight, lang, 1);
  const style = {
    '--dim-color': colour,
    '--fill': share.weight / MAX_WEIGHT,
    '--seed': dimension.defaultWeight / MAX_WEIGHT,
    '--share': share.share,
  } as CSSProperties;
  return (
    <li className="weight-row" style={style}>
      <div className="weight-head">
        <label htmlFor={id}>{dimension.name[lang]}</label>
        <output htmlFor={id} className="weight-value num">
          {value}
        </output>
        <span className="weight-percent num" title={format(m.share, { percent: share.percent })}>
          {share.percent}%
        </span>
      </div>
      <div className="weight-track">
        {band ? <StabilityBand band={band} busy={bandBusy} /> : null}
        {/* step="any": the thumb sits at a weight in hundredths (AHP, a group review); the keys
            still move by half steps and the store rounds a drag to them. */}
        <input
          id={id}
          className="weight-slider"
          type="range"
          min={0}
          max={MAX_WEIGHT}
          step="any"
          value={share.weight}
          aria-describedby={band ? `${hintId} ${bandId}` : hintId}
          aria-valuetext={`${value}, ${format(m.share, { percent: share.percent })}`}
          onChange={(e) => onChange(dimension.id, e.currentTarget.valueAsNumber)}
          onKeyDown={stepKeyDown(WEIGHT_STEPS, (v) => onChange(dimension.id, v))}
        />
        <span
          className="weight-seed-mark"
          aria-hidden="true"
          title={
            word === null
              ? format(m.defaultMarkerTitle, { weight: defaultWeight })
              : format(m.seedMarkerTitle, { word, weight: dimension.defaultWeight })
          }
        />
      </div>
      <div className="weight-share-bar" aria-hidden="true">
        <span />
      </div>
      <p id={hintId} className="weight-hint">
        {dimension.indicators[lang]}
        <span className="weight-seed-word">
          {word === null
            ? format(m.defaultMarker, { weight: defaultWeight })
            : format(m.seedMarker, { word })}
        </span>
      </p>
      {band ? (
        <p id={bandId} className="visually-hidden">
          {band.text}
        </p>
      ) : null}
    </li>
  );
}

/**
 * A slider per dimension of the catalogue with its normalised share and the band where the
 * current #1 holds; re-renders on weight, catalogue or language change and with the stability
 * analysis (at once on the page, when the worker answers for a large catalogue).
 */
export function WeightsPanel() {
  const m = useMessages(weightsMessages);
  const lang = useLanguage();
  const { dimensions } = useCatalogue();
  const weights = useAppStore(selectWeights);
  const setWeight = useAppStore(selectSetWeight);
  const resetWeights = useAppStore(selectResetWeights);
  const stability = useStability();
  const bands = useMemo(
    () => toSliderBands(stability.value, lang, MAX_WEIGHT),
    [stability.value, lang],
  );
  const shares = useMemo(
    () =>
      toWeightShares(
        weights,
        dimensions.map((d) => d.id),
      ),
    [weights, dimensions],
  );
  const reset = (
    <button
      type="button"
      className="button"
      aria-label={m.resetWeights}
      title={m.resetHint}
      onClick={resetWeights}
    >
      {m.reset}
    </button>
  );
  return (
    <Panel id="weights" title={m.weights} actions={reset} className="weights-panel">
      <div className="weight-distribution" aria-hidden="true" title={m.distribution}>
        {toShareSegments(shares).map((s, i) => (
          <span
            key={s.dimension}
            data-dimension={s.dimension}
            style={
              {
                '--dim-color': dimensionColour(s.dimension, i),
                insetInlineStart: `${s.start}%`,
                width: `${s.width}%`,
              } as CSSProperties
            }
          />
        ))}
      </div>
      <ul className="weight-list">
        {dimensions.map((dimension, i) => (
          <WeightRow
            key={dimension.id}
            dimension={dimension}
            colour={dimensionColour(dimension.id, i)}
            share={shares[i]!}
            lang={lang}
            m={m}
            band={bands.get(dimension.id)}
            bandBusy={stability.pending}
            onChange={setWeight}
          />
        ))}
      </ul>
    </Panel>
  );
}
