import type { Catalogue, Dimension, DimensionId, Language } from '../../catalogue/types';
import { labelStacks, type StackLabel } from './stack-labels';
import { seriesColour } from '../series-colour';
import type { DimensionVector, StackParts } from '../../engine/types';
import { format } from '../../i18n/messages';
import { formatPoints, toPoints } from '../../i18n/numbers';

/** The strings the radar's text alternative is built from (a feature's messages supply them). */
export interface RadarSummaryText {
  /** "Radar chart of {n} stacks on {dims} …" ({dims}: "six dimensions", see dimensionCount) */
  summary: string;
  /** "{name}: strongest in {best} ({bestValue}), weakest in {worst} ({worstValue})." */
  seriesSummary: string;
  /** "#{rank}" */
  rank: string;
}

/** The data key of the i-th compared stack in a radar datum. */
export type SeriesKey = `s${number}`;

/** One spoke of the radar: a dimension and every compared stack's score on it (0–100). */
export type RadarDatum = { dimension: DimensionId; name: string } & Record<SeriesKey, number>;

/** One polygon of the radar. */
export interface RadarSeries extends StackLabel {
  key: SeriesKey;
  colour: string;
  /** Scores in the catalogue's dimension order, 0–100. */
  values: number[];
}

export interface RadarModel {
  data: RadarDatum[];
  series: RadarSeries[];
  /** Technologies every compared stack runs; the series labels leave them out. */
  common: string[];
}

/** What the radar needs from a ranking row. */
export interface RadarRow {
  rank: number;
  stack: { id: string; parts: StackParts };
  dimensions: DimensionVector;
}

/**
 * Compared rows → recharts radar data (one datum per dimension of the catalogue, in its order,
 * named in `lang`) and one series per row in the given order, coloured seriesColour(i). A
 * dimension a row has no score for counts 0.
 */
export function toRadarSeries(
  rows: readonly RadarRow[],
  catalogue: Catalogue,
  lang: Language,
): RadarModel {
  const labels = labelStacks(rows, catalogue);
  const ids = catalogue.dimensions.map((d) => d.id);
  const series = rows.map((row, i): RadarSeries => ({
    ...labels.items[i]!,
    key: `s${i}`,
    colour: seriesColour(i),
    values: ids.map((d) => toPoints(row.dimensions[d] ?? 0)),
  }));
  const data = ids.map((dimension, d) => {
    const datum = {
      dimension,
      name: dimensionName(catalogue.dimensions, dimension, lang),
    } as RadarDatum;
    for (const s of series) datum[s.key] = s.values[d]!;
    return datum;
  });
  return { data, series, common: labels.common };
}

/** A dimension's name in `lang`; its id when the catalogue lacks it. */
export function dimensionName(
  dimensions: readonly Dimension[],
  id: DimensionId,
  lang: Language,
): string {
  return dimensions.find((d) => d.id === id)?.name[lang] ?? id;
}

/** A series' strongest and weakest dimension (first in dimension order on ties). */
export function extremes(model: RadarModel, series: RadarSeries) {
  let best = 0;
  let worst = 0;
  series.values.forEach((v, i) => {
    if (v > series.values[best]!) best = i;
    if (v < series.values[worst]!) worst = i;
  });
  const at = (i: number) => ({ name: model.data[i]!.name, value: series.values[i]! });
  return { best: at(best), worst: at(worst) };
}

/** The chart's text alternative: how many stacks, then each one's strongest and weakest dimension. */
export function radarSummary(model: RadarModel, m: RadarSummaryText, lang: Language): string {
  const lines = model.series.map((s) => {
    const { best, worst } = extremes(model, s);
    return format(m.seriesSummary, {
      name: `${format(m.rank, { rank: s.rank })} ${s.label}`,
      best: best.name,
      bestValue: formatPoints(best.value, lang),
      worst: worst.name,
      worstValue: formatPoints(worst.value, lang),
    });
  });
  return [
    format(m.summary, { n: model.series.length, dims: dimensionCount(model.data.length, lang) }),
    ...lines,
  ].join(' ');
}

const WORDS = {
  en: [
    'no',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
  ],
  zh: ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'],
} as const;

/** How many dimensions a radar has, in words as its summary says it: "six dimensions", "六个维度". */
export function dimensionCount(n: number, lang: Language): string {
  const word = WORDS[lang][n] ?? String(n);
  if (lang === 'zh') return `${word}个维度`;
  return `${word} ${n === 1 ? 'dimension' : 'dimensions'}`;
}
