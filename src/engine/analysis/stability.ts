import type { Weights } from '../../catalogue/types';
import type { Method } from '../methods';
import { idAt, type CompiledStacks } from '../scale/compile';
import { fullSums, weightPlan } from '../scale/score';
import { topK, type Tiers } from '../scale/select';
import { analyticEnds, candidatesOf, lowerBound, nearTheBest, tiedWith } from './candidates';
import { flipAt, type Flip } from './flip';
import { lineTotals, linesOf, rawWeights, shareAt, slopeOrder, type Lines } from './lines';
import { viable } from './prune';
import { WeightScorer } from './scorer';

/**
 * Weight stability intervals (PROMETHEE's "walking weights"): for each weight, how far it can
 * move — the others keeping their raw values, so their proportions — before the #1 changes.
 * Only stacks in the #1's tier can take its place (tiers do not depend on the weights). Every
 * method's crossings are solved in closed form (lines.ts), so the endpoints are exact for
 * scores compared exactly; the ranking compares them at 1e-9 (ties by id), so within a 1e-9
 * band of score around an endpoint it may go either way (flip.ts). Where the scores jump at
 * x = 0 (R = 0, a product's factor 0, TOPSIS's 0/0), x = 0 itself is ranked.
 * O(stacks · dimensions) per call, plus a few exact scores per endpoint.
 */

export interface StabilityInterval {
  /** Dimension id. */
  dimension: string;
  /** Its current raw weight (slider value). */
  value: number;
  /** Raw weights between which the current #1 stays #1, the others' raw weights unchanged. */
  low: number;
  high: number;
  /** Normalised share of this weight at value / low / high. */
  valueShare: number;
  lowShare: number;
  highShare: number;
  /** The stack that takes #1 just below low (null when nothing does within 0 … maxWeight). */
  below: string | null;
  /** The stack that takes #1 just above high (null when nothing does within 0 … maxWeight). */
  above: string | null;
}

/** The nearest point where the #1 changes, over every weight and both directions. */
export interface Reversal {
  dimension: string;
  direction: 'up' | 'down';
  /** Raw weight at which it changes, and its share there. */
  at: number;
  share: number;
  /** The #1 now, and the stack that replaces it past `at`. */
  top: string;
  replacement: string;
  /** |at − value| in raw units. */
  distance: number;
}

export interface Stability {
  /** The current #1 (null when the ranking lists nothing). */
  top: string | null;
  intervals: StabilityInterval[];
  nearest: Reversal | null;
  /** True when every interval was solved in closed form (always, for the three methods). */
  exact: boolean;
}

/** How far past an endpoint (relative) flip.ts may look for the stacks crossing there. */
const WINDOW = 1e-6;
/** Where the scores just above 0 are read when they jump at 0 (exact scores, no rounding). */
const JUST_ABOVE_ZERO = 1e-12;

/**
 * The stability interval of every weight of the catalogue for the current #1 — topK's first
 * under the method (tier, score at 1e-9, id) — and the nearest reversal. Weights are raw
 * slider values in 0 … maxWeight.
 */
