import { Fragment, useMemo } from 'react';

import type { Language } from '../../catalogue/types';
import { Panel } from '../../components/panel';
import { SourceRef } from '../../components/source-ref';
import { useLanguage } from '../../components/use-messages';
import { SELECTION_TREES, walkTree, type SelectionTree } from '../../engine/decision-tree';
import { treeSignals, type TreeSignals } from '../../engine/tree-signals';
import { useAppStore } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { treeMessages } from './messages';
import { SignalName, SignalReadings } from './signal-readings';
import { readingSignals, toSelectionRows } from './to-selection-rows';
import './decision-tree.css';

/** One 17.3 tree as an ordered list of its branches, the taken one highlighted and marked current. */
function SelectionTreeList({
  tree,
  signals,
  known,
  lang,
}: {
  tree: SelectionTree;
  signals: TreeSignals;
  /** The technology ids of the store's catalogue: a branch picking others is marked. */
  known: ReadonlySet<string>;
  lang: Language;
}) {
  const m = treeMessages[lang];
  const rows = toSelectionRows(tree.level, walkTree([tree.level], signals));
  const titleId = `selection-${tree.level.id.replace(/\./g, '-')}`;
  return (
    <div className="selection-tree">
      <h3>
        <span id={titleId}>{tree.level.title[lang]}</span>{' '}
        <SourceRef section={tree.section} lang={lang} />
      </h3>
      <ol className="selection-branches" aria-labelledby={titleId}>
        {rows.map((r) => (
          <li
            key={r.id}
            className={r.taken ? 'selection-taken' : undefined}
            aria-current={r.taken ? 'step' : undefined}
          >
            <code className="selection-keyword">{r.keyword}</code>{' '}
            {r.when.map((s, i) => (
              <Fragment key={s}>
                {i > 0 ? ` ${m.or} ` : null}
                <SignalName signal={s} section={tree.section} lang={lang} />
              </Fragment>
            ))}
            {r.when.length > 0 ? ': ' : null}
            <strong>{r.result[lang]}</strong>
            {r.picks.some((id) => !known.has(id)) ? (
              <span className="selection-absent"> ({m.notInCatalogue})</span>
            ) : null}
            {r.taken ? <span className="selection-mark"> ✓ {m.taken}</span> : null}
          </li>
        ))}
      </ol>
      <SignalReadings signals={readingSignals([tree.level])} section={tree.section} lang={lang} />
    </div>
  );
}

/**
 * The 17.3.1 and 17.3.2 selection trees walked on the requirements and the scenario the
 * inputs start from; re-renders when either or the language changes.
 */
export function SelectionTreesPanel() {
  const lang = useLanguage();
  const m = treeMessages[lang];
  const requirements = useAppStore((s) => s.requirements);
  const baseScenarioId = useAppStore((s) => s.baseScenarioId);
  const catalogue = useCatalogue();
  const known = useMemo(() => new Set(catalogue.technologies.map((t) => t.id)), [catalogue]);
  const signals = useMemo(
    () => treeSignals(requirements, baseScenarioId),
    [requirements, baseScenarioId],
  );
  return (
    <Panel id="selection-trees" title={m.selectionTitle}>
      <p className="tree-note">{m.selectionNote}</p>
      <div className="selection-grid">
        {SELECTION_TREES.map((tree) => (
          <SelectionTreeList
            key={tree.section}
            tree={tree}
            signals={signals}
            known={known}
            lang={lang}
          />
        ))}
      </div>
    </Panel>
  );
}
