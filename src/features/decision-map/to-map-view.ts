import type { Names } from '../../catalogue/names';
import type { Language, Requirements } from '../../catalogue/types';
import type { DecisionMap, MapAxis, TopFit } from '../../engine/analysis/decision-map';
import { boundaryText, changedParts } from '../../components/boundary-words';
import { REQUIREMENT_UNITS } from '../../components/requirement-words';
import { format } from '../../i18n/messages';
import { axisLabel, axisSpan, axisTicks, axisValue, fitWords, tickLabel } from './axis-words';
import type { DecisionMapText } from './messages';

/** What the views are drawn with besides the result. */
export interface ViewContext {
  names: Names;
  requirements: Requirements;
  /** Region colour per #1 stack id (regionColours). */
  colours: Map<string, string>;
  lang: Language;
  m: DecisionMapText;
}

/** A rectangle of cells with one #1 and fit: chart extents and the whole values it holds. */
export interface Region {
  key: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  top: string | null;
  name: string;
  colour: string;
  fit: TopFit | null;
  /** No stack meets the requirements here (drawn hatched). */
  hatched: boolean;
  /** Table twin row: x range, y range, #1, fit. */
  cells: [x: string, y: string, top: string, fit: string];
}

/** An axis as the chart draws it. */
export interface AxisView {
  axis: MapAxis;
  label: string;
  domain: [number, number];
  scale: 'log' | 'linear';
  ticks: { value: number; label: string }[];
}

/** The boundaries met moving along one axis with the other held at its current value. */
export interface BoundaryList {
  heading: string;
  axis: MapAxis;
  items: { at: number; text: string }[];
}

export interface MapView {
  x: AxisView;
  y: AxisView;
  regions: Region[];
  legend: { id: string; name: string; colour: string }[];
  /** The current requirements; at an edge when off the map or unlimited (`pointNote` says so). */
  point: { x: number; y: number };
  pointNote: string | null;
  boundaries: BoundaryList[];
  note: string;
  summary: string;
}

/** An axis of a result, with its tick labels. */
export function axisView(
  range: { axis: MapAxis; min: number; max: number; scale: 'log' | 'linear' },
  lang: Language,
  m: DecisionMapText,
): AxisView {
  const label = axisLabel(range.axis, lang);
  const unit = range.axis === 'nodes' ? null : REQUIREMENT_UNITS[range.axis];
  return {
    axis: range.axis,
    label: unit ? format(m.axisUnit, { label, unit }) : label,
    domain: [range.min, range.max],
    scale: range.scale,
    ticks: axisTicks(range).map((value) => ({ value, label: tickLabel(range.axis, value, lang) })),
  };
}

/** Cell c's whole values: edges[c] … edges[c + 1] − 1, the last cell through edges[n]. */
const lastOf = (edges: number[], c: number) =>
  c === edges.length - 2 ? edges[c + 1]! : edges[c + 1]! - 1;

/** The cell holding a value, clamped to the axis (an off value is held at the nearer end). */
function cellOf(edges: number[], value: number): number {
  let c = 0;
  while (c < edges.length - 2 && edges[c + 1]! <= value) c++;
  return c;
}

