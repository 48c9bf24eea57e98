import type { Catalogue, Requirements, Weights } from '../../catalogue/types';
import type { RankMode } from '../evaluate';
import type { Method } from '../methods';
import { idAt, type CompiledStacks } from '../scale/compile';
import {
  breakpoints,
  cellCount,
  exactCells,
  gridCells,
  stackMemory,
  wholeRange,
  type AxisCells,
} from './map-axes';
import { NO_TOP, topsOver, type Tops } from './map-kernel';

/**
 * The decision map: where the #1 stack changes as requirements change (nodes, memory per node,
 * cold-start bound), with the weights, scenario focus and rank options held. Exact along an
 * axis: the ranking changes only where some stack's requirement fit does (map-axes.ts
 * breakpoints), and the kernel judges each stretch at its first value.
 *
 * Why the compiled scores hold along an axis: a dimension score depends on the requirements
 * only through metrics tied to a requirement (technology-scores.ts activeMetrics), and the
 * catalogue schema ties metrics only to highAvailability and offline — never to a map axis
 * (decision-map.test.ts checks this on the types). So `compiled` (compileStacks under the
 * current requirements) gives every point's scores, and only the fit is recomputed. A current
 * value of null (no memory budget, no cold-start bound) switches that check off at the current
 * point; along its axis every value is a whole number ≥ 1, the check on.
 */

export const MAP_AXES = ['nodes', 'memoryPerNodeMB', 'coldStartMs'] as const;
export type MapAxis = (typeof MAP_AXES)[number];

export interface AxisRange {
  axis: MapAxis;
  min: number;
  max: number;
  scale: 'log' | 'linear';
}

/** Each axis's range when it is picked: the schema's limits cut to where stacks differ. */
export const AXIS_RANGES: Readonly<Record<MapAxis, AxisRange>> = {
  nodes: { axis: 'nodes', min: 1, max: 100_000, scale: 'log' },
  memoryPerNodeMB: { axis: 'memoryPerNodeMB', min: 128, max: 4096, scale: 'log' },
  coldStartMs: { axis: 'coldStartMs', min: 1, max: 10_000, scale: 'log' },
};

/** The map a fresh visit shows: nodes 1 … 100,000 (log) × memory per node 128 … 4,096 MB (log). */
export const DEFAULT_MAP_AXES: { x: AxisRange; y: AxisRange } = {
  x: AXIS_RANGES.nodes,
  y: AXIS_RANGES.memoryPerNodeMB,
};

/** How well the #1 fits the requirements where it is #1 (it may fit nowhere: nothing does). */
export type TopFit = 'match' | 'partial' | 'mismatch' | 'invalid';
const TOP_FITS: TopFit[] = ['match', 'partial', 'mismatch', 'invalid'];

/**
 * Inclusive whole requirement values and their #1 stack id (null: nothing is listed). A strip
 * splits where the #1 or its fit changes, so two neighbours may share a #1.
 */
export interface Segment {
  from: number;
  to: number;
  top: string | null;
  /** The #1's fit over the segment. */
  fit?: TopFit;
}

export interface Boundary {
  axis: MapAxis;
  /** The first value of the new segment. */
  at: number;
  from: string | null;
  to: string | null;
  /** The layers whose technology differs between the two #1s (empty when either is null). */
  changed: { layer: string; from: string; to: string }[];
}

export interface DecisionStrip {
  axis: AxisRange;
  segments: Segment[];
  boundaries: Boundary[];
  exact: boolean;
}

export interface DecisionMap {
  x: AxisRange;
  y: AxisRange;
  /** Cell xi holds x values xEdges[xi] … xEdges[xi + 1] − 1 (the last one … xEdges[nx]). */
  xEdges: number[];
  yEdges: number[];
  /** Row-major from the lowest y: cells[yi * (xEdges.length - 1) + xi]. */
  cells: (string | null)[];
  /** The distinct #1s, in order of first appearance in `cells`. */
  tops: string[];
  /** True when every cell starts at every breakpoint; false when an axis was sampled on a grid. */
  exact: boolean;
  /** Per cell, the #1's fit there (null where nothing is listed). */
  fits?: (TopFit | null)[];
}

export interface MapOptions {
  mode: RankMode;
  showInvalid: boolean;
  method: Method;
}

/** Cells a map evaluates unless told otherwise (a 64 × 64 grid when it must sample). */
export const DEFAULT_MAX_CELLS = 4096;

/** The layers whose technology differs between two stack ids of the compiled catalogue. */
function changedLayers(
  compiled: CompiledStacks,
  from: string | null,
  to: string | null,
): Boundary['changed'] {
  if (from === null || to === null) return [];
  const a = from.split('+');
  const b = to.split('+');
  return compiled.layerIds.flatMap((layer, l) =>
    a[l] === b[l] ? [] : [{ layer, from: a[l]!, to: b[l]! }],
  );
}

