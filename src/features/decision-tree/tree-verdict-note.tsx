import type { Language, LayerId, StackPattern, Weights } from '../../catalogue/types';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { stackName } from '../../components/stack-name';
import type { RankingRow } from '../../engine/evaluate';
import { format } from '../../i18n/messages';
import { treeMessages } from './messages';
import { treeVsRanking } from './tree-vs-ranking';

const layerName = (id: LayerId, lang: Language) =>
  seedCatalogue.layers.find((l) => l.id === id)!.name[lang];
const dimensionName = (id: string, lang: Language) =>
  seedCatalogue.dimensions.find((d) => d.id === id)!.name[lang];

/** Whether the ranking's #1 follows the tree, and if not, which weight or rule makes the difference. */
export function TreeVerdictNote(props: {
  pattern: StackPattern;
  ranking: RankingRow[];
  weights: Weights;
  lang: Language;
}) {
  const { lang } = props;
  const m = treeMessages[lang];
  const verdict = treeVsRanking(props.pattern, props.ranking, props.weights);
  if (!verdict) return null;
  if (verdict.kind === 'agree') return <p className="tree-verdict tree-agree">✓ {m.agree}</p>;
  const layers = verdict.layers.map((l) => layerName(l, lang)).join(lang === 'zh' ? '、' : ', ');
  let why: string;
  if (!verdict.treeStack) why = m.noTreeStack;
  else if (verdict.failedChecks.length > 0) {
    why = format(m.decidedByRule, {
      tree: stackName(verdict.treeStack.stack.parts),
      status: m[verdict.treeStack.match.status],
      reasons: verdict.failedChecks.map((c) => c.reason[lang]).join(lang === 'zh' ? '；' : '; '),
    });
  } else if (verdict.decidedBy) {
    why = format(m.decidedByWeight, {
      tree: stackName(verdict.treeStack.stack.parts),
      gap: (verdict.gap * 100).toFixed(1),
      dimension: dimensionName(verdict.decidedBy, lang),
    });
  } else why = m.tieNote;
  return (
    <div className="tree-verdict tree-differ" role="note">
      <p>≠ {format(m.differ, { layers })}</p>
      <p>{why}</p>
    </div>
  );
}
