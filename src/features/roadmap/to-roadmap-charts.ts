import { evolution, panorama } from '../../catalogue/roadmap';
import type { Language, StackPattern } from '../../catalogue/types';
import type { FlowEdge, Flowchart, FlowNode } from '../../components/mermaid/flowchart';
import { fitsPattern } from '../../engine/patterns';
import type { TreeSignals } from '../../engine/tree-signals';
import type { StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import { roadmapMessages } from './messages';

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

/** The technologies a pattern picks that the catalogue (`known`: its technology ids) lacks, each once. */
export function missingPicks(pattern: StackPattern, known: ReadonlySet<string>): string[] {
  return [...new Set(Object.values(pattern).flat())].filter((id) => !known.has(id));
}

/** The furthest 17.7.1 stage the stack has reached (its pattern fits), or -1 for none. */
export function evolutionStage(parts: StackParts): number {
  let reached = -1;
  evolution.forEach((stage, i) => {
    if (fitsPattern(parts, stage.pattern)) reached = i;
  });
  return reached;
}

/** A stack of the ranking's leading group by name, with its 17.7.1 stage (-1 when off the path). */
export interface StagedStack {
  name: string;
  stage: number;
}

/**
 * The 17.7.1 evolution path for the ranking's #1 or its co-recommended group (one entry per
 * stack, ranking order): stages up to the furthest one reached highlighted, and each reached
 * stage marked with how many of the group stand there, so a tie never marks one stack's stage.
 */
export function toEvolutionChart(leaders: readonly StagedStack[], lang: Language): Flowchart {
  const m = roadmapMessages[lang];
  const n = leaders.length;
  const furthest = Math.max(-1, ...leaders.map((l) => l.stage));
  const mark = (i: number) => {
    const c = leaders.filter((l) => l.stage === i).length;
    if (c === 0) return '';
    if (n === 1) return m.markOne;
    return format(c === n ? m.markAll : m.markSome, { c, n });
  };
  const nodes: FlowNode[] = evolution.map((s, i) => ({
    id: s.id,
    label: `${s.label}${mark(i)}`,
    shape: mark(i) ? 'round' : 'box',
    emphasis: i <= furthest ? 'taken' : 'idle',
  }));
  const edges: FlowEdge[] = evolution.slice(1).map((s, i) => ({
    from: evolution[i]!.id,
    to: s.id,
    emphasis: i + 1 <= furthest ? 'taken' : 'idle',
  }));
  return { direction: 'LR', nodes, edges };
}

/** Where the ranking's #1, or each co-recommended stack, stands on the 17.7.1 path, as one sentence; '' for none. */
export function evolutionNote(leaders: readonly StagedStack[], lang: Language): string {
  const m = roadmapMessages[lang];
  const [first] = leaders;
  if (!first) return '';
  const note = (stage: number) => evolution[stage]!.note[lang];
  if (leaders.length === 1)
    return first.stage >= 0
      ? format(m.stageAt, { stack: first.name, note: note(first.stage) })
      : format(m.stageNone, { stack: first.name });
  const n = leaders.length;
  const stacks = leaders.map((l) => l.name).join(m.stackSep);
  if (leaders.every((l) => l.stage === first.stage))
    return first.stage >= 0
      ? format(m.coStageAt, { n, stacks, note: note(first.stage) })
      : format(m.coStageNone, { n, stacks });
  const items = leaders.map((l) =>
    l.stage >= 0
      ? format(m.coStageItem, { stack: l.name, note: note(l.stage) })
      : format(m.coStageItemNone, { stack: l.name }),
  );
  return format(m.coStages, { n, items: items.join(m.stackSep) });
}
