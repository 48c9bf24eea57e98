import type { RankMode } from '../evaluate';
import { quantiseScore } from '../rank';
import { COMPAT, indexAtIdPlace, idPlaceOf, type CompiledStacks } from './compile';
import { exactTotal, type RunningSums, type WeightPlan } from './score';

/**
 * Which stacks a ranking holds and in what order, without a stack object: rankAssessed's order
 * (tier, then score at 1e-9, then id) packed into one exact float per stack —
 * tier · 2⁵¹ + (10⁹ − round(total · 10⁹)) · 2²¹ + id place — so ordering is a numeric sort
 * and the top k a bounded heap. Totals are in 0..1, so the score part fits 30 bits; the id
 * place fits 21 bits up to 2²¹ stacks (the catalogue allows 2,000,000); all of it < 2⁵³.
 */

/** A packed key's low part: a stack's place in id order. */
export const ID_BITS = 2 ** 21;
const SCORE_BITS = 2 ** 30;
/** Totals compare at 1e-9 (quantiseScore): the score part runs 0 … 10⁹. */
export const SCORE_SCALE = 1e9;
/** The most stacks the packed keys can order. */
export const MAX_RANKED_STACKS = ID_BITS;
/** A tier code for a stack the ranking leaves out (invalid and hidden, or filtered out). */
export const EXCLUDED = 255;

export interface SelectOptions {
  mode: RankMode;
  showInvalid: boolean;
  /** Technology ids every listed stack must contain (the ranking's filter); empty: all. */
  filter: readonly string[];
  /**
   * Per stack, a stack that dominates it (≥ 0) or none (< 0): stacks with one are left out
   * (the table's "hide dominated stacks"; analysis/dominance.ts).
   */
  dominator?: Int32Array;
}

/** Per stack its tier in the ranking (EXCLUDED when it is not listed), with the counts. */
export interface Tiers {
  tier: Uint8Array;
  /** Stacks listed. */
  size: number;
  /** Of the listed stacks: by requirement fit, and how many are invalid (fitCounts' shape). */
  counts: { match: number; partial: number; mismatch: number; invalid: number };
  /** Of the valid stacks (the filter applied, shown or not): by requirement fit. */
  valid: { match: number; partial: number; mismatch: number };
}

/** A stack's place in a ranking. */
export interface RankedIndex {
  index: number;
  total: number;
  /** 1-based; exact ties (same tier, same score at 1e-9) share the first one's rank. */
  rank: number;
}

/**
 * The tiers of every stack under the rank options: invalid stacks last (or left out), then by
 * requirement fit under fitFirst. Per-layer masks implement the technology filter. Depends on
 * the requirements, never on the weights: computed once per option change.
 */
export function tiersFor(compiled: CompiledStacks, options: SelectOptions): Tiers {
  const { size: n, options: layerOptions, strides, compat, fit } = compiled;
  const L = layerOptions.length;
  const allowed = layerOptions.map((ids) => new Uint8Array(ids.length).fill(1));
  for (const id of options.filter) {
    const l = layerOptions.findIndex((ids) => ids.includes(id));
    if (l < 0) {
      // A technology no layer has is in no stack: nothing passes.
      for (const mask of allowed) mask.fill(0);
      continue;
    }
    layerOptions[l]!.forEach((other, o) => {
      if (other !== id) allowed[l]![o] = 0;
    });
  }
  const filtered = options.filter.length > 0;
  const dominator = options.dominator;
  const tier = new Uint8Array(n);
  const counts = { match: 0, partial: 0, mismatch: 0, invalid: 0 };
  const valid = { match: 0, partial: 0, mismatch: 0 };
  let size = 0;
  for (let i = 0; i < n; i++) {
    if (filtered) {
      let pass = true;
      for (let l = 0; l < L && pass; l++)
        pass = allowed[l]![Math.floor(i / strides[l]!) % layerOptions[l]!.length] === 1;
      if (!pass) {
        tier[i] = EXCLUDED;
        continue;
      }
    }
    if (dominator && dominator[i]! >= 0) {
      tier[i] = EXCLUDED;
      continue;
    }
    const invalid = compat[i] === COMPAT.invalid;
    if (!invalid) valid[(['match', 'partial', 'mismatch'] as const)[fit[i]!]!]++;
    if (invalid && !options.showInvalid) {
      tier[i] = EXCLUDED;
      continue;
    }
    const f = fit[i]!;
    tier[i] = invalid ? 3 : options.mode === 'fitFirst' ? f : 0;
    size++;
    if (f === 0) counts.match++;
    else if (f === 1) counts.partial++;
    else counts.mismatch++;
    if (invalid) counts.invalid++;
  }
  return { tier, size, counts, valid };
}

