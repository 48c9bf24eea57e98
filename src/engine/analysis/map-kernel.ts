import type { Catalogue, Requirements, Weights } from '../../catalogue/types';
import { memoryStatus, technologyStatus } from '../match';
import { quantiseScore } from '../rank';
import { COMPAT, digitsOf, FIT, indexAtIdPlace, type CompiledStacks } from '../scale/compile';
import { exactTotal, weightPlan } from '../scale/score';
import { ID_BITS, SCORE_SCALE } from '../scale/select';
import type { MapOptions } from './decision-map';
import {
  cellCount,
  lowIsEasy,
  stackMemory,
  TECHNOLOGY_AXES,
  type AxisCells,
  type StackMemory,
} from './map-axes';

/**
 * The #1 stack of every cell of a decision map, in one pass over the stacks (no object per
 * stack, no sort). Along the axes only the requirement fit moves, and it moves monotonically
 * in each axis (match.ts: more nodes never fit better; a looser cold-start bound or a larger
 * memory budget never worse) and separably (each check reads one requirement). So the cells
 * where a stack fits at least as well as tier t (match 0, partial 1) form a quadrant anchored at
 * the easy corner: its first kx cells from the easy end of x by its first ky from the easy end
 * of y. Each stack updates the best order key of its quadrant; a two-dimensional suffix minimum
 * then gives every cell the first stack in score order whose quadrant holds it — per tier, and
 * the #1 is the first of the best tier (rankAssessed's order: tier, score at 1e-9, id).
 */

/** A top's fit code for an invalid stack (tier 3 of the ranking), beside FIT's 0 … 2. */
export const INVALID_FIT = 3;
/** No stack is listed at the cell. */
export const NO_TOP = -1;

export interface Tops {
  /** Per cell (row-major: cell (xi, yi) at yi · nx + xi), the #1's stack index or NO_TOP. */
  top: Int32Array;
  /** Per cell, the #1's requirement fit there (FIT code or INVALID_FIT); 255 with no #1. */
  fit: Uint8Array;
}

/** What the kernel reads; `y` null for a strip (one row). */
export interface KernelInput {
  catalogue: Pick<Catalogue, 'technologies'>;
  compiled: CompiledStacks;
  requirements: Requirements;
  weights: Weights;
  options: MapOptions;
  x: AxisCells;
  y: AxisCells | null;
}

/** Tiers with a quadrant of their own: match (0) and partial (1); mismatch holds everywhere. */
const LEVELS = 2;

/** The value of the cell at the easy end of an axis. */
function easiest(cells: AxisCells): number {
  const n = cellCount(cells);
  return lowIsEasy(cells.range.axis) ? cells.edges[0]! : cells.edges[n - 1]!;
}

/**
 * Per tier t < LEVELS, layer and option: how many cells from the easy end of `own` the
 * technology's own checks pass at tier ≤ t (with the other axis at its easy end, so that a
 * stack's status at (x, y) is the worse of its x run's and its y run's: separability).
 */
function technologyRuns(
  input: KernelInput,
  own: AxisCells,
  other: AxisCells | null,
): Int32Array[][] {
  const { catalogue, compiled, requirements } = input;
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  const n = cellCount(own);
  const axis = own.range.axis;
  const fixed: Partial<Requirements> =
    other && TECHNOLOGY_AXES.has(other.range.axis) ? { [other.range.axis]: easiest(other) } : {};
  const varies = TECHNOLOGY_AXES.has(axis);
  const runs = Array.from({ length: LEVELS }, () =>
    compiled.options.map((ids) => new Int32Array(ids.length)),
  );
  compiled.options.forEach((ids, l) =>
    ids.forEach((id, o) => {
      const tech = byId.get(id)!;
      const statusAt = (p: number) => {
        const c = lowIsEasy(axis) ? p : n - 1 - p;
        return FIT[technologyStatus(tech, { ...requirements, ...fixed, [axis]: own.edges[c] })];
      };
      if (!varies) {
        const s = statusAt(0);
        for (let t = 0; t < LEVELS; t++) runs[t]![l]![o] = s <= t ? n : 0;
        return;
      }
      let p = 0;
      for (let t = 0; t < LEVELS; t++) {
        while (p < n && statusAt(p) <= t) p++;
        runs[t]![l]![o] = p;
      }
    }),
  );
  return runs;
}

