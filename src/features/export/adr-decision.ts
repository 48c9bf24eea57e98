import { seedLeadersOf } from '../../components/co-recommendation-words';
import type { CoRecommendation, SeedCheck } from '../../engine/co-recommendation';
import type { RankingRow } from '../../engine/evaluate';
import { format } from '../../i18n/messages';
import { coRecommendationLines, type AdrSeed } from './adr-seed-sections';
import { mdText } from './markdown';
import { fitLabel, type AdrContext } from './to-adr';
import { formatNumber, formatScore } from '../../i18n/numbers';

const points = (x: number, lang: AdrContext['lang']) => formatScore(x, lang, 1);

/**
 * The co-recommended stacks in the order the title names them: the ones that are the seed's
 * stack first, the rest in ranking order. The score does not order them, so neither does an id.
 */
function titleOrder(co: CoRecommendation, check: SeedCheck | null): RankingRow[] {
  const seed = check ? seedLeadersOf(check).filter((r) => co.rows.includes(r)) : [];
  return [...seed, ...co.rows.filter((r) => !seed.includes(r))];
}

/** A ranking's title stack: #1, or every co-recommended stack (three named, then how many more). */
function titleStack(
  ranking: RankingRow[],
  co: CoRecommendation | null,
  check: SeedCheck | null,
  { m, names }: AdrContext,
): string {
  const top = ranking[0];
  if (!top) return m.noStack;
  if (!co) return mdText(names.stack(top.stack.parts));
  const rows = titleOrder(co, check);
  const named = rows.slice(0, 3).map((r) => mdText(names.stack(r.stack.parts)));
  const more = rows.length - named.length;
  return [...named, ...(more > 0 ? [format(m.more, { n: more })] : [])].join(m.or);
}

/** The ADR's title: the chosen stack (or co-recommended group), per tier for the hybrid. */
export function adrTitle(ctx: AdrContext, seed: AdrSeed): string {
  const { m } = ctx;
  const stack = ctx.tiers
    ? ctx.tiers
        .map((t) =>
          format(m.titleTier, {
            tier: t.name,
            stack: titleStack(t.ctx.ranking, t.co, t.check, ctx),
          }),
        )
        .join(m.tierSep)
    : titleStack(ctx.ranking, seed.co, seed.checks.find((c) => c.tier === null) ?? null, ctx);
  return `# ${format(m.title, { stack })}`;
}

/** The choice (or the co-recommended near-ties), the no-match caveat and two runners-up of one ranking. */
function decisionBody(ctx: AdrContext, co: CoRecommendation | null): string[] {
  const { ranking, m, lang, names } = ctx;
  const [top] = ranking;
  if (!top) return [m.noneChosen];
  const chosen = co
    ? coRecommendationLines(ctx, co, (row) => fitLabel(row, m))
    : [
        format(m.chosen, {
          stack: mdText(names.stack(top.stack.parts)),
          rank: top.rank,
          count: formatNumber(ctx.whole?.size ?? ranking.length, lang),
          total: points(top.total, lang),
          fit: fitLabel(top, m),
        }),
      ];
  const rest = ranking.slice(co?.rows.length ?? 1);
  const runnersUp = rest.slice(0, 2).map((row) => {
    const gap = top.total - row.total;
    const template = Math.abs(gap) < 0.0005 ? m.level : gap > 0 ? m.behind : m.ahead;
    return `- ${format(template, {
      rank: row.rank,
      stack: mdText(names.stack(row.stack.parts)),
      total: points(row.total, lang),
      gap: points(Math.abs(gap), lang),
    })}`;
  });
  return [
    ...chosen,
    ...(top.match.status === 'match' ? [] : ['', m.noMatch]),
    ...(runnersUp.length > 0
      ? ['', format(m.listHead, { label: m.runnersUp }), '', ...runnersUp]
      : []),
  ];
}

/**
 * The Decision section: the live ranking's choice, or — for the hybrid preset — each tier's,
 * ranked with its own scenario's weights and requirements as the recommendation panel does.
 */
export function decisionSection(ctx: AdrContext, co: CoRecommendation | null): string[] {
  const { m } = ctx;
  if (!ctx.tiers) return [`## ${m.decision}`, '', ...decisionBody(ctx, co)];
  return [
    `## ${m.decision}`,
    '',
    m.tierDecision,
    ...ctx.tiers.flatMap((t) => ['', `### ${t.title}`, '', ...decisionBody(t.ctx, t.co)]),
  ];
}
