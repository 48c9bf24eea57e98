import { useMemo, type CSSProperties } from 'react';

import { dimensionColour } from '../../components/series-colour';
import type { InputSection } from '../../components/show-input';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { inputsMessages } from './messages';
import { toInputsSummary } from './to-inputs-summary';
import './inputs.css';

type State = Inputs & Actions;
const selectScenarioId = (s: State) => s.scenarioId;
const selectBaseScenarioId = (s: State) => s.baseScenarioId;
const selectWeights = (s: State) => s.weights;
const selectRequirements = (s: State) => s.requirements;

/**
 * The inputs folded into one bar (≤ 1280 px): scenario, weight shares and requirements, each
 * a button that opens the inputs drawer at its panel. Follows the store live.
 */
export function InputsBar({ onOpen }: { onOpen: (section: InputSection) => void }) {
  const m = useMessages(inputsMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const names = useNames();
  const scenarioId = useAppStore(selectScenarioId);
  const baseScenarioId = useAppStore(selectBaseScenarioId);
  const weights = useAppStore(selectWeights);
  const requirements = useAppStore(selectRequirements);
  const summary = useMemo(
    () =>
      toInputsSummary(
        { scenarioId, baseScenarioId, weights, requirements },
        catalogue,
        names,
        lang,
      ),
    [scenarioId, baseScenarioId, weights, requirements, catalogue, names, lang],
  );
  const scenario = summary.scenario.custom
    ? format(m.custom, { scenario: summary.scenario.name })
    : summary.scenario.name;
  const weightList = summary.weights
    .map((w) => format(m.weightList, { name: w.name, percent: w.percent }))
    .join(lang === 'zh' ? '，' : ', ');
  const requirementText =
    summary.requirements.length === 0
      ? m.openRequirements
      : summary.requirements.join(lang === 'zh' ? '，' : ', ');
  return (
    <nav className="inputs-bar" aria-label={m.bar}>
      <button type="button" className="inputs-item" onClick={() => onOpen('scenarios')}>
        <span className="inputs-label">{m.scenario}</span>
        <span className="inputs-caret" aria-hidden="true">
          ▸
        </span>
        <span className="inputs-value">{scenario}</span>
      </button>
      <button
        type="button"
        className="inputs-item"
        aria-label={format(m.labelled, { label: m.weights, value: weightList })}
        onClick={() => onOpen('weights')}
      >
        <span className="inputs-label">{m.weights}</span>
        <span className="inputs-caret" aria-hidden="true">
          ▸
        </span>
        <span className="inputs-shares" aria-hidden="true">
          {summary.weights.map((w) => (
            <span
              key={w.dimension}
              title={format(m.weightList, { name: w.name, percent: w.percent })}
              style={
                {
                  '--share': w.share,
                  '--dim-color': dimensionColour(w.dimension, w.index),
                } as CSSProperties
              }
            />
          ))}
        </span>
      </button>
      <button type="button" className="inputs-item" onClick={() => onOpen('requirements')}>
        <span className="inputs-label">{m.requirements}</span>
        <span className="inputs-caret" aria-hidden="true">
          ▸
        </span>
        <span className="inputs-value">{requirementText}</span>
      </button>
    </nav>
  );
}
