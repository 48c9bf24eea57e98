import { highEnd, lowEnd } from '../../components/stability-words';
import type { Names } from '../../catalogue/names';
import type { Language } from '../../catalogue/types';
import { seriesColour } from '../../components/series-colour';
import type { StabilityInterval } from '../../engine/analysis/stability';
import type { Sweep } from '../../engine/analysis/sweep';
import { format } from '../../i18n/messages';
import { formatNumber, formatPoints, toPoints } from '../../i18n/numbers';
import type { SensitivityText } from './messages';
import { weightText } from './to-interval-rows';

/** One stack's line: its data key in the chart rows, colour and dash (told apart without colour). */
export interface SweepSeries {
  key: string;
  id: string;
  name: string;
  /** Its rank now, 1-based; null for a stack drawn because it takes #1 at an interval end. */
  rank: number | null;
  colour: string;
  dash: string;
}

/** A crossing of two lines, numbered from the lowest weight up. */
export interface SweepCrossingView {
  n: number;
  at: number;
  /** The common score in points (0–100). */
  points: number;
  text: string;
}

/** A dot on the chart: crossings at the same point (twins crossing a third line) share one. */
export interface SweepDot {
  key: string;
  x: number;
  y: number;
  label: string;
  /** Where its number goes: alternately above and below, so close neighbours stay legible. */
  position: 'top' | 'bottom';
}

/** The sensitivity chart and its table twin for one swept weight. */
export interface SweepView {
  dimension: string;
  /** The dimension's name. */
  name: string;
  /** Chart rows: the weight `x` and each series' score in points under its key. */
  data: Record<string, number>[];
  series: SweepSeries[];
  /** The score axis: a padded range around the lines, in points, and its ticks. */
  domain: [number, number];
  ticks: number[];
  /** The weight now, and the slider's range. */
  current: number;
  max: number;
  crossings: SweepCrossingView[];
  dots: SweepDot[];
  /** The table twin: the sampled weights at half steps, and each stack's scores there. */
  table: { heads: string[]; rows: { series: SweepSeries; cells: string[] }[] };
  /** Exact or sampled, in words. */
  note: string;
  /** The chart in one sentence, for assistive technology. */
  summary: string;
}

/** Line dashes by rank: solid first, so the #1 stands out; distinct without colour. */
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 2'];

/** A tick step of 1, 2 or 5 × 10ⁿ giving at most about six ticks over `span`. */
function tickStep(span: number): number {
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((f) => f * power >= rough)!;
  return step * power;
}

/** Padded axis bounds on whole ticks around every score, within 0 … 100. */
function scoreAxis(points: number[]): { domain: [number, number]; ticks: number[] } {
  if (points.length === 0) return { domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] };
  const lo = Math.min(...points);
  const hi = Math.max(...points);
  const step = tickStep(Math.max(hi - lo, 1));
  const from = Math.max(0, Math.floor(lo / step) * step - (lo % step === 0 ? step : 0));
  const to = Math.min(100, Math.ceil(hi / step) * step + (hi % step === 0 ? step : 0));
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 1000; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return { domain: [from, to], ticks };
}

/** Whether a sampled weight is a half step (0, 0.5, …): the table twin's columns. */
const halfStep = (x: number) => Math.abs(x * 2 - Math.round(x * 2)) < 1e-9;

/**
 * The chart and table of a sweep: scores in points (0–100, as everywhere in the app), lines by
 * rank now, crossings numbered by weight and grouped into dots where they coincide, the table
 * thinned to the half steps. `current`: the swept weight's value now.
 */
export function toSweepView(
  sweep: Sweep,
  current: number,
  names: Names,
  lang: Language,
  m: SensitivityText,
): SweepView {
  const name = names.dimension(sweep.dimension, lang);
  const extra = sweep.series.filter((s) => s.extra).length;
  const max = sweep.values.at(-1) ?? 0;
  const series = sweep.series.map((s, i): SweepSeries => ({
    key: `s${i}`,
    id: s.id,
    name: names.stack(s.id),
    rank: s.extra ? null : i + 1,
    colour: seriesColour(i),
    dash: DASHES[i % DASHES.length]!,
  }));
  const data = sweep.values.map((x, p) => {
    const row: Record<string, number> = { x };
    sweep.series.forEach((s, i) => (row[`s${i}`] = toPoints(s.scores[p]!)));
    return row;
  });
  const crossings = sweep.crossings.map((c, i): SweepCrossingView => ({
    n: i + 1,
    at: c.at,
    points: toPoints(c.score),
    text: format(m.crossing, {
      at: weightText(c.at, lang),
      share: formatNumber(c.share * 100, lang, 0),
      a: names.stack(c.a),
      b: names.stack(c.b),
      score: formatPoints(toPoints(c.score), lang),
    }),
  }));
  const dots = new Map<string, SweepDot>();
  for (const c of crossings) {
    const key = `${weightText(c.at, 'en')}/${c.points}`;
    const dot = dots.get(key);
    if (dot) dot.label += `, ${c.n}`;
    else
      dots.set(key, {
        key,
        x: c.at,
        y: c.points,
        label: String(c.n),
        position: dots.size % 2 === 0 ? 'top' : 'bottom',
      });
  }
  const half = sweep.values.flatMap((x, p) => (halfStep(x) ? [p] : []));
  const { domain, ticks } = scoreAxis(data.flatMap((r) => series.map((s) => r[s.key]!)));
  const points = formatNumber(sweep.values.length, lang);
  return {
    dimension: sweep.dimension,
    name,
    data,
    series,
    domain,
    ticks,
    current,
    max,
    crossings,
    dots: [...dots.values()],
    table: {
      heads: half.map((p) => weightText(sweep.values[p]!, lang)),
      rows: sweep.series.map((s, i) => ({
        series: series[i]!,
        cells: half.map((p) => formatPoints(toPoints(s.scores[p]!), lang)),
      })),
    },
    note: format(sweep.exact ? m.sweepExact : m.sweepSampled, { points }),
    summary: format(extra > 0 ? m.summaryExtra : m.summary, {
      count: series.length - extra,
      extra,
      dimension: name,
      max: weightText(max, lang),
      value: weightText(current, lang),
      crossings: crossings.length,
    }),
  };
}

/**
 * The stacks that take #1 at the swept weight's interval ends but are not among the sweep's
 * lines (the top 5 now), in words: the chart cannot show where they take over.
 */
export function undrawnTakers(
  interval: StabilityInterval | undefined,
  sweep: Sweep,
  names: Names,
  lang: Language,
  m: SensitivityText,
): string[] {
  if (!interval || interval.dimension !== sweep.dimension) return [];
  const drawn = new Set(sweep.series.map((s) => s.id));
  const out: string[] = [];
  if (interval.below !== null && !drawn.has(interval.below))
    out.push(
      format(m.undrawnBelow, {
        name: names.stack(interval.below),
        at: weightText(highEnd(interval.low), lang),
      }),
    );
  if (interval.above !== null && !drawn.has(interval.above))
    out.push(
      format(m.undrawnAbove, {
        name: names.stack(interval.above),
        at: weightText(lowEnd(interval.high), lang),
      }),
    );
  return out;
}
