import type { Language } from '../../catalogue/types';
import type { FlowEdge, Flowchart, FlowNode } from '../../components/mermaid/flowchart';
import type { TreeLevel, TreePath } from '../../engine/decision-tree';
import { SIGNAL_TEXT } from '../../engine/tree-signals';

/** A branch's condition in words: its signals joined by "or", or "else" for the default. */
export function conditionText(branch: TreeLevel['branches'][number], lang: Language): string {
  if (branch.isDefault || branch.when.length === 0) return lang === 'zh' ? '否则' : 'else';
  return branch.when.map((s) => SIGNAL_TEXT[s][lang]).join(lang === 'zh' ? ' 或 ' : ' or ');
}

/**
 * A decision tree as a flowchart: one decision node per level, one result node per branch,
 * the taken branch of every level highlighted and chained to the next level.
 */
export function toTreeChart(levels: TreeLevel[], path: TreePath, lang: Language): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  levels.forEach((level, i) => {
    const taken = path.taken[i]?.branch.id;
    nodes.push({ id: level.id, label: level.title[lang], shape: 'decision', emphasis: 'taken' });
    for (const branch of level.branches) {
      const on = branch.id === taken;
      const id = `${level.id}_${branch.id}`;
      nodes.push({ id, label: branch.result[lang], shape: 'box', emphasis: on ? 'taken' : 'idle' });
      edges.push({
        from: level.id,
        to: id,
        label: conditionText(branch, lang),
        emphasis: on ? 'taken' : 'idle',
      });
    }
    const next = levels[i + 1];
    if (next && taken) edges.push({ from: `${level.id}_${taken}`, to: next.id, emphasis: 'taken' });
  });
  return { direction: 'TD', nodes, edges };
}
