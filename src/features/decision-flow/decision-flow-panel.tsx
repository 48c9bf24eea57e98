import { useMemo } from 'react';

import { toMermaid } from '../../components/mermaid/flowchart';
import { ExportImage } from '../../components/export-image';
import { MermaidDiagram } from '../../components/mermaid/mermaid-diagram';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage } from '../../components/use-messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useNames, useRanking, useRankingSummary } from '../../store/use-ranking';
import { flowMessages } from './messages';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import {
  bestSchemes,
  toDecisionFlow,
  toFlowSteps,
  type FlowState,
} from '../../components/diagrams/to-decision-flow';
import '../../components/mermaid/diagram.css';

/** The 17.6.2 flow drawn with the live decision; the text list is its accessible twin. Re-renders with the ranking. */
export function DecisionFlowPanel() {
  const lang = useLanguage();
  const m = flowMessages[lang];
  const ranking = useRanking();
  const summary = useRankingSummary();
  const catalogue = useCatalogue();
  const names = useNames();
  const requirements = useAppStore((s) => s.requirements);
  const scenarioId = useAppStore((s) => s.scenarioId);
  const state = useMemo((): FlowState => {
    // The valid stacks' fit, of the whole ranking (a worker-ranked catalogue sends its top only).
    const counts = { ...summary.valid };
    return {
      scenario: scenarioId ? names.scenario(scenarioId, lang) : m.custom,
      requirements: summariseRequirements(requirements, lang),
      technologyCount: catalogue.technologies.length,
      counts,
      best: bestSchemes(ranking).map((r) => names.stack(r.stack.parts)),
    };
  }, [ranking, summary, requirements, scenarioId, lang, m.custom, catalogue, names]);
  const text = useMemo(() => toMermaid(toDecisionFlow(state, lang)), [state, lang]);
  const { steps } = toFlowSteps(state, lang);
  return (
    <Panel
      id="decision-flow"
      title={m.title}
      actions={
        <>
          <SourceRef section="17.6.2" lang={lang} />
          <ExportImage name="decision-flow" label={m.title} />
        </>
      }
    >
      <MermaidDiagram
        text={text}
        label={m.figure}
        title={m.title}
        loadingText={m.loading}
        errorText={m.error}
      />
      <h3 className="visually-hidden">{m.steps}</h3>
      <ol className="diagram-twin">
        {steps.map((s) => (
          <li key={s.id} className={`twin-${s.emphasis}`}>
            <strong>{s.label}</strong>
            {s.fullDetail ? ` — ${s.fullDetail}` : ''}{' '}
            <span className="twin-state">({m[s.emphasis]})</span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
