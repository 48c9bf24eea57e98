import { summariseRequirements } from '../../components/diagrams/summarise-requirements';
import { toDecisionFlow, type FlowState } from '../../components/diagrams/to-decision-flow';
import { toTreeChart } from '../../components/diagrams/to-tree-chart';
import { formatScore } from '../../components/format-score';
import { toMermaid } from '../../components/mermaid/flowchart';
import { stackName } from '../../components/stack-name';
import { compareVectors } from '../../engine/compare';
import { leadingGroup, NEAR_TIE } from '../../engine/conformance';
import { GLOBAL_TREE, walkTree } from '../../engine/decision-tree';
import type { RankingRow } from '../../engine/evaluate';
import { explain, type DimensionExplanation } from '../../engine/explain';
import { DIMENSION_IDS, normaliseWeights } from '../../engine/rank';
import { focusOf } from '../../engine/technology-scores';
import { treeSignals } from '../../engine/tree-signals';
import { scenarioById } from '../../store/app-store';
import { format, formatNumber } from '../../i18n/messages';
import type { AdrContext } from './to-adr';
import { mdFence, mdTable, mdText } from './markdown';

/** A signed difference in points, "+3.1" / "-0.4" / "0.0". */
function signed(x: number, lang: AdrContext['lang']): string {
  if (Math.abs(x) < 0.0005) return formatScore(0, lang, 1);
  return `${x > 0 ? '+' : ''}${formatScore(x, lang, 1)}`;
}

type Explained = Pick<
  DimensionExplanation,
  'dimension' | 'score' | 'weight' | 'normalisedWeight' | 'contribution'
>;

/** explain() of a catalogue stack; a stack with unknown parts falls back to its own vector. */
function explained(row: RankingRow, { catalogue, inputs }: AdrContext): Explained[] {
  const known = new Set(catalogue.technologies.map((t) => t.id));
  if (Object.values(row.stack.parts).every((id) => known.has(id)))
    return explain(
      row.stack,
      catalogue,
      inputs.weights,
      inputs.requirements,
      focusOf(scenarioById(inputs.baseScenarioId)),
    ).dimensions;
  const w = normaliseWeights(inputs.weights);
  return DIMENSION_IDS.map((dimension) => ({
    dimension,
    score: row.dimensions[dimension],
    weight: inputs.weights[dimension],
    normalisedWeight: w[dimension],
    contribution: w[dimension] * row.dimensions[dimension],
  }));
}

/** explain(#1): every dimension's f, w and w·f, and what separates #1 from #2 (compareVectors). */
export function rationaleSection(ctx: AdrContext): string[] {
  const { ranking, inputs, m, lang, dimensionName } = ctx;
  const [top, second] = ranking;
  if (!top) return [];
  const rows = explained(top, ctx).map((d) => [
    dimensionName(d.dimension),
    formatScore(d.score, lang, 1),
    `${formatNumber(d.weight, lang, 1)} (${formatScore(d.normalisedWeight, lang, 1)}%)`,
    formatScore(d.contribution, lang, 1),
  ]);
  rows.push([`**${m.total}**`, '', '', `**${formatScore(top.total, lang, 1)}**`]);
  const lines = [
    `## ${m.rationale}`,
    '',
    m.formula,
    '',
    ...mdTable([m.dimension, m.score, m.weight, m.contribution], rows, [
      'left',
      'right',
      'right',
      'right',
    ]),
  ];
  if (!second) return lines;
  const comparison = compareVectors(top.dimensions, second.dimensions, inputs.weights);
  const deciding = comparison.deltas.find((d) => d.dimension === comparison.decidedBy);
  // A lead within NEAR_TIE is no verdict: #1 and #2 are co-recommended (engine leadingGroup).
  const near = leadingGroup(ranking).includes(second);
  const verdict =
    Math.abs(comparison.totalDelta) < 1e-9
      ? m.tied
      : near && deciding
        ? format(m.nearLead, {
            gap: formatScore(comparison.totalDelta, lang, 1),
            margin: formatNumber(NEAR_TIE * 100, lang, 1),
            dimension: dimensionName(deciding.dimension),
            delta: signed(deciding.weightedDelta, lang),
          })
        : deciding
          ? format(m.leads, {
              gap: formatScore(comparison.totalDelta, lang, 1),
              dimension: dimensionName(deciding.dimension),
              delta: signed(deciding.weightedDelta, lang),
            })
          : format(m.trails, { gap: formatScore(-comparison.totalDelta, lang, 1) });
  const deltas = comparison.deltas.map((d) => [
    dimensionName(d.dimension),
    signed(d.scoreDelta, lang),
    signed(d.weightedDelta, lang),
  ]);
  return [
    ...lines,
    '',
    `### ${format(m.versus, { stack: mdText(stackName(second.stack.parts)) })}`,
    '',
    verdict,
    '',
    ...mdTable([m.dimension, m.deltaScore, m.deltaWeighted], deltas, ['left', 'right', 'right']),
  ];
}

/** #1's compatibility rule hits (with their seed sections) and its requirement checks that are not met. */
export function warningsSection({ ranking, m, lang }: AdrContext): string[] {
  const top = ranking[0];
  if (!top) return [];
  const rules = top.stack.reasons.map((r) => {
    const text = format(r.reading ? m.sourceReading : m.source, {
      text: mdText(r.reason[lang]),
      source: r.source,
    });
    return `- ${format(m.label, { label: m[r.severity], text })}`;
  });
  const misses = top.match.checks
    .filter((c) => c.status !== 'match')
    .map((c) => `- ${format(m.label, { label: m[c.status], text: mdText(c.reason[lang]) })}`);
  const body =
    rules.length + misses.length === 0
      ? [m.noWarnings]
      : [
          ...(rules.length > 0
            ? [format(m.listHead, { label: m.compatibility }), '', ...rules]
            : []),
          ...(rules.length > 0 && misses.length > 0 ? [''] : []),
          ...(misses.length > 0 ? [format(m.listHead, { label: m.checks }), '', ...misses] : []),
        ];
  return [`## ${m.warnings}`, '', ...body];
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
  const scenario = catalogue.scenarios.find((s) => s.id === inputs.scenarioId);
  const base = catalogue.scenarios.find((s) => s.id === inputs.baseScenarioId);
  const best = ranking.find((r) => r.match.status === 'match');
  const flow: FlowState = {
    scenario: scenario
      ? scenario.name[lang]
      : format(m.custom, { scenario: base?.name[lang] ?? '—' }),
    requirements: summariseRequirements(inputs.requirements, lang),
    technologyCount: catalogue.technologies.length,
    counts,
    topStack: best ? stackName(best.stack.parts) : null,
  };
  return [
    `## ${m.path}`,
    '',
    `### ${m.tree}`,
    '',
    ...steps,
    '',
    ...mdFence('mermaid', toMermaid(toTreeChart(GLOBAL_TREE, path, lang))),
    '',
    `### ${m.flow}`,
    '',
    ...mdFence('mermaid', toMermaid(toDecisionFlow(flow, lang))),
  ];
}
