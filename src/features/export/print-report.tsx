import { scenarioLabel } from '../../store/applied-variant';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { formatScore } from '../../components/format-score';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import { DIMENSION_IDS, normaliseWeights } from '../../engine/rank';
import { treeSignals } from '../../engine/tree-signals';
import { format, formatNumber } from '../../i18n/messages';
import type { Inputs } from '../../store/app-store';
import { shareUrl } from '../../store/url-codec';
import { adrMessages } from './adr-messages';
import { currentInputs } from './current-inputs';

/** The printed inputs and 17.8.1 path of the decision view, built from a snapshot of the inputs. */
function PrintSummary({ inputs }: { inputs: Inputs }) {
  const lang = inputs.language;
  const m = adrMessages[lang];
  const named = scenarioLabel(inputs, lang);
  const shares = normaliseWeights(inputs.weights);
  const weights = DIMENSION_IDS.map((id) => {
    const name = seedCatalogue.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
    return `${name} ${formatNumber(inputs.weights[id], lang, 1)} (${formatScore(shares[id], lang, 1)}%)`;
  });
  const path = walkTree(GLOBAL_TREE, treeSignals(inputs.requirements, inputs.baseScenarioId));
  const label = (key: 'scenario' | 'weights' | 'requirements' | 'link', text: string) => (
    <p>
      <strong>{format(m.listHead, { label: m[key] })}</strong> {text}
    </p>
  );
  return (
    <section className="print-report" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h2>{m.printTitle}</h2>
      {label('scenario', named.custom ? format(m.custom, { scenario: named.name }) : named.name)}
      {label('weights', weights.join(' · '))}
      {label('requirements', summariseRequirements(inputs.requirements, lang).join(' · '))}
      <h3>{m.tree}</h3>
      <ol>
        {path.taken.map((step, i) => (
          <li key={step.levelId}>
            {format(m.step, {
              level: GLOBAL_TREE[i]!.title[lang],
              result: step.branch.result[lang],
            })}
          </li>
        ))}
      </ol>
      {label('link', shareUrl(inputs, window.location))}
    </section>
  );
}

/**
 * Print only: the inputs and the decision path, which the decision view does not show. Built
 * on `beforeprint` from a snapshot of the store, so it costs nothing while the user works.
 */
export function PrintReport() {
  const [inputs, setInputs] = useState<Inputs | null>(null);
  useEffect(() => {
    // flushSync: the report must be in the DOM before the browser lays out the printout.
    const before = () => flushSync(() => setInputs(currentInputs()));
    const after = () => setInputs(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return inputs && inputs.view === 'dashboard' ? <PrintSummary inputs={inputs} /> : null;
}
