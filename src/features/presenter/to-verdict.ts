import { namesOf, type Names } from '../../catalogue/names';
import type {
  Catalogue,
  DimensionId,
  Language,
  LayerId,
  ProductionCase,
  Weights,
} from '../../catalogue/types';
import { seedLeadersOf, seedUnmetOf } from '../../components/co-recommendation-words';
import { matchReason } from '../../components/match-words';
import { coRecommendationOf, type SeedCheck } from '../../engine/co-recommendation';
import { compareVectors } from '../../engine/compare';
import { leadingGroup, type ConformanceVerdict } from '../../engine/conformance';
import type { RankingRow, RankMode } from '../../engine/evaluate';
import type { MatchStatus } from '../../engine/types';
import { toTopStack, type TopStack } from './to-top-stacks';
import { toPoints } from '../../i18n/numbers';

/** Why #1 ranks above #2. */
export type WhyFirst =
  | { kind: 'alone' }
  /** #1 shares first place with stacks within NEAR_TIE: no verdict between them. */
  | { kind: 'coRecommended' }
  /** Same total as #2 outside a co-recommended group (incompatible stacks): no order by score. */
  | { kind: 'level' }
  /** Requirement fit ranks first (fitFirst mode) and #1 fits better. */
  | { kind: 'fit'; pick: MatchStatus; runnerUp: MatchStatus }
  /** The score: the dimension adding most to the lead, its points and the whole lead. */
  | { kind: 'score'; dimension: DimensionId; dimensionPoints: number; gapPoints: number };

/** A dimension's weighted difference in points (to 1e-4), with its name. */
export interface NamedDelta {
  dimension: DimensionId;
  name: string;
  points: number;
}

/** The stacks sharing first place (engine leadingGroup) and what separates them. */
export interface CoRecommended {
  stacks: TopStack[];
  /** Equal totals (they share the rank). */
  exact: boolean;
  /** Equal on every dimension: nothing in the seed's facts separates them. */
  sameScores: boolean;
  /** The layers where they differ, each with its technologies' names. */
  layers: { layer: LayerId; name: string; technologies: string[] }[];
  /** Each stack after the first: w·(f(first) − f(it)) per dimension, non-zero only. */
  others: { stackId: string; name: string; deltas: NamedDelta[] }[];
}

/** The seed's stack for the scenario (variant) beside a ranking, in words and numbers. */
export interface SeedVerdict {
  /** The hybrid tier, or null for the whole ranking. */
  tier: 'central' | 'edge' | null;
  /** "Serverless, Large (> 1000 nodes): Kubernetes" parts. */
  scenario: string;
  variant: string;
  /** The seed's own words for the stack, and the sections that print them. */
  wording: string;
  sections: string[];
  verdict: ConformanceVerdict;
  /** That ranking's #1 by name. */
  top: string | null;
  /** Every stack of the leading group fits the seed's pattern. */
  allLeadersFit: boolean;
  /** The stacks of the leading group that fit it, by name. */
  seedLeaders: string[];
  /** The seed's best-ranked stack: its rank, how many share it, the ranking's size. */
  rank: number | null;
  sharingRank: number;
  count: number;
  /** total(#1) − total(seed's stack) in points. */
  gapPoints: number;
  /** Layers where #1 differs: #1's technology and the seed's. */
  layers: { layer: LayerId; name: string; top: string; seed: string }[];
  /** Fit of #1 and of the seed's stack when they differ (a tier decides before any score). */
  fit: { top: MatchStatus; seed: MatchStatus } | null;
  /** The dimensions in #1's favour, largest first, in weighted points. */
  decidedBy: NamedDelta[];
  /** When the fit tiers differ: the reasons of the seed's stack's checks that are not met. */
  unmet: string[];
}

