import { evolution, panorama } from '../../catalogue/roadmap';
import type { Language } from '../../catalogue/types';
import type { FlowEdge, Flowchart, FlowNode } from '../../components/mermaid/flowchart';
import { fitsPattern } from '../../engine/patterns';
import type { TreeSignals } from '../../engine/tree-signals';
import type { StackParts } from '../../engine/types';

/** Which option of each 17.2.1 question the signals choose; none for policy when no policy is required. */
export function panoramaChoices(s: TreeSignals): Record<string, string | null> {
  return {
    resources: s.resourceConstrained || s.edge ? 'constrained' : 'ample',
    latency: s.fastStart ? 'low' : 'medium',
    scale: s.largeScale ? 'large' : 'small',
    policy: s.complexPolicy ? 'complex' : s.simplePolicy ? 'simple' : null,
  };
}

/** The 17.2.1 panorama: scenario needs → four questions → two answers each, the chosen answers highlighted. */
export function toPanoramaChart(signals: TreeSignals, lang: Language): Flowchart {
  const choices = panoramaChoices(signals);
  const nodes: FlowNode[] = [
    {
      id: 'needs',
      label: lang === 'zh' ? '场景需求' : 'Scenario needs',
      shape: 'round',
      emphasis: 'taken',
    },
  ];
  const edges: FlowEdge[] = [];
  for (const q of panorama) {
    const asked = choices[q.id] !== null;
    nodes.push({
      id: q.id,
      label: q.question[lang],
      shape: 'decision',
      emphasis: asked ? 'taken' : 'idle',
    });
    edges.push({ from: 'needs', to: q.id, emphasis: asked ? 'taken' : 'idle' });
    for (const o of q.options) {
      const on = choices[q.id] === o.id;
      nodes.push({
        id: `${q.id}_${o.id}`,
        label: o.result,
        shape: 'box',
        emphasis: on ? 'taken' : 'idle',
      });
      edges.push({
        from: q.id,
        to: `${q.id}_${o.id}`,
        label: o.when[lang],
        emphasis: on ? 'taken' : 'idle',
      });
    }
  }
  return { direction: 'LR', nodes, edges };
}

/** The furthest 17.7.1 stage the stack has reached (its pattern fits), or -1 for none. */
export function evolutionStage(parts: StackParts): number {
  let reached = -1;
  evolution.forEach((stage, i) => {
    if (fitsPattern(parts, stage.pattern)) reached = i;
  });
  return reached;
}

/** The 17.7.1 evolution path, stages up to the current #1's highlighted and its own stage marked. */
export function toEvolutionChart(stage: number, lang: Language): Flowchart {
  const here = lang === 'zh' ? '（当前第 1 名）' : ' (current #1)';
  const nodes: FlowNode[] = evolution.map((s, i) => ({
    id: s.id,
    label: i === stage ? `${s.label}${here}` : s.label,
    shape: i === stage ? 'round' : 'box',
    emphasis: i <= stage ? 'taken' : 'idle',
  }));
  const edges: FlowEdge[] = evolution.slice(1).map((s, i) => ({
    from: evolution[i]!.id,
    to: s.id,
    emphasis: i + 1 <= stage ? 'taken' : 'idle',
  }));
  return { direction: 'LR', nodes, edges };
}
