import { useMemo, useState } from 'react';

import { migrations, panorama } from '../../catalogue/roadmap';
import { toMermaid } from '../../components/mermaid/flowchart';
import { ExportImage } from '../../components/export-image';
import { MermaidDiagram } from '../../components/mermaid/mermaid-diagram';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage } from '../../components/use-messages';
import { leadingGroup } from '../../engine/conformance';
import { treeSignals } from '../../engine/tree-signals';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useNames, useRanking } from '../../store/use-ranking';
import { roadmapMessages } from './messages';
import {
  evolutionNote,
  evolutionStage,
  missingPicks,
  panoramaChoices,
  toEvolutionChart,
  toPanoramaChart,
} from './to-roadmap-charts';
import '../../components/mermaid/diagram.css';
import './roadmap.css';

/**
 * The 17.2.1 panorama for the current requirements, with the answers whose technologies the
 * store's catalogue lacks marked; re-renders with them.
 */
export function PanoramaPanel() {
  const lang = useLanguage();
  const m = roadmapMessages[lang];
  const catalogue = useCatalogue();
  const known = useMemo(() => new Set(catalogue.technologies.map((t) => t.id)), [catalogue]);
  const requirements = useAppStore((s) => s.requirements);
  // The tree asks about the scenario the inputs started from, edited or not (as the scoring does).
  const scenarioId = useAppStore((s) => s.baseScenarioId);
  const signals = useMemo(() => treeSignals(requirements, scenarioId), [requirements, scenarioId]);
  const text = useMemo(() => toMermaid(toPanoramaChart(signals, lang)), [signals, lang]);
  const choices = panoramaChoices(signals);
  return (
    <Panel
      id="panorama"
      title={m.panorama}
      actions={
        <>
          <SourceRef section="17.2.1" lang={lang} />
          <ExportImage name="panorama" label={m.panorama} />
        </>
      }
    >
      <MermaidDiagram
        text={text}
        label={m.panoramaFigure}
        title={m.panorama}
        loadingText={m.loading}
        errorText={m.error}
      />
      <h3 className="visually-hidden">{m.answers}</h3>
      <ul className="diagram-twin">
        {panorama.map((q) => {
          const option = q.options.find((o) => o.id === choices[q.id]);
          const missing = option ? missingPicks(option.picks, known) : [];
          return (
            <li key={q.id} className={option ? 'twin-taken' : 'twin-idle'}>
              <strong>{q.question[lang]}</strong>:{' '}
              {option ? `${option.when[lang]} → ${option.result}` : m.noPolicy}
              {missing.length > 0 ? ` ${format(m.missing, { ids: missing.join(', ') })}` : null}
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}

/** The 17.7.1 path with the stage of the ranking's #1 (or each co-recommended stack), and the 17.7.2 migration checklists; re-renders with the ranking. */
export function EvolutionPanel() {
  const lang = useLanguage();
  const m = roadmapMessages[lang];
  const ranking = useRanking();
  const names = useNames();
  // #1, or every co-recommended stack of a near-tie: a tie never picks one stage by id.
  const leaders = useMemo(
    () =>
      leadingGroup(ranking).map((r) => ({
        name: names.stack(r.stack.parts),
        stage: evolutionStage(r.stack.parts),
      })),
    [ranking, names],
  );
  const text = useMemo(() => toMermaid(toEvolutionChart(leaders, lang)), [leaders, lang]);
  const [done, setDone] = useState<Record<string, boolean>>({});
  return (
    <Panel
      id="evolution"
      title={m.evolution}
      actions={
        <>
          <SourceRef section="17.7.1" lang={lang} />
          <ExportImage name="evolution" label={m.evolution} />
        </>
      }
    >
      <MermaidDiagram
        text={text}
        label={m.evolutionFigure}
        title={m.evolution}
        loadingText={m.loading}
        errorText={m.error}
      />
      <p className="stage-note">{evolutionNote(leaders, lang)}</p>
      <h3 className="migration-title">
        {m.migration} <SourceRef section="17.7.2" lang={lang} />
      </h3>
      <div className="migrations">
        {migrations.map((path) => {
          const count = path.steps.filter((_, i) => done[`${path.id}/${i}`]).length;
          return (
            <fieldset key={path.id} className="migration">
              <legend>
                {path.title[lang]}{' '}
                <span className="muted">
                  ({format(m.progress, { done: count, total: path.steps.length })})
                </span>
              </legend>
              <ol>
                {path.steps.map((step, i) => {
                  const key = `${path.id}/${i}`;
                  return (
                    <li key={key}>
                      <label>
                        <input
                          type="checkbox"
                          checked={done[key] ?? false}
                          onChange={(e) => setDone({ ...done, [key]: e.target.checked })}
                        />{' '}
                        {step[lang]}
                      </label>
                    </li>
                  );
                })}
              </ol>
            </fieldset>
          );
        })}
      </div>
    </Panel>
  );
}