/** The first position whose value is ≥ x in ascending `values` (the first n of them). */
function lowerBound(values: readonly number[], n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The score part of an order key: 10⁹ − the total at 1e-9, so lower ranks first. */
const scorePart = (total: number) =>
  SCORE_SCALE - Math.min(SCORE_SCALE, Math.max(0, quantiseScore(total)));

/** Per tier, one run count per option of every layer, laid end to end (option o of layer l at offset[l] + o). */
function flatten(runs: Int32Array[][], offset: Int32Array, total: number): Int32Array[] {
  return runs.map((layers) => {
    const flat = new Int32Array(total);
    layers.forEach((counts, l) => flat.set(counts, offset[l]!));
    return flat;
  });
}

/** The #1 of every cell, and its fit there. */
export function topsOver(input: KernelInput): Tops {
  const { compiled, requirements, options, x, y } = input;
  const plan = weightPlan(compiled, input.weights, options.method);
  const fitFirst = options.mode === 'fitFirst';
  const nx = cellCount(x);
  const ny = y ? cellCount(y) : 1;
  const { size, options: layerOptions, idPlace, strides, compat } = compiled;
  const L = layerOptions.length;
  const offset = new Int32Array(L);
  let total = 0;
  layerOptions.forEach((ids, l) => {
    offset[l] = total;
    total += ids.length;
  });
  const runsX = flatten(technologyRuns(input, x, y), offset, total);
  // A strip's one row: every stack's quadrant holds it.
  const runsY = y ? flatten(technologyRuns(input, y, x), offset, total) : null;
  const memoryOnX = x.range.axis === 'memoryPerNodeMB';
  const memoryOnY = y?.range.axis === 'memoryPerNodeMB';
  const budget = memoryOnX || memoryOnY ? null : requirements.memoryPerNodeMB;
  const memory: StackMemory | null =
    memoryOnX || memoryOnY || budget !== null ? stackMemory(input.catalogue, compiled) : null;

  /** How many cells from the easy end a stack (its options at `at`) passes at tier ≤ t along one axis. */
  const run = (
    runs: Int32Array[] | null,
    cells: AxisCells | null,
    onMemory: boolean,
    at: Int32Array,
    t: number,
    i: number,
  ) => {
    if (!runs || !cells) return 1;
    const n = cellCount(cells);
    const counts = runs[t]!;
    let k = n;
    for (let l = 0; l < L; l++) {
      const c = counts[at[l]!]!;
      if (c < k) k = c;
    }
    if (onMemory && k > 0) {
      const sum = t === 0 ? memory!.high[i]! : memory!.low[i]!;
      k = Math.min(k, n - lowerBound(cells.edges, n, sum));
    }
    return k;
  };
  const fixedFit = (i: number) =>
    budget === null ? 0 : FIT[memoryStatus(memory!.low[i]!, memory!.high[i]!, budget)];

  const stride = ny + 2;
  const best = Array.from({ length: LEVELS }, () =>
    new Float64Array((nx + 2) * stride).fill(Number.POSITIVE_INFINITY),
  );
  let bestValid = Number.POSITIVE_INFINITY;
  let bestInvalid = Number.POSITIVE_INFINITY;
  const digits = new Int32Array(L);
  const at = Int32Array.from(offset);
  for (let i = 0; i < size; i++) {
    const invalid = compat[i] === COMPAT.invalid;
    if (!invalid || options.showInvalid) {
      let place = 0;
      for (let l = 0; l < L; l++) place += idPlace[l]![digits[l]!]! * strides[l]!;
      const key = scorePart(exactTotal(compiled, plan, i)) * ID_BITS + place;
      if (invalid) {
        if (key < bestInvalid) bestInvalid = key;
      } else {
        if (key < bestValid) bestValid = key;
        for (let t = fitFirst ? fixedFit(i) : LEVELS; t < LEVELS; t++) {
          const kx = run(runsX, x, memoryOnX, at, t, i);
          if (kx === 0) continue;
          const ky = run(runsY, y, memoryOnY, at, t, i);
          if (ky === 0) continue;
          const cell = kx * stride + ky;
          if (key < best[t]![cell]!) best[t]![cell] = key;
        }
      }
    }
    for (let l = L - 1; l >= 0; l--) {
      at[l]!++;
      if (++digits[l]! < layerOptions[l]!.length) break;
      digits[l] = 0;
      at[l] = offset[l]!;
    }
  }
  // best[t][a][b] becomes the least key over quadrants with kx ≥ a and ky ≥ b.
  for (const grid of best)
    for (let a = nx; a >= 1; a--)
      for (let b = ny; b >= 1; b--) {
        const cell = a * stride + b;
        grid[cell] = Math.min(grid[cell]!, grid[cell + stride]!, grid[cell + 1]!);
      }

  const top = new Int32Array(nx * ny).fill(NO_TOP);
  const fit = new Uint8Array(nx * ny).fill(255);
  const own = new Int32Array(L);
  for (let yi = 0; yi < ny; yi++) {
    const py = y && !lowIsEasy(y.range.axis) ? ny - 1 - yi : yi;
    for (let xi = 0; xi < nx; xi++) {
      const px = lowIsEasy(x.range.axis) ? xi : nx - 1 - xi;
      const corner = (px + 1) * stride + py + 1;
      let key = Number.POSITIVE_INFINITY;
      for (let t = 0; t < LEVELS && key === Number.POSITIVE_INFINITY; t++) key = best[t]![corner]!;
      if (key === Number.POSITIVE_INFINITY) key = bestValid;
      if (key === Number.POSITIVE_INFINITY) key = bestInvalid;
      if (key === Number.POSITIVE_INFINITY) continue;
      const index = indexAtIdPlace(compiled, key % ID_BITS);
      const cell = yi * nx + xi;
      top[cell] = index;
      if (compat[index] === COMPAT.invalid) {
        fit[cell] = INVALID_FIT;
        continue;
      }
      // The #1's own fit at the cell (under scoreOnly its tier says nothing of it).
      digitsOf(compiled, index).forEach((d, l) => (own[l] = offset[l]! + d));
      let f: number = FIT.mismatch;
      for (let t = fixedFit(index); t < LEVELS && f === FIT.mismatch; t++)
        if (
          px < run(runsX, x, memoryOnX, own, t, index) &&
          py < run(runsY, y, memoryOnY, own, t, index)
        )
          f = t;
      fit[cell] = f;
    }
  }
  return { top, fit };
}