export function stabilityOf(
  compiled: CompiledStacks,
  weights: Weights,
  tiers: Tiers,
  method: Method,
  maxWeight = 5,
): Stability {
  const plan = weightPlan(compiled, weights, method);
  const running = fullSums(compiled, plan);
  const first = topK(compiled, running, tiers, 1)[0];
  if (!first) return { top: null, intervals: [], nearest: null, exact: true };
  const top = first.index;
  const raw = rawWeights(compiled, weights);
  const all = candidatesOf(tiers, top);
  // Only the candidates that can overtake the #1 along some weight (prune.ts), and those
  // within the rounding of it now: the per-weight passes run on them.
  const reach = Math.max(maxWeight, ...raw.raw);
  const kept = viable(compiled, raw, method, all, all.indexOf(top), reach);
  const near = tiedWith(compiled, plan, running, all, top);
  const index = Int32Array.from(
    new Set([...Array.from(kept, (c) => all[c]!), ...near].sort((a, b) => a - b)),
  );
  const t = index.indexOf(top);
  const tied = Uint8Array.from(index, (i) => (near.includes(i) ? 1 : 0));
  const totals = lineTotals(compiled, raw, method, index);
  const lowAt = new Float64Array(index.length);
  const highAt = new Float64Array(index.length);
  const topId = idAt(compiled, top);
  let lines: Lines | null = null;
  const intervals = compiled.dimensionIds.map((id, d): StabilityInterval => {
    lines = linesOf(compiled, totals, d, lines);
    const x0 = raw.raw[d]!;
    const limit = Math.max(maxWeight, x0);
    const scorer = new WeightScorer(compiled, weights, method, id);
    let down: Flip | null = null;
    let up: Flip | null = null;
    if (lines.others > 0) {
      const ends = analyticEnds(lines, t, x0, tied, lowAt, highAt);
      const within = (at: Float64Array, e: number, direction: 1 | -1) => {
        // One pass for the widest window asked (flip.ts asks a few), then filtered.
        let cached: { width: number; positions: number[] } | null = null;
        return (width: number) => {
          if (!cached || width > cached.width) {
            const wide = Math.max(width, WINDOW * Math.max(1, Math.abs(e)));
            const positions: number[] = [];
            for (let c = 0; c < index.length; c++)
              if (direction === 1 ? at[c]! <= e + wide : at[c]! >= e - wide) positions.push(c);
            cached = { width: wide, positions };
          }
          return cached.positions
            .filter((c) => (direction === 1 ? at[c]! <= e + width : at[c]! >= e - width))
            .map((c) => index[c]!);
        };
      };
      const current = lines;
      // Candidate position of a stack index (index is ascending).
      const slope = (stack: number, x: number) => slopeOrder(current, lowerBound(index, stack), x);
      const search = { compiled, scorer, top, slope };
      up = flipAt({
        ...search,
        direction: 1,
        bound: limit,
        e: ends.high,
        candidatesWithin: within(highAt, ends.high, 1),
      });
      if (x0 > 0)
        down = flipAt({
          ...search,
          direction: -1,
          bound: 0,
          e: ends.low,
          candidatesWithin: within(lowAt, ends.low, -1),
        });
    }
    if (x0 > 0 && (down === null ? lines.jumpAtZero : down.at === 0)) {
      // At x = 0 itself (the scores may jump there, or tie): rank every candidate.
      const taker = scorer.set(0).best(nearTheBest(lines, index, false));
      down = taker === top ? null : { at: 0, taker };
    } else if (x0 === 0 && lines.jumpAtZero) {
      // Just above 0, where the jump is what counts: the leader in exact scores.
      const taker = scorer
        .set(Math.min(limit, JUST_ABOVE_ZERO))
        .leader(nearTheBest(lines, index, true));
      if (taker !== top) up = { at: 0, taker };
    }
    const low = down?.at ?? 0;
    const high = up?.at ?? limit;
    const keys = raw.keys + (id in weights ? 0 : 1);
    return {
      dimension: id,
      value: x0,
      low,
      high,
      valueShare: shareAt(x0, lines.others, keys),
      lowShare: shareAt(low, lines.others, keys),
      highShare: shareAt(high, lines.others, keys),
      below: down ? idAt(compiled, down.taker) : null,
      above: up ? idAt(compiled, up.taker) : null,
    };
  });
  return { top: topId, intervals, nearest: nearestOf(topId, intervals), exact: true };
}

/** The reversal closest to its weight's current value (ties: dimension order, down first). */
function nearestOf(top: string, intervals: StabilityInterval[]): Reversal | null {
  let nearest: Reversal | null = null;
  for (const s of intervals) {
    const options: Reversal[] = [];
    if (s.below !== null)
      options.push({
        dimension: s.dimension,
        direction: 'down',
        at: s.low,
        share: s.lowShare,
        top,
        replacement: s.below,
        distance: Math.abs(s.value - s.low),
      });
    if (s.above !== null)
      options.push({
        dimension: s.dimension,
        direction: 'up',
        at: s.high,
        share: s.highShare,
        top,
        replacement: s.above,
        distance: Math.abs(s.high - s.value),
      });
    for (const r of options) if (nearest === null || r.distance < nearest.distance) nearest = r;
  }
  return nearest;
}
