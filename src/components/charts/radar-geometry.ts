/** A rectangle in chart pixels, x/y its top-left corner. */
/** A radar needs at least three axes to draw a shape; with fewer, its table stands in. */
export const MIN_RADAR_AXES = 3;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One axis name outside the outer ring: where its lines are drawn and the box they take. */
export interface AxisLabel {
  /** Anchor x of every line, with the SVG text-anchor that goes with it. */
  x: number;
  anchor: 'start' | 'middle' | 'end';
  /** The label's lines (a long name wraps once) and each line's vertical centre. */
  lines: { text: string; y: number }[];
  box: Box;
}

/** One grid value ("20", "40", …) on its ring, midway between the first two spokes. */
export interface RadiusTick {
  value: number;
  x: number;
  y: number;
  box: Box;
}

export interface RadarGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  /** Radius of the outer ring (score 100). */
  radius: number;
  /** The angle of each spoke in degrees, counter-clockwise from 3 o'clock; the first points up. */
  angles: number[];
  labels: AxisLabel[];
  ticks: RadiusTick[];
  /** Font sizes the geometry was computed for. */
  fontSize: number;
  tickFontSize: number;
}

/** Width of `text` at `fontSize` px: measured by the caller, or estimated. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface RadarGeometryInput {
  /** Width of the chart box in px. */
  width: number;
  /** A fixed height in px; without it the height follows from the width (at most maxRadius). */
  height?: number;
  /** Axis names in spoke order, the first at the top, then clockwise. */
  labels: readonly string[];
  /** Axis name size in px. */
  fontSize: number;
  /** Grid value size in px; 0.8 × fontSize unless given. */
  tickFontSize?: number;
  /** Largest outer radius in px. */
  maxRadius?: number;
  measure?: MeasureText;
}

/** Grid values the chart labels (0 is the centre and 100 the outer ring: the rings say them). */
const TICK_VALUES = [20, 40, 60, 80];
/** Margin kept free at the box edges. */
const PAD = 4;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A slightly generous width estimate for the app's sans-serif fonts: CJK characters are 1 em,
 * narrow Latin letters ~0.32 em, capitals and digits ~0.68 em, other letters ~0.58 em.
 */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (CJK.test(ch)) em += 1;
    else if (/[iljtfrI.,:;'|! ()]/.test(ch)) em += 0.32;
    else if (/[mwMW]/.test(ch)) em += 0.9;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.58;
  }
  return em * fontSize;
};

/** The longest axis name read for layout: a name is at most two lines of ~maxWidth each. */
const MAX_LABEL_CHARS = 200;

/** The line cut to `maxWidth` with an ellipsis when it is wider (a catalogue name may be very long). */
function ellipsise(line: string, fontSize: number, maxWidth: number, measure: MeasureText): string {
  if (measure(line, fontSize) <= maxWidth) return line;
  const room = maxWidth - measure('…', fontSize);
  let width = 0;
  let cut = '';
  for (const ch of line) {
    width += measure(ch, fontSize);
    if (width > room) break;
    cut += ch;
  }
  return `${cut.trimEnd()}…`;
}

/**
 * The text in one line, or two split at the space that balances them best; a line still wider
 * than `maxWidth` and 10 em (a long word, a long name) ends in an ellipsis, so the ring never
 * shrinks away. A word such as "Performance" stays whole even on a phone.
 */
function wrap(text: string, fontSize: number, maxWidth: number, measure: MeasureText): string[] {
  // Line breaks, tabs and runs of spaces in a name are one space on an axis.
  const flat = text.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_CHARS);
  const cut = Math.max(maxWidth, fontSize * 10);
  const fit = (lines: string[]) => lines.map((l) => ellipsise(l, fontSize, cut, measure));
  if (measure(flat, fontSize) <= maxWidth || !flat.includes(' ')) return fit([flat]);
  let best: string[] = [flat];
  let bestWidth = Infinity;
  for (let i = flat.indexOf(' '); i >= 0; i = flat.indexOf(' ', i + 1)) {
    const lines = [flat.slice(0, i), flat.slice(i + 1)];
    const widest = Math.max(...lines.map((l) => measure(l, fontSize)));
    if (widest < bestWidth) [best, bestWidth] = [lines, widest];
  }
  if (bestWidth <= maxWidth) return best;
  // Too long for two lines: the first as full as it goes, the rest cut on the second.
  let first = '';
  for (let i = flat.indexOf(' '); i >= 0; i = flat.indexOf(' ', i + 1)) {
    if (measure(flat.slice(0, i), fontSize) > maxWidth) break;
    first = flat.slice(0, i);
  }
  return fit(first === '' ? [flat] : [first, flat.slice(first.length + 1)]);
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** The smallest distance from point (px, py) to the box (0 inside it). */
function distanceToBox(px: number, py: number, b: Box): number {
  const dx = Math.max(b.x - px, 0, px - (b.x + b.width));
  const dy = Math.max(b.y - py, 0, py - (b.y + b.height));
  return Math.hypot(dx, dy);
}

/** Whether two boxes overlap. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the segment (x1, y1)–(x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - b.x],
    [dx, b.x + b.width - x1],
    [-dy, y1 - b.y],
    [dy, b.y + b.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

interface SizedLabel {
  lines: string[];
  width: number;
  height: number;
}

/**
 * A label's box relative to the centre for outer radius `r`: beside its spoke's end (left or
 * right of it on the sides, above the top, below the bottom), pushed outwards until no part of
 * it comes closer to the centre than r + gap / 2, so no label touches the outer ring.
 */
