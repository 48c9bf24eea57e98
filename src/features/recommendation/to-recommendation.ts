import type { Catalogue, DimensionId, Requirements, Weights } from '../../catalogue/types';
import { coRecommendationOf, type CoRecommendation } from '../../engine/co-recommendation';
import { leadingGroup, NEAR_TIE } from '../../engine/conformance';
import type { RankingRow } from '../../engine/evaluate';
import { varyingChecks } from '../../engine/match';
import { normaliseWeights } from '../../engine/rank';
import type { MatchCheck, MatchStatus } from '../../engine/types';

export interface DimensionStrength {
  dimension: DimensionId;
  /** f_d(T), 0..1. */
  score: number;
  /** w_d · f_d(T) with normalised weights: the points this dimension adds to the total. */
  contribution: number;
}

export interface Recommendation {
  /** The stack to recommend: #1, or the best partial match when nothing matches. */
  pick: RankingRow | null;
  /** The stack ranked right after the pick. */
  runnerUp: RankingRow | null;
  /** pick.total − runnerUp.total, on the 0..1 scale. */
  gap: number | null;
  /** How the pick leads: alone, co-recommended with near-ties, by score, or by fit tier. */
  lead: Lead;
  /** The pick and its near-ties (engine leadingGroup) when there are several: never one winner. */
  coRecommended: CoRecommendation | null;
  counts: Record<MatchStatus, number>;
  stackCount: number;
  /** True when no ranked stack satisfies the requirements (17.6.2: adjust the combination). */
  noMatch: boolean;
  /**
   * The pick's requirement checks that tell stacks apart, worst first, at most three:
   * a check every ranked stack meets in the same way ("sqlite supports 1 node ≥ 1") decides
   * nothing and is left out.
   */
  reasons: MatchCheck[];
  /** How many of the pick's checks were left out because every ranked stack meets them. */
  commonChecks: number;
  /** The pick's dimensions, largest contribution first (ties in the catalogue's order). */
  strengths: DimensionStrength[];
}

/**
 * Why the pick stands first: it is the only stack, it shares first place with stacks within
 * NEAR_TIE, it leads #2 by at least NEAR_TIE, or it is within NEAR_TIE but in a better fit
 * or compatibility tier (17.6.2: fit before score).
 */
export type Lead = 'alone' | 'coRecommended' | 'score' | 'tier';

const SEVERITY: Record<MatchStatus, number> = { mismatch: 0, partial: 1, match: 2 };

const checkKey = (c: Pick<MatchCheck, 'criterion' | 'layer'>) => `${c.criterion}\u0000${c.layer}`;

/**
 * The checks (criterion on a layer) whose outcome differs between ranked stacks: only these
 * tell stacks apart. A check every stack meets the same way (all match, or all partly) is
 * common to all; so is one only some stacks have, if every stack that has it agrees.
 */
export function discriminatingChecks(rows: readonly Pick<RankingRow, 'match'>[]): Set<string> {
  const first = new Map<string, MatchStatus>();
  const keys = new Set<string>();
  for (const row of rows)
    for (const c of row.match.checks) {
      const key = checkKey(c);
      const seen = first.get(key);
      if (seen === undefined) first.set(key, c.status);
      else if (seen !== c.status) keys.add(key);
    }
  return keys;
}

/**
 * discriminatingChecks for a catalogue too large to list: the checks whose outcome differs
 * between its stacks, found from each layer's technologies (varyingChecks). Equal to
 * discriminatingChecks over every stack of the catalogue.
 */
export function varyingCheckKeys(
  catalogue: Pick<Catalogue, 'layers' | 'technologies'>,
  requirements: Requirements,
): Set<string> {
  const layers = catalogue.layers.map((l) => ({
    layer: l.id,
    technologies: catalogue.technologies.filter((t) => t.layer === l.id),
  }));
  return new Set(varyingChecks(layers, requirements).map((c) => checkKey(c)));
}

/** The pick's requirement checks the card lists at most. */
const MAX_REASONS = 3;

/**
 * Summarises a ranking for the recommendation card. Pure; never reorders the ranking.
 * `telling` (discriminatingChecks of the ranked stacks) depends on the requirements, not on
 * the weights: a caller re-running this on every slider step passes it in, computed once.
 */
const FIT_STATUSES = ['match', 'partial', 'mismatch'] as const;

export function toRecommendation(
  rows: RankingRow[],
  weights: Weights,
  telling: ReadonlySet<string> = discriminatingChecks(rows),
  /** The whole ranking's size and fit counts (useRankingSummary); counted from `rows` when absent. */
  whole?: { size: number; counts: Record<MatchStatus, number> },
): Recommendation {
  const counts: Record<MatchStatus, number> = { match: 0, partial: 0, mismatch: 0 };
  if (whole) for (const status of FIT_STATUSES) counts[status] = whole.counts[status];
  else for (const row of rows) counts[row.match.status] += 1;
  const noMatch = counts.match === 0;
  const index = noMatch
    ? Math.max(
        0,
        rows.findIndex((r) => r.match.status === 'partial'),
      )
    : 0;
  const pick = rows[index] ?? null;
  const runnerUp = rows[index + 1] ?? null;
  const coRecommended = coRecommendationOf(leadingGroup(rows.slice(index)), weights);
  const gap = pick && runnerUp ? pick.total - runnerUp.total : null;
  const lead: Lead =
    gap === null ? 'alone' : coRecommended ? 'coRecommended' : gap >= NEAR_TIE ? 'score' : 'tier';
  const w = normaliseWeights(weights);
  // The pick's vector holds every dimension of its catalogue, in the catalogue's order.
  const strengths = pick
    ? Object.entries(pick.dimensions)
        .map(([dimension, score]): DimensionStrength => ({
          dimension,
          score,
          contribution: (w[dimension] ?? 0) * score,
        }))
        .sort((a, b) => b.contribution - a.contribution)
    : [];
  const told = pick ? pick.match.checks.filter((c) => telling.has(checkKey(c))) : [];
  const reasons = pick
    ? told
        .map((check, i) => ({ check, i }))
        .sort((a, b) => SEVERITY[a.check.status] - SEVERITY[b.check.status] || a.i - b.i)
        .slice(0, MAX_REASONS)
        .map(({ check }) => check)
    : [];
  return {
    pick,
    runnerUp,
    gap,
    lead,
    coRecommended,
    counts,
    stackCount: whole?.size ?? rows.length,
    noMatch,
    reasons,
    commonChecks: pick ? pick.match.checks.length - told.length : 0,
    strengths,
  };
}