export interface VerdictModel {
  pick: TopStack | null;
  runnerUp: TopStack | null;
  why: WhyFirst;
  /** Set when #1 shares first place: every co-recommended stack, never one winner by id. */
  coRecommended: CoRecommended | null;
  /** The seed's stack beside the ranking (two for the hybrid's tiers; none for the defaults). */
  seed: SeedVerdict[];
  /** w·(f(#1) − f(#2)) per dimension in points, largest advantage first, zeros left out. */
  deltas: { dimension: DimensionId; name: string; points: number }[];
  /** #1's compatibility warnings with their seed section; `reading` is the rationale of a rule that is the app's reading. */
  warnings: { text: string; source: string; reading: string | null; entered: string | null }[];
  /** #1's requirement checks that are not a plain match, worst first. */
  checks: { status: MatchStatus; text: string }[];
  /** The catalogue's cases (17.5 in the seed) that run #1, production first. */
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

function whyFirst(
  pick: RankingRow,
  runnerUp: RankingRow | null,
  weights: Weights,
  mode: RankMode,
  coRecommended: boolean,
) {
  if (!runnerUp) return { why: { kind: 'alone' } as WhyFirst, deltas: [] };
  const cmp = compareVectors(pick.dimensions, runnerUp.dimensions, weights);
  const deltas = cmp.deltas.map((d) => ({
    dimension: d.dimension,
    points: toPoints(d.weightedDelta),
  }));
  const fitFirst =
    mode === 'fitFirst' && FIT_ORDER[pick.match.status] < FIT_ORDER[runnerUp.match.status];
  let why: WhyFirst;
  if (coRecommended) why = { kind: 'coRecommended' };
  else if (fitFirst)
    why = { kind: 'fit', pick: pick.match.status, runnerUp: runnerUp.match.status };
  // Totals equal at the ranking's 1e-9 precision: the score cannot order them.
  else if (cmp.decidedBy === null || Math.abs(cmp.totalDelta) < 1e-9) why = { kind: 'level' };
  else
    why = {
      kind: 'score',
      dimension: cmp.decidedBy,
      dimensionPoints: toPoints(cmp.deltas[0]!.weightedDelta),
      gapPoints: toPoints(cmp.totalDelta),
    };
  return { why, deltas };
}

// Kept to 1e-4 of a point, not toPoints' 0.01, so the slide's one-decimal display rounds once
// (1.3461 → "1.3", as the card and the ADR write it; 0.01 first would give 1.35 → "1.4").
const named = (
  deltas: { dimension: DimensionId; weighted: number }[],
  lang: Language,
  names: Names,
) =>
  deltas.map((d) => ({
    dimension: d.dimension,
    name: names.dimension(d.dimension, lang),
    points: Math.round(d.weighted * 1e6) / 1e4,
  }));

function toCoRecommended(
  ranking: readonly RankingRow[],
  weights: Weights,
  lang: Language,
  catalogue: Catalogue,
): CoRecommended | null {
  const names = namesOf(catalogue);
  const co = coRecommendationOf(leadingGroup([...ranking]), weights);
  if (!co) return null;
  return {
    stacks: co.rows.map((row) => toTopStack(row, catalogue)),
    exact: co.exact,
    sameScores: co.sameScores,
    layers: co.layers.map((l) => ({
      layer: l.layer,
      name: names.layer(l.layer, lang),
      technologies: l.technologies.map(names.technology),
    })),
    others: co.others.map((o) => ({
      stackId: o.row.stack.id,
      name: names.stack(o.row.stack.parts),
      deltas: named(o.deltas, lang, names),
    })),
  };
}

/** A seed check (engine seedChecks) in the slide's words and points. */
export function toSeedVerdict(check: SeedCheck, lang: Language, names: Names): SeedVerdict {
  const c = check.conformance;
  const top = c?.leaders[0] ?? null;
  const seed = c?.seedBest ?? null;
  const seedLeaders = seedLeadersOf(check);
  return {
    tier: check.tier,
    scenario: check.scenario.name[lang],
    variant: check.variant.label[lang],
    wording: check.variant.seedWording[lang],
    sections: check.variant.sections,
    verdict: c?.verdict ?? 'absent',
    top: top ? names.stack(top.stack.parts) : null,
    allLeadersFit: seedLeaders.length === (c?.leaders.length ?? 0),
    seedLeaders: seedLeaders.map((r) => names.stack(r.stack.parts)),
    rank: seed?.rank ?? null,
    sharingRank: check.sharingRank,
    count: check.count,
    gapPoints: c && seed ? toPoints(c.gap) : 0,
    layers:
      top && seed && c
        ? c.layers.map((layer) => ({
            layer,
            name: names.layer(layer, lang),
            top: names.technology(top.stack.parts[layer] ?? ''),
            seed: names.technology(seed.stack.parts[layer] ?? ''),
          }))
        : [],
    fit: c?.fit.seed && c.fit.top !== c.fit.seed ? { top: c.fit.top, seed: c.fit.seed } : null,
    decidedBy: named(c?.decidedBy ?? [], lang, names),
    unmet: c?.fit.seed && c.fit.top !== c.fit.seed ? seedUnmetOf(check, lang, names) : [],
  };
}

/**
 * The recommendation slide: the ranking's #1 and #2, or the stacks co-recommended with #1 and
 * what separates them; why #1 leads (fit first, else the deciding dimension of
 * compareVectors); the seed's stack beside it (`seedChecks`); #1's caveats and its cases,
 * all named from the catalogue.
 */
export function toVerdict(
  ranking: readonly RankingRow[],
  weights: Weights,
  mode: RankMode,
  lang: Language,
  catalogue: Catalogue,
  seedChecks: SeedCheck[] = [],
): VerdictModel {
  const names = namesOf(catalogue);
  const first = ranking[0];
  const seed = seedChecks.map((c) => toSeedVerdict(c, lang, names));
  if (!first)
    return {
      pick: null,
      runnerUp: null,
      why: { kind: 'alone' },
      coRecommended: null,
      seed,
      deltas: [],
      warnings: [],
      checks: [],
      cases: [],
    };
  const second = ranking[1] ?? null;
  const coRecommended = toCoRecommended(ranking, weights, lang, catalogue);
  const { why, deltas } = whyFirst(first, second, weights, mode, coRecommended !== null);
  return {
    pick: toTopStack(first, catalogue),
    runnerUp: second ? toTopStack(second, catalogue) : null,
    why,
    coRecommended,
    seed,
    deltas: deltas
      .filter((d) => d.points !== 0)
      .map((d) => ({ ...d, name: names.dimension(d.dimension, lang) })),
    warnings: first.stack.reasons.map((r) => ({
      text: r.reason[lang],
      source: r.source,
      reading: r.reading?.rationale[lang] ?? null,
      entered: r.entered ?? null,
    })),
    checks: first.match.checks
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.status !== 'match')
      .sort((a, b) => FIT_ORDER[b.c.status] - FIT_ORDER[a.c.status] || a.i - b.i)
      .map(({ c }) => ({ status: c.status, text: matchReason(c, lang, names) })),
    cases: catalogue.cases
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
