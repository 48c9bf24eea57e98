import { methodName } from '../../components/method-words';
import { compareVectors } from '../../engine/compare';
import { coRecommendationOf } from '../../engine/co-recommendation';
import { leadingGroup } from '../../engine/conformance';
import type { RankingRow } from '../../engine/evaluate';
import { explain, type DimensionExplanation } from '../../engine/explain';
import { scenarioIn } from '../../engine/presets';
import { normaliseWeights } from '../../engine/rank';
import { focusOf } from '../../engine/technology-scores';
import { format } from '../../i18n/messages';
import type { AdrContext } from './to-adr';
import { type Cell, mdTable, mdText } from './markdown';
import { formatNumber, formatScore } from '../../i18n/numbers';

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
      focusOf(scenarioIn(catalogue, inputs.baseScenarioId)),
    ).dimensions;
  const w = normaliseWeights(inputs.weights);
  return catalogue.dimensions.map(({ id: dimension }) => {
    const score = row.dimensions[dimension] ?? 0;
    const share = w[dimension] ?? 0;
    return {
      dimension,
      score,
      weight: inputs.weights[dimension] ?? 0,
      normalisedWeight: share,
      contribution: share * score,
    };
  });
}

/** The Σ w·f table of one stack: f, w and w·f per dimension and the total. */
function sumTable(ctx: AdrContext, row: RankingRow): string[] {
  const { m, lang, dimensionName } = ctx;
  const rows: Cell[][] = explained(row, ctx).map((d) => [
    dimensionName(d.dimension),
    formatScore(d.score, lang, 1),
    `${formatNumber(d.weight, lang, 1)} (${formatScore(d.normalisedWeight, lang, 1)}%)`,
    formatScore(d.contribution, lang, 1),
  ]);
  rows.push([{ strong: m.total }, '', '', { strong: formatScore(row.total, lang, 1) }]);
  return mdTable([m.dimension, m.score, m.weight, m.contribution], rows, [
    'left',
    'right',
    'right',
    'right',
  ]);
}

const FIT_ORDER = { match: 0, partial: 1, mismatch: 2 } as const;
/** Σ w·f tables written for a near-tie group before "n more". */
const MAX_TABLES = 3;

/** Who leads in a standing sentence: #1 alone, the co-recommended group, or one of its stacks. */
type Subject = { kind: 'top' } | { kind: 'group' } | { kind: 'member'; name: string };

/** How `lead` stands against `next` in one sentence, and their comparison. */
function standing(ctx: AdrContext, lead: RankingRow, next: RankingRow, subject: Subject) {
  const { inputs, m, lang, dimensionName } = ctx;
  const comparison = compareVectors(lead.dimensions, next.dimensions, inputs.weights);
  const deciding = comparison.deltas.find((d) => d.dimension === comparison.decidedBy);
  const values = {
    stack: subject.kind === 'member' ? subject.name : '',
    gap: formatScore(Math.abs(comparison.totalDelta), lang, 1),
  };
  const byFit = FIT_ORDER[lead.match.status] < FIT_ORDER[next.match.status];
  const leads = { top: m.leads, group: m.groupLeads, member: m.memberLeads }[subject.kind];
  const trails = { top: m.trails, group: m.groupTrails, member: m.memberTrails }[subject.kind];
  const text =
    Math.abs(comparison.totalDelta) < 1e-9
      ? byFit
        ? m.nextLevelFit
        : m.nextLevel
      : deciding
        ? format(leads, {
            ...values,
            dimension: mdText(dimensionName(deciding.dimension)),
            delta: signed(deciding.weightedDelta, lang),
          })
        : format(trails, values);
  return { text, comparison };
}

/** A comparison's Δ f and Δ w·f per dimension as a table. */
function deltaTable(ctx: AdrContext, comparison: ReturnType<typeof compareVectors>): string[] {
  const { m, lang, dimensionName } = ctx;
  const deltas = comparison.deltas.map((d) => [
    dimensionName(d.dimension),
    signed(d.scoreDelta, lang),
    signed(d.weightedDelta, lang),
  ]);
  return mdTable([m.dimension, m.deltaScore, m.deltaWeighted], deltas, ['left', 'right', 'right']);
}

/**
 * #1 alone: its Σ w·f and what separates it from #2 (compareVectors). #1 sharing first place
 * (co-recommended, or an exact tie): each stack's Σ w·f — one table when they score the same
 * on every dimension — and the group against the first stack outside it; never "#1 over #2".
 */
function rationaleBody(ctx: AdrContext, heading: string): string[] {
  const { ranking, m } = ctx;
  const [top, second] = ranking;
  if (!top) return [];
  const group = leadingGroup(ranking);
  const co = coRecommendationOf(group, ctx.inputs.weights);
  const shared = co !== null || (second !== undefined && second.rank === top.rank);
  const name = (row: RankingRow) => `**${mdText(ctx.names.stack(row.stack.parts))}**`;
  const shown = co && !co.sameScores ? group.slice(0, MAX_TABLES) : [top];
  const tables = co
    ? [
        ...(co.sameScores
          ? [
              format(m.tableSame, { stacks: group.map(name).join(m.listSep) }),
              '',
              ...sumTable(ctx, top),
            ]
          : shown.flatMap((row, i) => [
              ...(i > 0 ? [''] : []),
              format(m.tableOf, { stack: name(row) }),
              '',
              ...sumTable(ctx, row),
            ])),
        ...(!co.sameScores && group.length > shown.length
          ? ['', format(m.tablesMore, { n: group.length - shown.length })]
          : []),
      ]
    : sumTable(ctx, top);
  const next = shared ? ranking.find((r) => r !== top && !group.includes(r)) : second;
  if (!next) return tables;
  const versus = [
    '',
    `${heading} ${format(shared ? m.versusNext : m.versus, { stack: mdText(ctx.names.stack(next.stack.parts)) })}`,
    '',
  ];
  if (!co || co.sameScores) {
    // The same scores on every dimension: one comparison holds for every co-recommended stack.
    const subject: Subject = { kind: co ? 'group' : 'top' };
    const { text, comparison } = standing(ctx, top, next, subject);
    return [...tables, ...versus, text, '', ...deltaTable(ctx, comparison)];
  }
  const lines = shown.map(
    (row) => `- ${standing(ctx, row, next, { kind: 'member', name: name(row) }).text}`,
  );
  return [...tables, ...versus, ...lines];
}

/** The Rationale section: explain(#1) against #2 or the next stack, per tier for the hybrid preset. */
export function rationaleSection(ctx: AdrContext): string[] {
  const { m } = ctx;
  // Another method ranked the stacks: the contributions below are still the weighted sum's.
  const method = ctx.inputs.method ?? 'weightedSum';
  const formula =
    method === 'weightedSum'
      ? m.formula
      : `${m.formula} ${format(m.formulaOther, { method: methodName(method, ctx.lang) })}`;
  if (!ctx.tiers) {
    const body = rationaleBody(ctx, '###');
    return body.length === 0 ? [] : [`## ${m.rationale}`, '', formula, '', ...body];
  }
  return [
    `## ${m.rationale}`,
    '',
    formula,
    ...ctx.tiers.flatMap((t) => ['', `### ${t.title}`, '', ...rationaleBody(t.ctx, '####')]),
  ];
}
