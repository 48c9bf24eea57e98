import { decisionFlowSteps } from '../../catalogue/roadmap';
import type { Language } from '../../catalogue/types';
import { leadingGroup } from '../../engine/conformance';
import type { RankingRow } from '../../engine/evaluate';
import type { Emphasis, FlowEdge, Flowchart, FlowNode } from '../mermaid/flowchart';
import { formatNumber } from '../../i18n/numbers';

export interface FlowState {
  scenario: string;
  requirements: string[];
  technologyCount: number;
  counts: { match: number; partial: number; mismatch: number };
  /** The best matching stacks by name: #1, or every co-recommended stack of a near-tie, in ranking order. */
  best: string[];
}

export interface FlowStep {
  id: string;
  label: string;
  /** What the diagram's node shows after its label. */
  detail: string;
  /** The same in full for the text twin (it names every co-recommended stack). */
  fullDetail: string;
  emphasis: Emphasis;
}

/**
 * The stacks "choose the best scheme" (17.6.2) chooses: the leading group (engine leadingGroup)
 * of the valid stacks that satisfy the requirements, so a tie is never settled by id.
 */
export function bestSchemes(ranking: RankingRow[]): RankingRow[] {
  return leadingGroup(
    ranking.filter((r) => r.stack.status !== 'invalid' && r.match.status === 'match'),
  );
}

/** The 17.6.2 steps with the live figures of the current decision; satisfied when any stack matches. A tie names no single stack. */
export function toFlowSteps(
  state: FlowState,
  lang: Language,
): { steps: FlowStep[]; satisfied: boolean } {
  const zh = lang === 'zh';
  const n = (v: number) => formatNumber(v, lang);
  const satisfied = state.counts.match > 0;
  const total = state.counts.match + state.counts.partial + state.counts.mismatch;
  const best = state.best;
  const co = zh
    ? `${n(best.length)} 个并列推荐的技术栈`
    : `${n(best.length)} co-recommended stacks`;
  // The node stays one stack wide; the twin names every co-recommended stack.
  const full: Record<string, string> = {
    choose:
      satisfied && best.length > 1 ? `${co}${zh ? '：' : ': '}${best.join(zh ? '；' : '; ')}` : '',
  };
  const details: Record<string, string> = {
    needs: state.scenario,
    constraints: state.requirements.join(zh ? '，' : ', '),
    options: zh ? `${n(state.technologyCount)} 项技术` : `${n(state.technologyCount)} technologies`,
    specs: zh
      ? `${n(total)} 个栈：${n(state.counts.match)} 满足，${n(state.counts.partial)} 部分，${n(state.counts.mismatch)} 不满足`
      : `${n(total)} stacks: ${n(state.counts.match)} match, ${n(state.counts.partial)} partial, ${n(state.counts.mismatch)} fail`,
    combinations: 'Score = Σ wᵢ·fᵢ',
    satisfied: satisfied ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
    choose: !satisfied || best.length === 0 ? '' : best.length === 1 ? best[0]! : co,
    adjust: satisfied ? '' : zh ? '没有满足全部需求的栈' : 'no stack meets every requirement',
    implement: '',
  };
  const emphasisOf = (id: string): Emphasis => {
    if (id === 'adjust') return satisfied ? 'idle' : 'alert';
    if (id === 'choose' || id === 'implement') return satisfied ? 'taken' : 'idle';
    return 'taken';
  };
  const steps = decisionFlowSteps.map((s) => ({
    id: s.id,
    label: s.label[lang],
    detail: details[s.id] ?? '',
    fullDetail: full[s.id] || (details[s.id] ?? ''),
    emphasis: emphasisOf(s.id),
  }));
  return { steps, satisfied };
}

/** The 17.6.2 flowchart with the live path highlighted: yes → choose, or the "adjust" loop in red. */
export function toDecisionFlow(state: FlowState, lang: Language): Flowchart {
  const { steps, satisfied } = toFlowSteps(state, lang);
  const nodes: FlowNode[] = steps.map((s) => ({
    id: s.id,
    label: s.detail ? `${s.label} · ${s.detail}` : s.label,
    shape:
      s.id === 'satisfied'
        ? 'decision'
        : s.id === 'needs' || s.id === 'implement'
          ? 'round'
          : 'box',
    emphasis: s.emphasis,
  }));
  const yes = lang === 'zh' ? '是' : 'yes';
  const no = lang === 'zh' ? '否' : 'no';
  const line = (from: string, to: string, emphasis: Emphasis, label?: string): FlowEdge => ({
    from,
    to,
    emphasis,
    ...(label ? { label } : {}),
  });
  const edges: FlowEdge[] = [
    line('needs', 'constraints', 'taken'),
    line('constraints', 'options', 'taken'),
    line('options', 'specs', 'taken'),
    line('specs', 'combinations', 'taken'),
    line('combinations', 'satisfied', 'taken'),
    line('satisfied', 'choose', satisfied ? 'taken' : 'idle', yes),
    line('satisfied', 'adjust', satisfied ? 'idle' : 'alert', no),
    line('adjust', 'specs', satisfied ? 'idle' : 'alert'),
    line('choose', 'implement', satisfied ? 'taken' : 'idle'),
  ];
  return { direction: 'TD', nodes, edges };
}
