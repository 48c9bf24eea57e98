import { Fragment, useMemo, useState } from 'react';

import type { LayerId } from '../../catalogue/types';
import { toMermaid } from '../../components/mermaid/flowchart';
import { ExportImage } from '../../components/export-image';
import { MermaidDiagram } from '../../components/mermaid/mermaid-diagram';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { TechChip } from '../../components/tech-chip';
import { useLanguage } from '../../components/use-messages';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import { SCENARIO_TREES } from '../../engine/scenario-trees';
import { treeSignals } from '../../engine/tree-signals';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useCatalogue, useNames, useRankedWeights, useRanking } from '../../store/use-ranking';
import { treeMessages } from './messages';
import { toTreeChart } from '../../components/diagrams/to-tree-chart';
import { SignalName, SignalReadings } from './signal-readings';
import { readingSignals } from './to-selection-rows';
import { TreeVerdictNote } from './tree-verdict-note';
import '../../components/mermaid/diagram.css';
import './decision-tree.css';

type Which = 'global' | 'scenario';

/** The 17.8.1 global tree and the 17.8.2 scenario trees evaluated on the requirements; re-renders with them and the ranking. */
export function DecisionTreePanel() {
  const lang = useLanguage();
  const m = treeMessages[lang];
  const requirements = useAppStore((s) => s.requirements);
  // The tree asks about the scenario the inputs started from, edited or not (as the scoring does).
  const scenarioId = useAppStore((s) => s.baseScenarioId);
  // Deferred like the ranking's own weights (useRanking): the verdict compares the two.
  const weights = useRankedWeights();
  const ranking = useRanking();
  const catalogue = useCatalogue();
  const names = useNames();
  const [which, setWhich] = useState<Which>('global');

  const signals = useMemo(() => treeSignals(requirements, scenarioId), [requirements, scenarioId]);
  const globalPath = useMemo(() => walkTree(GLOBAL_TREE, signals), [signals]);
  const pathId = globalPath.taken[0]!.branch.path!;
  const scenarioLevels =
    pathId in SCENARIO_TREES ? SCENARIO_TREES[pathId as keyof typeof SCENARIO_TREES] : null;
  const levels = which === 'scenario' && scenarioLevels ? scenarioLevels : GLOBAL_TREE;
  const path = useMemo(() => walkTree(levels, signals), [levels, signals]);
  const text = useMemo(() => toMermaid(toTreeChart(levels, path, lang)), [levels, path, lang]);
  const pathName = globalPath.taken[0]!.branch.result[lang];
  const section = which === 'global' ? '17.8.1' : '17.8.2';
  // The trees are the seed's: a user's catalogue may lack a technology they pick.
  const known = new Set(catalogue.technologies.map((t) => t.id));
  const absent = [
    ...new Set(
      Object.values(path.recommendation).flatMap((ids) => ids.filter((id) => !known.has(id))),
    ),
  ];

  return (
    <Panel
      id="decision-tree"
      title={m.title}
      actions={
        <>
          <SourceRef section={section} lang={lang} />
          <ExportImage name={`decision-tree-${which}`} label={m.title} />
        </>
      }
    >
      <div className="segmented tree-switch" role="group" aria-label={m.whichTree}>
        {(['global', 'scenario'] as const).map((w) => (
          <button key={w} type="button" aria-pressed={which === w} onClick={() => setWhich(w)}>
            {m[w]}
          </button>
        ))}
      </div>
      {which === 'scenario' && !scenarioLevels ? (
        <p className="tree-note">{format(m.noScenarioTree, { path: pathName })}</p>
      ) : null}
      <div className="tree-recommendation">
        <span className="tree-label">{m.treeSays}</span>
        {(Object.entries(path.recommendation) as [LayerId, string[]][]).map(([layer, ids]) => (
          <TechChip key={layer} layer={layer} name={ids.map(names.technology).join(' / ')} />
        ))}
      </div>
      {absent.length > 0 ? (
        <p className="tree-note tree-absent">
          {format(m.absentPicks, { ids: absent.join(m.listSep) })}
        </p>
      ) : null}
      <TreeVerdictNote
        pattern={path.recommendation}
        ranking={ranking}
        weights={weights}
        lang={lang}
      />
      <MermaidDiagram
        text={text}
        label={
          levels === GLOBAL_TREE ? m.figureGlobal : format(m.figureScenario, { path: pathName })
        }
        title={m.title}
        loadingText={m.loading}
        errorText={m.error}
      />
      <h3 className="visually-hidden">{m.path}</h3>
      <ol className="diagram-twin">
        {path.taken.map((step, i) => (
          <li key={step.levelId} className="twin-taken">
            <strong>{levels[i]!.title[lang]}</strong>: {step.branch.result[lang]} —{' '}
            {step.because.length > 0 ? (
              <>
                {m.because}{' '}
                {step.because.map((s, j) => (
                  <Fragment key={s}>
                    {j > 0 ? ` ${m.or} ` : null}
                    <SignalName signal={s} section={section} lang={lang} />
                  </Fragment>
                ))}
              </>
            ) : (
              m.otherwise
            )}
          </li>
        ))}
      </ol>
      <SignalReadings signals={readingSignals(levels)} section={section} lang={lang} />
    </Panel>
  );
}
