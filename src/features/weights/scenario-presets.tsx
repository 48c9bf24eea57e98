import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { scenarioById, useAppStore, type Actions, type Inputs } from '../../store/app-store';
import { weightsMessages } from './messages';
import './weights.css';

type State = Inputs & Actions;
const selectScenarioId = (s: State) => s.scenarioId;
const selectApplyScenario = (s: State) => s.applyScenario;

/** A button per seed scenario; shows the active one's description and sources, or "Custom". Re-renders on scenario or language change. */
export function ScenarioPresets() {
  const m = useMessages(weightsMessages);
  const lang = useLanguage();
  const scenarioId = useAppStore(selectScenarioId);
  const applyScenario = useAppStore(selectApplyScenario);
  const active = scenarioId === null ? null : scenarioById(scenarioId);
  const customTag = active ? null : <span className="scenario-custom-tag">{m.custom}</span>;
  return (
    <Panel id="scenarios" title={m.scenarios} actions={customTag}>
      <div className="scenario-grid">
        {seedCatalogue.scenarios.map((s) => (
          <button
            key={s.id}
            type="button"
            className="scenario-button"
            aria-pressed={s.id === scenarioId}
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
                  central: scenarioById(active.tiers.central).name[lang],
                  edge: scenarioById(active.tiers.edge).name[lang],
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
        ) : (
          <p>
            <strong>{m.custom}</strong> — {m.customNote}
          </p>
        )}
      </div>
    </Panel>
  );
}
