import { namesOf } from '../../catalogue/names';
import type { Catalogue, DimensionId, Language, Weights } from '../../catalogue/types';
import { labelStacks, type StackLabel } from '../../components/charts/stack-labels';
import { tieReason } from '../../components/co-recommendation-words';
import { dimensionColour } from '../../components/series-colour';
import { compareVectors } from '../../engine/compare';
import { NEAR_TIE } from '../../engine/conformance';
import { normaliseWeights, quantiseScore } from '../../engine/rank';
import type { DimensionVector, StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import type { BreakdownText } from './messages';
import { formatPoints, formatSignedPoints, toPoints } from '../../i18n/numbers';

/** What the breakdown needs from a ranking row. */
export interface BreakdownRow {
  rank: number;
  total: number;
  stack: { id: string; parts: StackParts };
  dimensions: DimensionVector;
}

/** A dimension as the charts show it: name, colour and its share of the weights (0..1). */
export interface DimensionMeta {
  id: DimensionId;
  name: string;
  colour: string;
  share: number;
}

/**
 * One stacked bar: a stack's weighted contribution wᵢ·fᵢ per dimension, in points, under the
 * dimension's contributionKey.
 */
export type ContributionDatum = StackLabel & {
  total: number;
  /** fᵢ in points, for the tooltip's "score × share". */
  scores: Record<DimensionId, number>;
} & Record<string, number>;

const DATUM_KEYS: ReadonlySet<string> = new Set([
  'stackId',
  'rank',
  'label',
  'fullName',
  'total',
  'scores',
]);

/**
 * Where a datum holds a dimension's contribution: under its id, unless a user's dimension is
 * called like one of the datum's own fields ("total", "rank"); then under ":id" (no id has a colon).
 */
export function contributionKey(id: DimensionId): string {
  return DATUM_KEYS.has(id) ? `:${id}` : id;
}

/** A dimension's contribution to a bar, in points (0 when the bar has none). */
export const contributionOf = (datum: ContributionDatum, id: DimensionId): number =>
  datum[contributionKey(id)] ?? 0;

export interface ContributionModel {
  dimensions: DimensionMeta[];
  data: ContributionDatum[];
}

/** The catalogue's dimensions in its order with their names in `lang`, colours and weight shares. */
export function dimensionMeta(
  catalogue: Catalogue,
  weights: Weights,
  lang: Language,
): DimensionMeta[] {
  const w = normaliseWeights(weights);
  const names = namesOf(catalogue);
  return catalogue.dimensions.map(({ id }, i) => ({
    id,
    name: names.dimension(id, lang),
    colour: dimensionColour(id, i),
    share: w[id] ?? 0,
  }));
}

/** Rows + weights → one stacked-bar datum per row (contributions and total in points). */
export function toContributions(
  rows: readonly BreakdownRow[],
  weights: Weights,
  catalogue: Catalogue,
  lang: Language,
): ContributionModel {
  const meta = dimensionMeta(catalogue, weights, lang);
  const labels = labelStacks(rows, catalogue);
  const data = rows.map((row, i) => {
    const datum = {
      ...labels.items[i]!,
      total: toPoints(row.total),
      scores: {} as Record<DimensionId, number>,
    } as ContributionDatum;
    for (const d of meta) {
      const score = row.dimensions[d.id] ?? 0;
      datum[contributionKey(d.id)] = toPoints(d.share * score);
      datum.scores[d.id] = toPoints(score);
    }
    return datum;
  });
  return { dimensions: meta, data };
}

/** The bars' text alternative: every stack's total and its largest contribution. */
export function contributionsSummary(
  model: ContributionModel,
  m: BreakdownText,
  lang: Language,
): string {
  const items = model.data.map((datum) => {
    const top = model.dimensions.reduce((a, b) =>
      contributionOf(datum, b.id) > contributionOf(datum, a.id) ? b : a,
    );
    return format(m.contributionItem, {
      name: `${format(m.rank, { rank: datum.rank })} ${datum.label}`,
      total: formatPoints(datum.total, lang),
      top: top.name,
      topValue: formatPoints(contributionOf(datum, top.id), lang),
    });
  });
  return format(m.contributionsSummary, { n: model.data.length, items: items.join('; ') });
}

/** The two stacks the "why" view explains: the first two compared, else ranking #1 and #2. */
export function pickPair<R>(
  compared: readonly R[],
  ranking: readonly R[],
): { pair: [R, R]; fromRanking: boolean } | null {
  const source = compared.length >= 2 ? compared : ranking;
  const [a, b] = source;
  return a !== undefined && b !== undefined
    ? { pair: [a, b], fromRanking: source !== compared }
    : null;
}

export interface WhySide extends StackLabel {
  /** Total score in points. */
  total: number;
}

/** One dimension of the comparison, in points: both scores and the weighted difference. */
export interface WhyRow extends DimensionMeta {
  leaderScore: number;
  otherScore: number;
  delta: number;
}

export interface WhyModel {
  leader: WhySide;
  other: WhySide;
  /** Largest advantage of the leader first (compareVectors' order). */
  rows: WhyRow[];
  /** Leader's total minus the other's, in points (≥ 0). */
  gap: number;
  /** The dimension that adds most to the lead; null on a tie. */
  decidedBy: WhyRow | null;
  /** The leader by score ranks below the other (the ranking puts requirement fit first). */
  rankOrderDiffers: boolean;
  /** 'exact': the same total (they share a rank); 'near': a gap under NEAR_TIE; null: a real lead. */
  tie: 'exact' | 'near' | null;
  /** Both stacks are in the ranking's leading group (engine leadingGroup): co-recommended. */
  coRecommended: boolean;
  /** Half-width of a symmetric axis that holds every difference and its label, a round number. */
  extent: number;
}

const NICE = [1, 1.5, 2, 3, 4, 5, 6, 8, 10];

/** The smallest round number (1, 1.5, 2, 3, 4, 5, 6, 8 × 10ᵏ) ≥ x; 1 for 0. */
export function niceExtent(x: number): number {
  if (!(x > 0)) return 1;
  const scale = 10 ** Math.floor(Math.log10(x));
  const n = NICE.find((k) => k * scale >= x - 1e-9)!;
  return Number((n * scale).toPrecision(6));
}

/**
 * Two rows → why the higher-scoring one leads: per-dimension weighted differences
 * (compareVectors, normalised weights) in points, the gap and the deciding dimension.
 * The leader is the higher score; on a tie, the better rank, else the pair's order.
 * `leaders` holds the stack ids of the ranking's leading group (co-recommended).
 */
export function toWhy(
  pair: readonly [BreakdownRow, BreakdownRow],
  weights: Weights,
  catalogue: Catalogue,
  lang: Language,
  leaders: readonly string[] = [],
): WhyModel {
  const [x, y] = pair;
  const byScore = quantiseScore(y.total) - quantiseScore(x.total);
  const [leader, other] = byScore > 0 || (byScore === 0 && y.rank < x.rank) ? [y, x] : [x, y];
  const labels = labelStacks([leader, other], catalogue);
  const meta = new Map(dimensionMeta(catalogue, weights, lang).map((d) => [d.id, d]));
  const comparison = compareVectors(leader.dimensions, other.dimensions, weights);
  // A weight for a dimension the catalogue lacks adds nothing to show.
  const rows = comparison.deltas.flatMap((d): WhyRow[] => {
    const dim = meta.get(d.dimension);
    if (!dim) return [];
    return [
      {
        ...dim,
        leaderScore: toPoints(leader.dimensions[d.dimension] ?? 0),
        otherScore: toPoints(other.dimensions[d.dimension] ?? 0),
        delta: toPoints(d.weightedDelta),
      },
    ];
  });
  const tie = quantiseScore(comparison.totalDelta) <= 0;
  return {
    leader: { ...labels.items[0]!, total: toPoints(leader.total) },
    other: { ...labels.items[1]!, total: toPoints(other.total) },
    rows,
    gap: tie ? 0 : toPoints(comparison.totalDelta),
    decidedBy: tie ? null : (rows.find((r) => r.id === comparison.decidedBy) ?? null),
    rankOrderDiffers: leader.rank > other.rank,
    tie: tie ? 'exact' : comparison.totalDelta < NEAR_TIE ? 'near' : null,
    coRecommended: leaders.includes(leader.stack.id) && leaders.includes(other.stack.id),
    // A quarter more than the largest difference leaves room for its label beside the bar.
    extent: niceExtent(1.25 * Math.max(...rows.map((r) => Math.abs(r.delta)))),
  };
}

/** A small difference keeps a second decimal so it never reads "0.0". */
const digitsFor = (points: number) => (Math.abs(points) < 0.05 ? 2 : 1);

/**
 * How the view names the two stacks: by rank ("#1", "#2"), or by their distinguishing
 * technologies when they share a rank, so an exact tie never reads "#1 … #1".
 */
export function whyNames(model: WhyModel, m: BreakdownText): { a: string; b: string } {
  if (model.leader.rank === model.other.rank)
    return { a: model.leader.label, b: model.other.label };
  return {
    a: format(m.rank, { rank: model.leader.rank }),
    b: format(m.rank, { rank: model.other.rank }),
  };
}

/** The comparison's heading: "Why #1 over #2", or that the two tie, nearly tie or are co-recommended. */
export function whyHeading(model: WhyModel, m: BreakdownText): string {
  const names = whyNames(model, m);
  if (model.tie === 'exact') return m.whyTie;
  if (model.tie === 'near') return model.coRecommended ? m.whyCo : format(m.whyNear, names);
  return format(m.why, names);
}

/** "#1 leads by 0.3 points; Resource decides it (+2.5)." or "containerd and Docker tie at 69.1 points." */
export function whySentence(model: WhyModel, m: BreakdownText, lang: Language): string {
  const { a, b } = whyNames(model, m);
  if (!model.decidedBy)
    return format(m.tie, { a, b, total: formatPoints(model.leader.total, lang) });
  return format(m.leads, {
    a,
    gap: formatPoints(model.gap, lang, digitsFor(model.gap)),
    dimension: model.decidedBy.name,
    delta: formatSignedPoints(model.decidedBy.delta, lang, digitsFor(model.decidedBy.delta)),
  });
}

/**
 * For a tie or near-tie, why the scores cannot choose between the two (the margin, 17.6.1's
 * coarse ratings), and that they are co-recommended when they lead the ranking; null otherwise.
 */
export function whyTieNote(model: WhyModel, m: BreakdownText, lang: Language): string | null {
  if (!model.tie) return null;
  const sameScores = model.rows.every((r) => r.leaderScore === r.otherScore);
  const reason = tieReason({ exact: model.tie === 'exact', sameScores }, lang, true);
  return model.coRecommended ? format(m.coNote, { reason }) : reason;
}

/** Says why the lower scorer still ranks higher, when it does; null otherwise. */
export function whyNote(model: WhyModel, m: BreakdownText): string | null {
  return model.rankOrderDiffers
    ? format(m.rankNote, { b: format(m.rank, { rank: model.other.rank }) })
    : null;
}
