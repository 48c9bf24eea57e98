import { useMemo, type CSSProperties } from 'react';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Dimension, DimensionId, Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format, formatNumber } from '../../i18n/messages';
import { MAX_WEIGHT, useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { weightsMessages } from './messages';
import { toWeightShares, type WeightShare } from './to-weight-shares';
import './weights.css';

type State = Inputs & Actions;
const selectWeights = (s: State) => s.weights;
const selectSetWeight = (s: State) => s.setWeight;
const selectResetWeights = (s: State) => s.resetWeights;

type Strings = (typeof weightsMessages)['en'];

interface WeightRowProps {
  dimension: Dimension;
  share: WeightShare;
  lang: Language;
  m: Strings;
  onChange: (dimension: DimensionId, value: number) => void;
}

/** One dimension: label, value, share, slider with the seed's default marked, and hints. */
function WeightRow({ dimension, share, lang, m, onChange }: WeightRowProps) {
  const id = `weight-${dimension.id}`;
  const hintId = `${id}-hint`;
  const word = m[dimension.seedWeight];
  const value = formatNumber(share.weight, lang, 1);
  const style = {
    '--dim-color': `var(--dim-${dimension.id})`,
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
        <input
          id={id}
          className="weight-slider"
          type="range"
          min={0}
          max={MAX_WEIGHT}
          step={0.5}
          value={share.weight}
          aria-describedby={hintId}
          aria-valuetext={`${value}, ${format(m.share, { percent: share.percent })}`}
          onChange={(e) => onChange(dimension.id, e.currentTarget.valueAsNumber)}
        />
        <span
          className="weight-seed-mark"
          aria-hidden="true"
          title={format(m.seedMarkerTitle, { word, weight: dimension.defaultWeight })}
        />
      </div>
      <div className="weight-share-bar" aria-hidden="true">
        <span />
      </div>
      <p id={hintId} className="weight-hint">
        {dimension.indicators[lang]}
        <span className="weight-seed-word">{format(m.seedMarker, { word })}</span>
      </p>
    </li>
  );
}

/** The six dimension weights as sliders with their normalised shares; re-renders on weight or language change. */
export function WeightsPanel() {
  const m = useMessages(weightsMessages);
  const lang = useLanguage();
  const weights = useAppStore(selectWeights);
  const setWeight = useAppStore(selectSetWeight);
  const resetWeights = useAppStore(selectResetWeights);
  const shares = useMemo(() => toWeightShares(weights), [weights]);
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
        {shares.map((s) => (
          <span
            key={s.dimension}
            style={
              { '--dim-color': `var(--dim-${s.dimension})`, flexGrow: s.share } as CSSProperties
            }
          />
        ))}
      </div>
      <ul className="weight-list">
        {seedCatalogue.dimensions.map((dimension) => (
          <WeightRow
            key={dimension.id}
            dimension={dimension}
            share={shares.find((s) => s.dimension === dimension.id)!}
            lang={lang}
            m={m}
            onChange={setWeight}
          />
        ))}
      </ul>
    </Panel>
  );
}
