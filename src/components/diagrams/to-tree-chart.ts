import type { Language } from '../../catalogue/types';
import type { FlowEdge, FlowGroup, Flowchart, FlowNode } from '../mermaid/flowchart';
import type { TreeLevel, TreePath } from '../../engine/decision-tree';
import { SIGNAL_TEXT } from '../../engine/tree-signals';

/** A branch's condition in words: its signals joined by "or", or "else" for the default. */
export function conditionText(branch: TreeLevel['branches'][number], lang: Language): string {
  if (branch.isDefault || branch.when.length === 0) return lang === 'zh' ? '否则' : 'else';
  return branch.when.map((s) => SIGNAL_TEXT[s][lang]).join(lang === 'zh' ? ' 或 ' : ' or ');
}

/**
 * A decision tree as a flowchart of level cards stacked top-down: in each card the level's
 * question (a hexagon) points left-to-right at every branch's result, the edge labelled with
 * the branch's condition; the taken branch and the chain of cards are highlighted. Stacking
 * the levels keeps a six-level tree about as wide as one level (no diagonal staircase), so it
 * reads at its natural size in a panel.
 */
export function toTreeChart(levels: TreeLevel[], path: TreePath, lang: Language): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const groups: FlowGroup[] = [];
  levels.forEach((level, i) => {
    const takenId = path.taken[i]?.branch.id;
    nodes.push({ id: level.id, label: level.title[lang], shape: 'hexagon', emphasis: 'taken' });
    const members = [level.id];
    for (const branch of level.branches) {
      const id = `${level.id}_${branch.id}`;
      const emphasis = branch.id === takenId ? 'taken' : 'idle';
      nodes.push({ id, label: branch.result[lang], shape: 'box', emphasis });
      edges.push({ from: level.id, to: id, label: conditionText(branch, lang), emphasis });
      members.push(id);
    }
    groups.push({ id: `level_${level.id}`, nodes: members, direction: 'LR' });
  });
  for (let i = 1; i < groups.length; i++)
    edges.push({ from: groups[i - 1]!.id, to: groups[i]!.id, emphasis: 'taken' });
  return { direction: 'TD', nodes, edges, groups };
}
