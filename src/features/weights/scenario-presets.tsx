import { useMemo } from 'react';

import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { scenarioIn } from '../../engine/presets';
import { format } from '../../i18n/messages';
import { useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { appliedVariant } from '../../store/applied-variant';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { weightsMessages } from './messages';
import { ScenarioDerivationDetails } from './scenario-derivation';
import { ScenarioAlternatives, ScenarioFocusNotes } from './scenario-focus';
import { toDerivation, type AlternativeRow } from './to-derivation';
import './weights.css';

type State = Inputs & Actions;
const selectScenarioId = (s: State) => s.scenarioId;
const selectBaseScenarioId = (s: State) => s.baseScenarioId;
const selectWeights = (s: State) => s.weights;
const selectRequirements = (s: State) => s.requirements;
const selectApplyScenario = (s: State) => s.applyScenario;
const selectSetRequirement = (s: State) => s.setRequirement;

/**
 * A button per scenario of the catalogue; the active one's description and sources, or "Custom" and the
 * scenario the inputs started from; the base scenario's focus, alternatives and derivation.
 * Re-renders on scenario, weight, requirement or language change.
 */
export function ScenarioPresets() {
  const m = useMessages(weightsMessages);
  const lang = useLanguage();
  const catalogue = useCatalogue();
  const names = useNames();
  const scenarioId = useAppStore(selectScenarioId);
  const baseScenarioId = useAppStore(selectBaseScenarioId);
  const weights = useAppStore(selectWeights);
  const requirements = useAppStore(selectRequirements);
  const applyScenario = useAppStore(selectApplyScenario);
  const setRequirement = useAppStore(selectSetRequirement);
  const active = scenarioId === null ? null : scenarioIn(catalogue, scenarioId);
  const base = scenarioIn(catalogue, baseScenarioId);
  // A seed alternative applied as such is named as the seed's, not "Custom".
  const alternative = appliedVariant(
    { scenarioId, baseScenarioId, weights, requirements },
    catalogue,
  );
  const derivation = useMemo(
    () => toDerivation(base, catalogue.dimensions, { scenarioId, weights, requirements }),
    [base, catalogue.dimensions, scenarioId, weights, requirements],
  );
  const applyAlternative = (alternative: AlternativeRow) => {
    applyScenario(base.id);
    for (const [key, value] of alternative.requirements) setRequirement(key, value);
  };
  const customTag =
    active || alternative ? null : <span className="scenario-custom-tag">{m.custom}</span>;
  return (
    <Panel id="scenarios" title={m.scenarios} actions={customTag}>
      <div className="scenario-grid">
        {catalogue.scenarios.map((s) => (
          <button
            key={s.id}
            type="button"
            className="scenario-button"
            aria-pressed={s.id === scenarioId || s.id === alternative?.scenario.id}
            onClick={() => applyScenario(s.id)}
          >
            {s.name[lang]}
          </button>
        ))}
      </div>
      <div className="scenario-about" aria-live="polite">
        {active ? (
          <>
            <p>
              <strong>{active.name[lang]}</strong> — {active.description[lang]}
            </p>
            {active.tiers ? (
              <p>
                {format(m.tiers, {
                  central: names.scenario(active.tiers.central, lang),
                  edge: names.scenario(active.tiers.edge, lang),
                })}
              </p>
            ) : null}
            <p className="scenario-sources">
              <span>{m.sources}:</span>
              {active.sources.map((id) => (
                <SourceRef key={id} section={id} lang={lang} />
              ))}
            </p>
          </>
        ) : alternative ? (
          <>
            <p>
              <strong>
                {alternative.scenario.name[lang]}
                {lang === 'zh' ? '：' : ', '}
                {alternative.variant.label[lang]}
              </strong>{' '}
              — {m.alternativeNote}
            </p>
            <p className="scenario-sources">
              <span>{m.sources}:</span>
              {alternative.variant.sections.map((id) => (
                <SourceRef key={id} section={id} lang={lang} />
              ))}
            </p>
          </>
        ) : (
          <>
            <p>
              <strong>{m.custom}</strong> — {m.customNote}
            </p>
            <p>{format(m.startedFrom, { name: base.name[lang] })}</p>
          </>
        )}
      </div>
      <ScenarioFocusNotes derivation={derivation} lang={lang} m={m} />
      <ScenarioAlternatives derivation={derivation} lang={lang} m={m} onApply={applyAlternative} />
      <ScenarioDerivationDetails derivation={derivation} lang={lang} m={m} />
    </Panel>
  );
}
