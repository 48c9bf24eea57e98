import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { DimensionId, Language, ProductionCase, Weights } from '../../catalogue/types';
import { toPoints } from '../../components/charts/points';
import { compareVectors } from '../../engine/compare';
import type { RankingRow, RankMode } from '../../engine/evaluate';
import type { MatchStatus } from '../../engine/types';
import { toTopStack, type TopStack } from './to-top-stacks';

/** Why #1 ranks above #2. */
export type WhyFirst =
  | { kind: 'alone' }
  | { kind: 'tie' }
  /** Requirement fit ranks first (fitFirst mode) and #1 fits better. */
  | { kind: 'fit'; pick: MatchStatus; runnerUp: MatchStatus }
  /** The score: the dimension adding most to the lead, its points and the whole lead. */
  | { kind: 'score'; dimension: DimensionId; dimensionPoints: number; gapPoints: number };

export interface VerdictModel {
  pick: TopStack | null;
  runnerUp: TopStack | null;
  why: WhyFirst;
  /** w·(f(#1) − f(#2)) per dimension in points, largest advantage first, zeros left out. */
  deltas: { dimension: DimensionId; name: string; points: number }[];
  /** #1's compatibility warnings with their seed section. */
  warnings: { text: string; source: string }[];
  /** #1's requirement checks that are not a plain match, worst first. */
  checks: { status: MatchStatus; text: string }[];
  /** The 17.5 cases that run #1, production first. */
  cases: {
    id: string;
    name: string;
    organisation: string;
    status: ProductionCase['status'];
    section: string;
  }[];
}

const FIT_ORDER: Record<MatchStatus, number> = { match: 0, partial: 1, mismatch: 2 };
const CASE_ORDER: Record<ProductionCase['status'], number> = {
  production: 0,
  experimental: 1,
  reference: 2,
};

function whyFirst(pick: RankingRow, runnerUp: RankingRow | null, weights: Weights, mode: RankMode) {
  if (!runnerUp) return { why: { kind: 'alone' } as WhyFirst, deltas: [] };
  const cmp = compareVectors(pick.dimensions, runnerUp.dimensions, weights);
  const deltas = cmp.deltas.map((d) => ({
    dimension: d.dimension,
    points: toPoints(d.weightedDelta),
  }));
  const fitFirst =
    mode === 'fitFirst' && FIT_ORDER[pick.match.status] < FIT_ORDER[runnerUp.match.status];
  let why: WhyFirst;
  if (fitFirst) why = { kind: 'fit', pick: pick.match.status, runnerUp: runnerUp.match.status };
  // Totals equal at the ranking's 1e-9 precision are a tie: the order then falls to the id.
  else if (cmp.decidedBy === null || Math.abs(cmp.totalDelta) < 1e-9) why = { kind: 'tie' };
  else
    why = {
      kind: 'score',
      dimension: cmp.decidedBy,
      dimensionPoints: toPoints(cmp.deltas[0]!.weightedDelta),
      gapPoints: toPoints(cmp.totalDelta),
    };
  return { why, deltas };
}

/**
 * The recommendation slide: the ranking's #1 and #2, why #1 leads (fit first, else the
 * deciding dimension of compareVectors), #1's caveats and the production cases that run it.
 */
export function toVerdict(
  ranking: readonly RankingRow[],
  weights: Weights,
  mode: RankMode,
  lang: Language,
): VerdictModel {
  const first = ranking[0];
  if (!first)
    return {
      pick: null,
      runnerUp: null,
      why: { kind: 'alone' },
      deltas: [],
      warnings: [],
      checks: [],
      cases: [],
    };
  const second = ranking[1] ?? null;
  const { why, deltas } = whyFirst(first, second, weights, mode);
  const dimensionName = (id: DimensionId) =>
    seedCatalogue.dimensions.find((d) => d.id === id)?.name[lang] ?? id;
  return {
    pick: toTopStack(first),
    runnerUp: second ? toTopStack(second) : null,
    why,
    deltas: deltas
      .filter((d) => d.points !== 0)
      .map((d) => ({ ...d, name: dimensionName(d.dimension) })),
    warnings: first.stack.reasons.map((r) => ({ text: r.reason[lang], source: r.source })),
    checks: first.match.checks
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.status !== 'match')
      .sort((a, b) => FIT_ORDER[b.c.status] - FIT_ORDER[a.c.status] || a.i - b.i)
      .map(({ c }) => ({ status: c.status, text: c.reason[lang] })),
    cases: seedCatalogue.cases
      .filter((c) => first.caseIds.includes(c.id))
      .sort((a, b) => CASE_ORDER[a.status] - CASE_ORDER[b.status])
      .map((c) => ({
        id: c.id,
        name: c.name[lang],
        organisation: c.organisation[lang],
        status: c.status,
        section: c.section,
      })),
  };
}
