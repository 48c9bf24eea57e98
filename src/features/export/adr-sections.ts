import { namesOf } from '../../catalogue/names';
import { scenarioLabel } from '../../store/applied-variant';
import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import {
  bestSchemes,
  toDecisionFlow,
  type FlowState,
} from '../../components/diagrams/to-decision-flow';
import { toTreeChart } from '../../components/diagrams/to-tree-chart';
import { matchReason } from '../../components/match-words';
import { readableLabel } from '../../components/mermaid/encode-label';
import { toMermaid } from '../../components/mermaid/flowchart';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import { treeSignals } from '../../engine/tree-signals';
import { format } from '../../i18n/messages';
import type { AdrContext } from './to-adr';
import { mdFence, mdInline, mdText } from './markdown';
import { citedReason } from './rule-source';

/** #1's compatibility rule hits (with their seed sections) and its requirement checks that are not met. */
function warningsBody({ ranking, catalogue, m, lang }: AdrContext): string[] {
  const top = ranking[0];
  if (!top) return [];
  const rules = top.stack.reasons.map((r) => {
    const text = citedReason(r, mdText(r.reason[lang]), catalogue, m, mdInline);
    return `- ${format(m.label, { label: m[r.severity], text })}`;
  });
  const misses = top.match.checks
    .filter((c) => c.status !== 'match')
    .map((c) => {
      const text = mdText(matchReason(c, lang, namesOf(catalogue)));
      return `- ${format(m.label, { label: m[c.status], text })}`;
    });
  return rules.length + misses.length === 0
    ? [m.noWarnings]
    : [
        ...(rules.length > 0 ? [format(m.listHead, { label: m.compatibility }), '', ...rules] : []),
        ...(rules.length > 0 && misses.length > 0 ? [''] : []),
        ...(misses.length > 0 ? [format(m.listHead, { label: m.checks }), '', ...misses] : []),
      ];
}

/** The warnings of #1, or of each tier's #1 for the hybrid preset. */
export function warningsSection(ctx: AdrContext): string[] {
  const { m } = ctx;
  if (!ctx.tiers) {
    const body = warningsBody(ctx);
    return body.length === 0 ? [] : [`## ${m.warnings}`, '', ...body];
  }
  return [
    `## ${m.warnings}`,
    ...ctx.tiers.flatMap((t) => {
      const body = warningsBody(t.ctx);
      return body.length === 0 ? [] : ['', `### ${t.title}`, '', ...body];
    }),
  ];
}

/** The 17.8.1 path taken (as text and mermaid) and the live 17.6.2 flow (mermaid). */
export function decisionPathSection(ctx: AdrContext): string[] {
  const { inputs, ranking, catalogue, m, lang } = ctx;
  const path = walkTree(GLOBAL_TREE, treeSignals(inputs.requirements, inputs.baseScenarioId));
  const steps = path.taken.map(
    (step, i) =>
      `${i + 1}. ${format(m.step, { level: mdText(GLOBAL_TREE[i]!.title[lang]), result: mdText(step.branch.result[lang]) })}`,
  );
  const counts = { match: 0, partial: 0, mismatch: 0 };
  for (const row of ranking) if (row.stack.status !== 'invalid') counts[row.match.status] += 1;
  const flow: FlowState = {
    scenario: (({ name, custom }) => (custom ? format(m.custom, { scenario: name }) : name))(
      scenarioLabel(inputs, lang, catalogue),
    ),
    requirements: summariseRequirements(inputs.requirements, lang),
    technologyCount: catalogue.technologies.length,
    counts,
    best: bestSchemes(ranking).map((r) => namesOf(catalogue).stack(r.stack.parts)),
  };
  return [
    `## ${m.path}`,
    '',
    `### ${m.tree}`,
    '',
    ...steps,
    '',
    ...mdFence('mermaid', toMermaid(toTreeChart(GLOBAL_TREE, path, lang), readableLabel)),
    '',
    `### ${m.flow}`,
    '',
    ...mdFence('mermaid', toMermaid(toDecisionFlow(flow, lang), readableLabel)),
  ];
}
