import type { Catalogue } from '../../catalogue/types';
import { nodeCap } from '../aggregate';
import { MEMORY_FACTS } from '../match';
import type { CompiledStacks } from '../scale/compile';
import type { AxisRange, MapAxis } from './decision-map';

/**
 * The cells a decision map or strip evaluates along one requirement axis, and where the
 * requirement fit of a stack can change along it (the breakpoints). Every figure comes from
 * match.ts: a technology's node check passes while nodes ≤ its cap (nodesCheck), its cold-start
 * check is partial from the range minimum and in spec from its maximum (coldStartCheck), and a
 * stack's memory is partial from its low sum and in spec from its high sum (memoryStatus).
 */

/** Cells along one axis. */
export interface AxisCells {
  range: AxisRange;
  /**
   * Cell c holds the integers edges[c] … edges[c + 1] − 1, the last one edges[n − 1] … edges[n]
   * (so edges[0] = min and edges[n] = max). A cell is judged at its first value, edges[c].
   */
  edges: number[];
  /** True when the cells start at every breakpoint: the judgement holds across each cell. */
  exact: boolean;
}

/** The axes whose value a technology's own checks read (memory is judged per stack). */
export const TECHNOLOGY_AXES: ReadonlySet<MapAxis> = new Set(['nodes', 'coldStartMs']);

/** True when small values are the easy end: more nodes never fit better, more memory never worse. */
export const lowIsEasy = (axis: MapAxis) => axis === 'nodes';

/** The number of cells. */
export const cellCount = (cells: AxisCells) => cells.edges.length - 1;

/** A range as whole numbers, min ≤ max (a RangeError otherwise). */
export function wholeRange(range: AxisRange): AxisRange {
  const min = Math.ceil(range.min);
  const max = Math.floor(range.max);
  if (!(min <= max) || min < 1) throw new RangeError(`${range.axis}: no whole values in range`);
  return { ...range, min, max };
}

/** Per stack, its memory sums per node with range minimums (low) and maximums (high). */
export interface StackMemory {
  low: Float64Array;
  high: Float64Array;
}

const memoryCache = new WeakMap<CompiledStacks, StackMemory>();

/**
 * Every stack's memory sums, added in the order compileStacks adds them (Object.values order
 * of the layers, then MEMORY_FACTS), so the sums equal the reference path's bit for bit.
 * Computed once per compiled catalogue.
 */
export function stackMemory(
  catalogue: Pick<Catalogue, 'technologies'>,
  compiled: CompiledStacks,
): StackMemory {
  const cached = memoryCache.get(compiled);
  if (cached) return cached;
  const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
  const figures = compiled.options.map((ids) =>
    ids.map((id) =>
      MEMORY_FACTS.flatMap((key): [number, number][] => {
        const f = byId.get(id)?.facts[key];
        if (f?.kind === 'number') return [[f.value, f.value]];
        if (f?.kind === 'range') return [[f.min, f.max]];
        return [];
      }),
    ),
  );
  const { layerIds, options, size } = compiled;
  const keys = Object.keys(Object.fromEntries(layerIds.map((id) => [id, 0])));
  const order = keys.map((k) => layerIds.indexOf(k));
  const L = layerIds.length;
  const low = new Float64Array(size);
  const high = new Float64Array(size);
  const digits = new Int32Array(L);
  for (let i = 0; i < size; i++) {
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < L; k++) {
      const l = order[k]!;
      for (const [a, b] of figures[l]![digits[l]!]!) {
        lo += a;
        hi += b;
      }
    }
    low[i] = lo;
    high[i] = hi;
    for (let l = L - 1; l >= 0; l--) {
      if (++digits[l]! < options[l]!.length) break;
      digits[l] = 0;
    }
  }
  const memory = { low, high };
  memoryCache.set(compiled, memory);
  return memory;
}

/**
 * The whole values in (min, max] at which some stack's requirement fit can change along the
 * axis, ascending: the first value of each new stretch. Nodes: one past each finite node cap;
 * cold start: the first whole bound ≥ each start-time minimum and maximum; memory: the first
 * whole budget ≥ each stack's low and high sum. Scores do not move along any axis (see
 * decision-map.ts), so the ranking is the same everywhere between two breakpoints.
 */
export function breakpoints(
  catalogue: Pick<Catalogue, 'technologies'>,
  memory: StackMemory | null,
  range: AxisRange,
): number[] {
  const { min, max } = range;
  const found = new Set<number>();
  const add = (v: number) => {
    if (v > min && v <= max) found.add(v);
  };
  if (range.axis === 'nodes') {
    for (const t of catalogue.technologies) {
      const cap = nodeCap(t);
      if (cap !== null && Number.isFinite(cap)) add(Math.floor(cap) + 1);
    }
  } else if (range.axis === 'coldStartMs') {
    for (const t of catalogue.technologies) {
      const f = t.facts.startTime;
      if (f?.kind !== 'range') continue;
      add(Math.ceil(f.min));
      add(Math.ceil(f.max));
    }
  } else if (memory) {
    // A bitmap of the range: a million stacks make at most two million sums, most of them equal.
    const seen = new Uint8Array(max - min + 1);
    const mark = (sum: number) => {
      const v = Math.ceil(sum);
      if (v > min && v <= max) seen[v - min] = 1;
    };
    for (let i = 0; i < memory.low.length; i++) {
      mark(memory.low[i]!);
      mark(memory.high[i]!);
    }
    const out: number[] = [];
    for (let k = 1; k < seen.length; k++) if (seen[k]) out.push(min + k);
    return out;
  }
  return [...found].sort((a, b) => a - b);
}

/** Cells starting at every breakpoint: exact. */
export function exactCells(range: AxisRange, points: readonly number[]): AxisCells {
  return { range, edges: [range.min, ...points, range.max], exact: true };
}

/**
 * About `count` cells on the axis's own scale (log or linear) with whole edges, min and max
 * included; exact only when they start at every breakpoint.
 */
export function gridCells(range: AxisRange, count: number, points: readonly number[]): AxisCells {
  const { min, max } = range;
  const n = Math.max(1, Math.floor(count));
  const edges = [min];
  for (let k = 1; k < n; k++) {
    const v = range.scale === 'log' ? min * (max / min) ** (k / n) : min + ((max - min) * k) / n;
    const whole = Math.round(v);
    if (whole > edges[edges.length - 1]! && whole < max) edges.push(whole);
  }
  edges.push(max);
  const starts = new Set(edges.slice(0, -1));
  return { range, edges, exact: points.every((p) => starts.has(p)) };
}
