import { idPlaceOf, type CompiledStacks } from '../scale/compile';
import type { WeightScorer } from './scorer';

/**
 * Who takes over at a crossing found in closed form. Crossings and takers are exact for the
 * ranking in exact arithmetic (scores compared exactly, ties by id); the ranking compares
 * scores at 1e-9, so within a 1e-9 band of score around a crossing it may flip back and forth
 * as each score's rounded key steps (stacks tied at the current weights part that way). That
 * band is the resolution of every endpoint reported here; stability.test.ts states it.
 */

/** A crossing within this (relative) of a bound is a tie at the bound. */
const AT_BOUND = 1e-9;
/** Scores this close rank either way at the ranking's 1e-9 (plus the rounding of ×1e9). */
export const APART = 1.00001e-9;
/** How far past e (relative) a crossing may lie and still be part of the tie at e. */
const GROUP_WIDTH = 1e-6;

/** The moving weight's last value where the #1 holds, and the stack that takes over past it. */
export interface Flip {
  at: number;
  taker: number;
}

/** A crossing on one side of x0, and what is needed to say who takes over there. */
export interface FlipSearch {
  compiled: CompiledStacks;
  scorer: WeightScorer;
  /** The #1 (stack index). */
  top: number;
  /** 1: above x0, −1: below. */
  direction: 1 | -1;
  /** The end of the range on that side (the maximum weight, or 0). */
  bound: number;
  /** The nearest crossing on that side (±∞ when none). */
  e: number;
  /** Stack indices whose crossing on that side is within `width` of e. */
  candidatesWithin: (width: number) => number[];
  /**
   * A number that orders stacks of equal score at x as their scores' rates of change with x
   * (lines.ts slopeOrder).
   */
  slope: (stack: number, x: number) => number;
}

/**
 * The reversal at the crossing e, or null when the #1 holds to the bound. A crossing at 0 is a
 * tie there, which the ranking's own order decides (at = 0: the #1 holds on x > 0 only). A
 * crossing at or past the maximum weight is not in the range.
 */
export function flipAt(s: FlipSearch): Flip | null {
  const { scorer, top, direction, bound, e } = s;
  const slack = AT_BOUND * Math.max(1, Math.abs(bound));
  if (direction === 1 ? !(e < bound - slack) : !(e > -slack)) return null;
  if (direction === -1 && e <= slack) {
    const near = [top, ...s.candidatesWithin(e + slack)];
    const first = scorer.set(0).best(near);
    return first === top ? null : { at: 0, taker: first };
  }
  return { at: e, taker: takerPast(s) };
}

/**
 * Who leads just past e: of the candidates crossing near e that score within the rounding of
 * the #1 at e (stacks tied there part as x moves, in any order at first), the one whose score
 * grows fastest outward — it leads once they are apart; equally fast ones have the same line,
 * so the id order decides.
 */
function takerPast(s: FlipSearch): number {
  const { compiled, scorer, top, direction, e } = s;
  const near = s.candidatesWithin(GROUP_WIDTH * Math.max(1, Math.abs(e)));
  scorer.set(e);
  const t = scorer.score(top);
  const tied = near.filter((c) => Math.abs(scorer.score(c) - t) < APART);
  const group = tied.length > 0 ? tied : s.candidatesWithin(0);
  const outward = (c: number) => direction * s.slope(c, e);
  let taker = group[0]!;
  for (const c of group.slice(1)) {
    const a = outward(c);
    const b = outward(taker);
    if (a > b || (a === b && idPlaceOf(compiled, c) < idPlaceOf(compiled, taker))) taker = c;
  }
  return taker;
}
