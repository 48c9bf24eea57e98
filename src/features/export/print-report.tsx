import { scenarioLabel } from '../../store/applied-variant';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

import { namesOf } from '../../catalogue/names';
import type { Catalogue } from '../../catalogue/types';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import { normaliseWeights } from '../../engine/rank';
import { treeSignals } from '../../engine/tree-signals';
import { format } from '../../i18n/messages';
import type { Inputs } from '../../store/app-store';
import { shareUrl } from '../../store/url-codec';
import { adrMessages } from './adr-messages';
import { currentCatalogue, currentInputs } from './current-inputs';
import { formatNumber, formatScore } from '../../i18n/numbers';

/** A snapshot of what the printout shows: the inputs and the catalogue they rank. */
interface Snapshot {
  inputs: Inputs;
  catalogue: Catalogue;
}

/**
 * The printed inputs (a weight per dimension of the catalogue) and 17.8.1 path of the decision
 * view, built from a snapshot of the store.
 */
function PrintSummary({ inputs, catalogue }: Snapshot) {
  const lang = inputs.language;
  const m = adrMessages[lang];
  const names = namesOf(catalogue);
  const named = scenarioLabel(inputs, lang, catalogue);
  const shares = normaliseWeights(inputs.weights);
  const weights = catalogue.dimensions.map(({ id }) => {
    const weight = formatNumber(inputs.weights[id] ?? 0, lang, 1);
    return `${names.dimension(id, lang)} ${weight} (${formatScore(shares[id] ?? 0, lang, 1)}%)`;
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
      {label('link', shareUrl(inputs, window.location, catalogue))}
    </section>
  );
}

/**
 * Print only: the inputs and the decision path, which the decision view does not show. Built
 * on `beforeprint` from a snapshot of the store, so it costs nothing while the user works.
 */
export function PrintReport() {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  useEffect(() => {
    // flushSync: the report must be in the DOM before the browser lays out the printout.
    const before = () =>
      flushSync(() => setSnapshot({ inputs: currentInputs(), catalogue: currentCatalogue() }));
    const after = () => setSnapshot(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return snapshot && snapshot.inputs.view === 'dashboard' ? <PrintSummary {...snapshot} /> : null;
}