/** Merges equal neighbours: runs along each row, then runs of rows with the same span. */
function regionsOf(map: DecisionMap, ctx: ViewContext): Region[] {
  const { names, colours, lang, m } = ctx;
  const nx = map.xEdges.length - 1;
  const ny = map.yEdges.length - 1;
  const sig = (c: number) => `${map.cells[c] ?? ''}|${map.fits?.[c] ?? ''}`;
  type Open = { x0: number; x1: number; y0: number; y1: number; c: number };
  const done: Open[] = [];
  let open = new Map<string, Open>();
  for (let yi = 0; yi < ny; yi++) {
    const next = new Map<string, Open>();
    for (let x0 = 0; x0 < nx;) {
      const c = yi * nx + x0;
      let x1 = x0;
      while (x1 + 1 < nx && sig(yi * nx + x1 + 1) === sig(c)) x1++;
      const key = `${x0}/${x1}/${sig(c)}`;
      const above = open.get(key);
      if (above) {
        above.y1 = yi;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { x0, x1, y0: yi, y1: yi, c });
      x0 = x1 + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  done.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const { x, y } = map;
  return done.map((r) => {
    const top = map.cells[r.c] ?? null;
    const fit = map.fits?.[r.c] ?? null;
    const name = top === null ? m.none : names.stack(top);
    const xFrom = map.xEdges[r.x0]!;
    const xTo = lastOf(map.xEdges, r.x1);
    const yFrom = map.yEdges[r.y0]!;
    const yTo = lastOf(map.yEdges, r.y1);
    return {
      key: `${r.x0}/${r.y0}`,
      x1: xFrom,
      x2: map.xEdges[r.x1 + 1]!,
      y1: yFrom,
      y2: map.yEdges[r.y1 + 1]!,
      top,
      name,
      colour: top === null ? 'transparent' : (colours.get(top) ?? 'var(--text-faint)'),
      fit,
      hatched: fit === 'mismatch' || fit === 'invalid',
      cells: [
        axisSpan(x.axis, xFrom, xTo, lang, m),
        axisSpan(y.axis, yFrom, yTo, lang, m),
        name,
        fitWords(fit, m),
      ],
    };
  });
}

/** The current value of an axis requirement; null (no limit) reads as the permissive end. */
function heldAt(axis: MapAxis, edges: number[], requirements: Requirements): number {
  const v = requirements[axis];
  return v ?? edges[edges.length - 1]!;
}

/** Where the #1 changes moving along `along`, the other axis held at its current cell. */
function boundariesAlong(map: DecisionMap, along: 'x' | 'y', ctx: ViewContext): BoundaryList {
  const { names, requirements, lang, m } = ctx;
  const nx = map.xEdges.length - 1;
  const held = along === 'x' ? map.y : map.x;
  const heldEdges = along === 'x' ? map.yEdges : map.xEdges;
  const edges = along === 'x' ? map.xEdges : map.yEdges;
  const axis = map[along].axis;
  const h = cellOf(heldEdges, heldAt(held.axis, heldEdges, requirements));
  const at = (k: number) => map.cells[along === 'x' ? h * nx + k : k * nx + h] ?? null;
  const items: BoundaryList['items'] = [];
  for (let k = 1; k < edges.length - 1; k++) {
    const from = at(k - 1);
    const to = at(k);
    if (from === to) continue;
    const text = boundaryText(axis, edges[k]!, changedParts(from, to), names, lang);
    items.push({ at: edges[k]!, text });
  }
  const value = requirements[held.axis];
  return {
    heading: format(m.boundariesAlong, {
      axis: axisLabel(held.axis, lang),
      value: value === null ? m.noLimit : axisValue(held.axis, value, lang, m),
    }),
    axis,
    items,
  };
}

/**
 * Where the current requirements sit on an axis: the value, clamped into range; no limit
 * (null) at the permissive end, the top of the range. `moved` when it is not the value itself.
 */
export function placeOn(
  range: { axis: MapAxis; min: number; max: number },
  requirements: Requirements,
): { at: number; moved: boolean } {
  const v = requirements[range.axis];
  if (v === null) return { at: range.max, moved: true };
  const at = Math.min(range.max, Math.max(range.min, v));
  return { at, moved: at !== v };
}

/** Words for a marker drawn at an edge (a value off the range or no limit), or null. */
export function edgeNote(
  ranges: { axis: MapAxis; min: number; max: number }[],
  ctx: ViewContext,
  template: string,
): string | null {
  const { requirements, lang, m } = ctx;
  const moved = ranges.filter((r) => placeOn(r, requirements).moved);
  if (moved.length === 0) return null;
  return moved
    .map((r) => {
      const v = requirements[r.axis];
      return format(template, {
        axis: axisLabel(r.axis, lang),
        value: v === null ? m.noLimit : axisValue(r.axis, v, lang, m),
      });
    })
    .join(' ');
}

/** The map as the panel draws it: merged regions, legend, current point, boundaries, words. */
export function toMapView(map: DecisionMap, ctx: ViewContext): MapView {
  const { names, requirements, colours, lang, m } = ctx;
  const regions = regionsOf(map, ctx);
  const legend = map.tops.map((id) => ({
    id,
    name: names.stack(id),
    colour: colours.get(id) ?? 'var(--text-faint)',
  }));
  const pointNote = edgeNote([map.x, map.y], ctx, m.currentOff);
  const nx = map.xEdges.length - 1;
  const ny = map.yEdges.length - 1;
  return {
    x: axisView(map.x, lang, m),
    y: axisView(map.y, lang, m),
    regions,
    legend,
    point: { x: placeOn(map.x, requirements).at, y: placeOn(map.y, requirements).at },
    pointNote,
    boundaries: [boundariesAlong(map, 'x', ctx), boundariesAlong(map, 'y', ctx)],
    note: map.exact ? m.exact : format(m.sampled, { nx, ny }),
    summary: format(m.mapSummary, {
      x: axisLabel(map.x.axis, lang),
      y: axisLabel(map.y.axis, lang),
      regions: regions.length,
      stacks: legend.length,
      names: legend.map((l) => l.name).join('; '),
    }),
  };
}
