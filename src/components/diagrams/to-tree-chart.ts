import type { Language } from '../../catalogue/types';
import type { FlowEdge, Flowchart, FlowNode } from '../mermaid/flowchart';
import type { TreeLevel, TreePath } from '../../engine/decision-tree';
import { SIGNAL_TEXT } from '../../engine/tree-signals';

/** A branch's condition in words: its signals joined by "or", or "else" for the default. */
export function conditionText(branch: TreeLevel['branches'][number], lang: Language): string {
  if (branch.isDefault || branch.when.length === 0) return lang === 'zh' ? '否则' : 'else';
  return branch.when.map((s) => SIGNAL_TEXT[s][lang]).join(lang === 'zh' ? ' 或 ' : ' or ');
}

/**
 * A decision tree as a flowchart: per level a decision node, the taken branch ("condition →
 * result", highlighted and chained to the next level) and one node listing the branches not
 * taken. Grouping the alternatives keeps the six-level tree narrow enough to read on a screen.
 */
export function toTreeChart(levels: TreeLevel[], path: TreePath, lang: Language): Flowchart {
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const branchText = (b: TreeLevel['branches'][number]) =>
    `${conditionText(b, lang)} → ${b.result[lang]}`;
  levels.forEach((level, i) => {
    const taken = level.branches.find((b) => b.id === path.taken[i]?.branch.id);
    nodes.push({ id: level.id, label: level.title[lang], shape: 'decision', emphasis: 'taken' });
    if (taken) {
      nodes.push({
        id: `${level.id}_${taken.id}`,
        label: branchText(taken),
        shape: 'box',
        emphasis: 'taken',
      });
      edges.push({ from: level.id, to: `${level.id}_${taken.id}`, emphasis: 'taken' });
    }
    const others = level.branches.filter((b) => b !== taken);
    if (others.length > 0) {
      const label = others.map(branchText).join(' · ');
      nodes.push({ id: `${level.id}_others`, label, shape: 'box', emphasis: 'idle' });
      edges.push({ from: level.id, to: `${level.id}_others`, emphasis: 'idle' });
    }
    const next = levels[i + 1];
    if (next && taken)
      edges.push({ from: `${level.id}_${taken.id}`, to: next.id, emphasis: 'taken' });
  });
  return { direction: 'TD', nodes, edges };
}
