import type { Language, StackPattern, Weights } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import { useNames } from '../../store/use-ranking';
import { treeVerdictText } from './tree-verdict-text';
import { treeVsRanking } from './tree-vs-ranking';

/** Whether the ranking's #1 (or a co-recommended stack) follows the tree, and if not, which weight or rule makes the difference. */
export function TreeVerdictNote(props: {
  pattern: StackPattern;
  ranking: RankingRow[];
  weights: Weights;
  lang: Language;
}) {
  const names = useNames();
  const verdict = treeVsRanking(props.pattern, props.ranking, props.weights);
  if (!verdict) return null;
  const text = treeVerdictText(verdict, props.lang, names);
  if (text.agrees) return <p className="tree-verdict tree-agree">✓ {text.headline}</p>;
  return (
    <div className="tree-verdict tree-differ" role="note">
      <p>≠ {text.headline}</p>
      <p>{text.why}</p>
    </div>
  );
}