function placeLabel(label: SizedLabel, angle: number, r: number, gap: number) {
  const cos = Math.cos(rad(angle));
  const sin = Math.sin(rad(angle));
  const side = Math.abs(cos) > 0.26;
  const anchor: AxisLabel['anchor'] = !side ? 'middle' : cos > 0 ? 'start' : 'end';
  for (let t = r + gap; ; t += 1) {
    const px = t * cos;
    const py = -t * sin;
    const x = anchor === 'start' ? px : anchor === 'end' ? px - label.width : px - label.width / 2;
    const y = side ? py - label.height / 2 : sin > 0 ? py - label.height : py;
    const box = { x, y, width: label.width, height: label.height };
    if (distanceToBox(0, 0, box) >= r + gap / 2) return { anchor, px, box };
  }
}

/**
 * Where a radar's parts go in a box of `width` (and a fixed `height`, if given): the largest
 * outer radius (at most `maxRadius`) whose axis names all fit inside the box without touching
 * the ring or each other, centred as far as the names allow, and the grid values
 * placed midway between the first two spokes (off every spoke), leaving out any that would
 * touch a spoke or crowd its neighbour. Without a fixed height, the height is what the radius
 * needs.
 */
export function radarGeometry(input: RadarGeometryInput): RadarGeometry {
  const { width, fontSize, labels } = input;
  const measure = input.measure ?? estimateTextWidth;
  const tickFontSize = input.tickFontSize ?? Math.round(fontSize * 0.8);
  const n = labels.length;
  const angles = labels.map((_, i) => 90 - (i * 360) / Math.max(n, 1));
  const gap = Math.round(fontSize * 0.6);
  const lineHeight = Math.round(fontSize * 1.25);
  const maxLabelWidth = Math.max(fontSize * 6, width * 0.22);
  const sized: SizedLabel[] = labels.map((text) => {
    const lines = wrap(text, fontSize, maxLabelWidth, measure);
    return {
      lines,
      width: Math.ceil(Math.max(...lines.map((l) => measure(l, fontSize)))),
      height: lines.length * lineHeight,
    };
  });

  const extents = (r: number) => {
    const e = { left: r, right: r, top: r, bottom: r };
    sized.forEach((label, i) => {
      const { box } = placeLabel(label, angles[i]!, r, gap);
      e.left = Math.max(e.left, -box.x);
      e.right = Math.max(e.right, box.x + box.width);
      e.top = Math.max(e.top, -box.y);
      e.bottom = Math.max(e.bottom, box.y + box.height);
    });
    return e;
  };
  const fits = (r: number) => {
    const e = extents(r);
    if (e.left + e.right > width - 2 * PAD) return false;
    return input.height === undefined || e.top + e.bottom <= input.height - 2 * PAD;
  };
  let lo = 0;
  let hi = Math.max(
    0,
    Math.min(input.maxRadius ?? Infinity, width / 2, (input.height ?? Infinity) / 2),
  );
  if (fits(hi)) lo = hi;
  else
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
  const radius = Math.floor(lo * 2) / 2;
  const e = extents(radius);
  const height = input.height ?? Math.ceil(e.top + e.bottom + 2 * PAD);
  // Centred in the box where the labels allow it, else as near the middle as they fit.
  const centre = (size: number, before: number, after: number) =>
    Math.min(Math.max(size / 2, PAD + before), size - PAD - after);
  const cx = centre(width, e.left, e.right);
  const cy = centre(height, e.top, e.bottom);

  const placed: AxisLabel[] = sized.map((label, i) => {
    const { anchor, px, box } = placeLabel(label, angles[i]!, radius, gap);
    const top = cy + box.y;
    return {
      x: cx + px,
      anchor,
      lines: label.lines.map((text, k) => ({ text, y: top + (k + 0.5) * lineHeight })),
      box: { ...box, x: cx + box.x, y: top },
    };
  });

  return {
    width,
    height,
    cx,
    cy,
    radius,
    angles,
    labels: placed,
    ticks: radiusTicks(cx, cy, radius, angles, tickFontSize, measure),
    fontSize,
    tickFontSize,
  };
}

/** The grid values midway between the first two spokes, without any that would touch a spoke or a neighbour. */
function radiusTicks(
  cx: number,
  cy: number,
  radius: number,
  angles: readonly number[],
  fontSize: number,
  measure: MeasureText,
): RadiusTick[] {
  if (angles.length < 3 || radius <= 0) return [];
  const angle = rad((angles[0]! + angles[1]!) / 2);
  // Where the value's ring (a polygon) crosses the midline: the value sits on its own ring.
  const onRing = Math.cos(Math.PI / angles.length);
  // The text's halo (a stroke in the surface colour) is part of what must stay clear.
  const halo = 3;
  const place = (value: number): RadiusTick => {
    const r = ((radius * value) / 100) * onRing;
    const x = cx + r * Math.cos(angle);
    const y = cy - r * Math.sin(angle);
    const w = measure(String(value), fontSize) + 2 * halo;
    const h = fontSize * 1.2 + halo;
    return { value, x, y, box: { x: x - w / 2, y: y - h / 2, width: w, height: h } };
  };
  let ticks = TICK_VALUES.map(place);
  // Too tight for all four: every other one, so the values stay evenly spaced.
  if (ticks.some((t, i) => i > 0 && boxesOverlap(ticks[i - 1]!.box, t.box)))
    ticks = ticks.filter((t) => t.value % 40 === 0);
  if (ticks.some((t, i) => i > 0 && boxesOverlap(ticks[i - 1]!.box, t.box))) return [];
  const onSpoke = (t: RadiusTick) =>
    angles.some((a) =>
      segmentHitsBox(cx, cy, cx + radius * Math.cos(rad(a)), cy - radius * Math.sin(rad(a)), t.box),
    );
  return ticks.filter((t) => !onSpoke(t));
}