/** Stack ids of cell tops, each index named once. */
function namer(compiled: CompiledStacks): (index: number) => string | null {
  const names = new Map<number, string>();
  return (index) => {
    if (index === NO_TOP) return null;
    let id = names.get(index);
    if (id === undefined) names.set(index, (id = idAt(compiled, index)));
    return id;
  };
}

const fitOf = (tops: Tops, cell: number): TopFit | null => TOP_FITS[tops.fit[cell]!] ?? null;

/** Memory sums, only when an axis or the current budget reads them. */
function memoryFor(
  catalogue: Pick<Catalogue, 'technologies'>,
  compiled: CompiledStacks,
  ranges: AxisRange[],
) {
  return ranges.some((r) => r.axis === 'memoryPerNodeMB') ? stackMemory(catalogue, compiled) : null;
}

/**
 * The #1 stack along one requirement axis, the others held at `requirements`: segments of
 * equal #1 (exact, from the breakpoints) and the boundaries between them with the layers that
 * change. The #1 at each value equals rankAssessed's first row with that value.
 */
export function decisionStrip(
  catalogue: Catalogue,
  compiled: CompiledStacks,
  requirements: Requirements,
  weights: Weights,
  options: MapOptions,
  axis: AxisRange,
): DecisionStrip {
  const range = wholeRange(axis);
  const memory = memoryFor(catalogue, compiled, [range]);
  const cells = exactCells(range, breakpoints(catalogue, memory, range));
  const tops = topsOver({ catalogue, compiled, requirements, weights, options, x: cells, y: null });
  const name = namer(compiled);
  const segments: Segment[] = [];
  const n = cellCount(cells);
  for (let c = 0; c < n; c++) {
    const top = name(tops.top[c]!);
    const fit = fitOf(tops, c);
    const last = segments[segments.length - 1];
    const to = c === n - 1 ? range.max : cells.edges[c + 1]! - 1;
    if (last && last.top === top && last.fit === fit) last.to = to;
    else segments.push({ from: cells.edges[c]!, to, top, ...(fit ? { fit } : {}) });
  }
  const boundaries: Boundary[] = [];
  for (let s = 1; s < segments.length; s++) {
    const before = segments[s - 1]!;
    const after = segments[s]!;
    if (before.top === after.top) continue;
    boundaries.push({
      axis: range.axis,
      at: after.from,
      from: before.top,
      to: after.top,
      changed: changedLayers(compiled, before.top, after.top),
    });
  }
  return { axis: range, segments, boundaries, exact: cells.exact };
}

/**
 * Cells for a map: every breakpoint of both axes when that makes at most maxCells cells; else
 * the axis with few breakpoints stays exact and the other is sampled on a grid of its scale;
 * else both are sampled (√maxCells each).
 */
function mapCells(
  x: AxisRange,
  bx: number[],
  y: AxisRange,
  by: number[],
  maxCells: number,
): [AxisCells, AxisCells] {
  const ex = bx.length + 1;
  const ey = by.length + 1;
  if (ex * ey <= maxCells) return [exactCells(x, bx), exactCells(y, by)];
  const side = Math.max(2, Math.floor(Math.sqrt(maxCells)));
  if (ex <= side) return [exactCells(x, bx), gridCells(y, Math.floor(maxCells / ex), by)];
  if (ey <= side) return [gridCells(x, Math.floor(maxCells / ey), bx), exactCells(y, by)];
  return [gridCells(x, side, bx), gridCells(y, side, by)];
}

/**
 * The #1 stack over two requirement axes (they must differ), the others held: a grid of cells
 * with each cell's #1 judged at its first values. `exact` says whether the cells start at every
 * breakpoint (else an axis was sampled, at most maxCells cells in all).
 */
export function decisionMap(
  catalogue: Catalogue,
  compiled: CompiledStacks,
  requirements: Requirements,
  weights: Weights,
  options: MapOptions,
  x: AxisRange,
  y: AxisRange,
  maxCells: number = DEFAULT_MAX_CELLS,
): DecisionMap {
  if (x.axis === y.axis)
    throw new RangeError(`a map needs two different axes, not ${x.axis} twice`);
  const xr = wholeRange(x);
  const yr = wholeRange(y);
  const memory = memoryFor(catalogue, compiled, [xr, yr]);
  const [xc, yc] = mapCells(
    xr,
    breakpoints(catalogue, memory, xr),
    yr,
    breakpoints(catalogue, memory, yr),
    Math.max(4, Math.floor(maxCells)),
  );
  const tops = topsOver({ catalogue, compiled, requirements, weights, options, x: xc, y: yc });
  const name = namer(compiled);
  const cells = Array.from(tops.top, (index) => name(index));
  const fits = cells.map((_, c) => fitOf(tops, c));
  const seen = new Set<string>();
  for (const id of cells) if (id !== null) seen.add(id);
  return {
    x: xr,
    y: yr,
    xEdges: xc.edges,
    yEdges: yc.edges,
    cells,
    tops: [...seen],
    exact: xc.exact && yc.exact,
    fits,
  };
}