/** The score part of a packed key: 10⁹ − the total at 1e-9 (lower is better), in 0..10⁹. */
function scorePart(total: number): number {
  return SCORE_SCALE - Math.min(SCORE_SCALE, Math.max(0, quantiseScore(total)));
}

/** The tie group of a listed stack: its tier and its score at 1e-9 (lower ranks first). */
function groupKey(compiled: CompiledStacks, plan: WeightPlan, tier: number, index: number): number {
  return tier * SCORE_BITS + scorePart(exactTotal(compiled, plan, index));
}

/** The packed order key of a listed stack (lower ranks first). */
export function orderKey(
  compiled: CompiledStacks,
  plan: WeightPlan,
  tier: number,
  index: number,
): number {
  return groupKey(compiled, plan, tier, index) * ID_BITS + idPlaceOf(compiled, index);
}

/** The tie group of a packed key: stacks with the same group share a rank number. */
export const groupOf = (key: number) => Math.floor(key / ID_BITS);

/** Rows for packed keys in order, numbered from `firstRank`'s position. */
function rowsOf(
  compiled: CompiledStacks,
  plan: WeightPlan,
  keys: Float64Array,
  start: number,
  end: number,
  rankAt: (position: number) => number,
): RankedIndex[] {
  const rows: RankedIndex[] = [];
  for (let p = start; p < end; p++) {
    const key = keys[p]!;
    const index = indexAtIdPlace(compiled, key % ID_BITS);
    rows.push({ index, total: exactTotal(compiled, plan, index), rank: rankAt(p) });
  }
  return rows;
}

/** A bound on |S/W − exact total| plus the 1e-9 at which totals tie, with room to spare. */
const GUARD = 4e-9;

/**
 * The first k rows of the ranking — equal to rankAssessed's first k (ties included) without
 * sorting the rest. One pass keeps the k best approximate keys (tier · 2 + 1 − S/W) in a
 * bounded max-heap; every stack within GUARD of the k-th is a candidate; the candidates are
 * ordered on exact packed keys. O(n + k log k) for a weight step.
 */
export function topK(
  compiled: CompiledStacks,
  running: RunningSums,
  tiers: Tiers,
  k: number,
): RankedIndex[] {
  const n = compiled.size;
  const { sums, plan } = running;
  const { tier } = tiers;
  const inverse = 1 / plan.sum;
  const limit = Math.min(k, tiers.size);
  if (limit <= 0) return [];
  // Pass 1: the k-th smallest approximate key (a max-heap of the k smallest seen).
  const heap = new Float64Array(limit);
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const t = tier[i]!;
    if (t === EXCLUDED) continue;
    const a = t * 2 + (1 - sums[i]! * inverse);
    if (filled < limit) {
      let c = filled++;
      heap[c] = a;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (heap[parent]! >= heap[c]!) break;
        [heap[parent], heap[c]] = [heap[c]!, heap[parent]!];
        c = parent;
      }
    } else if (a < heap[0]!) {
      heap[0] = a;
      let c = 0;
      for (;;) {
        const left = 2 * c + 1;
        const right = left + 1;
        let largest = c;
        if (left < limit && heap[left]! > heap[largest]!) largest = left;
        if (right < limit && heap[right]! > heap[largest]!) largest = right;
        if (largest === c) break;
        [heap[largest], heap[c]] = [heap[c]!, heap[largest]!];
        c = largest;
      }
    }
  }
  const threshold = heap[0]! + GUARD;
  // Pass 2: the candidates, ordered exactly.
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tier[i]!;
    if (t === EXCLUDED) continue;
    if (t * 2 + (1 - sums[i]! * inverse) <= threshold)
      candidates.push(orderKey(compiled, plan, t, i));
  }
  const keys = Float64Array.from(candidates).sort();
  return rowsOf(compiled, plan, keys, 0, limit, rankInSorted(keys));
}

/** Rank numbers over sorted keys that start at the top of the ranking. */
function rankInSorted(keys: Float64Array): (position: number) => number {
  let lastPosition = -1;
  let lastRank = 0;
  return (p) => {
    // Walk back to the first key of the tie group (groups are short; p ascends in use).
    if (p === lastPosition + 1 && p > 0 && groupOf(keys[p]!) === groupOf(keys[p - 1]!)) {
      lastPosition = p;
      return lastRank;
    }
    let first = p;
    while (first > 0 && groupOf(keys[first - 1]!) === groupOf(keys[p]!)) first--;
    lastPosition = p;
    lastRank = first + 1;
    return lastRank;
  };
}

/** The whole ranking's packed keys, sorted: computed only when rows past the top are asked for. */
export interface FullOrder {
  keys: Float64Array;
}

/** Every listed stack's exact packed key, sorted (a numeric sort of one Float64Array). */
export function fullOrder(compiled: CompiledStacks, plan: WeightPlan, tiers: Tiers): FullOrder {
  const keys = new Float64Array(tiers.size);
  let at = 0;
  for (let i = 0; i < compiled.size; i++) {
    const t = tiers.tier[i]!;
    if (t !== EXCLUDED) keys[at++] = orderKey(compiled, plan, t, i);
  }
  keys.sort();
  return { keys };
}

/**
 * The first position in an ascending array whose value is ≥ x (or > x when `after`): a binary
 * search.
 */
function bound(values: Float64Array, x: number, after = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x || (after && values[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const lowerBound = (values: Float64Array, x: number) => bound(values, x);

/** Rows start … start + count − 1 (0-based positions) of the full ranking. */
export function windowOf(
  compiled: CompiledStacks,
  plan: WeightPlan,
  order: FullOrder,
  start: number,
  count: number,
): RankedIndex[] {
  const { keys } = order;
  const from = Math.max(0, Math.min(start, keys.length));
  const to = Math.max(from, Math.min(keys.length, from + count));
  const rankAt = (p: number) => lowerBound(keys, groupOf(keys[p]!) * ID_BITS) + 1;
  return rowsOf(compiled, plan, keys, from, to, rankAt);
}

/**
 * Ranks and totals of given stacks in a ranking (compared or opened stacks wherever they
 * stand, or a filtered table's rows numbered as in the whole ranking): 1 + the number of
 * listed stacks in a better tie group. Null for a stack the ranking leaves out. With the full
 * order at hand, a binary search each; else one pass over the running sums with the targets
 * sorted, deciding exactly only within GUARD of a target: O(n log m).
 */
export function ranksOf(
  compiled: CompiledStacks,
  running: RunningSums,
  tiers: Tiers,
  indices: readonly number[],
  order?: FullOrder,
): (RankedIndex | null)[] {
  const { plan, sums } = running;
  const inverse = 1 / plan.sum;
  const targets = indices.map((index) => {
    const t = tiers.tier[index];
    if (t === undefined || t === EXCLUDED) return null;
    return {
      index,
      group: groupKey(compiled, plan, t, index),
      approx: t * 2 + (1 - sums[index]! * inverse),
      better: 0,
    };
  });
  const live = targets.filter((x) => x !== null).sort((a, b) => a.approx - b.approx);
  if (live.length > 0 && order) {
    for (const x of live) x.better = lowerBound(order.keys, x.group * ID_BITS);
  } else if (live.length > 0) {
    const approx = Float64Array.from(live, (x) => x.approx);
    // diff[j]: stacks surely better than targets j … m − 1 start counting at j.
    const diff = new Float64Array(live.length + 1);
    for (let i = 0; i < compiled.size; i++) {
      const t = tiers.tier[i]!;
      if (t === EXCLUDED) continue;
      const a = t * 2 + (1 - sums[i]! * inverse);
      const sure = bound(approx, a + GUARD, true);
      diff[sure]!++;
      let j = lowerBound(approx, a - GUARD);
      if (j >= sure) continue;
      const group = groupKey(compiled, plan, t, i);
      for (; j < sure; j++) if (group < live[j]!.group) live[j]!.better++;
    }
    let running = 0;
    for (let j = 0; j < live.length; j++) {
      running += diff[j]!;
      live[j]!.better += running;
    }
  }
  return targets.map((x) =>
    x === null
      ? null
      : { index: x.index, total: exactTotal(compiled, plan, x.index), rank: x.better + 1 },
  );
}
