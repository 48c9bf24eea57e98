import type { Language } from '../../catalogue/types';
import { REQUIREMENT_UNITS, requirementLabel } from '../../components/requirement-words';
import { extraColour, seriesColour } from '../../components/series-colour';
import type { AxisRange, MapAxis, TopFit } from '../../engine/analysis/decision-map';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import type { DecisionMapText } from './messages';

/** The id of the hatch pattern (no stack meets the requirements) the panel defines once in the page. */
export const HATCH_ID = 'decision-map-hatch';

/** An axis's name, as the requirements panel words the requirement. */
export const axisLabel = (axis: MapAxis, lang: Language) => requirementLabel(axis, lang);

/** An axis value with its unit: "1,000", "512 MB", "10 ms". */
export function axisValue(
  axis: MapAxis,
  value: number,
  lang: Language,
  m: DecisionMapText,
): string {
  const text = formatNumber(value, lang);
  const unit = axis === 'nodes' ? null : REQUIREMENT_UNITS[axis];
  return unit ? format(m.withUnit, { value: text, unit }) : text;
}

/** An inclusive range of axis values: "1,001 – 100,000", "128 – 253 MB"; one value alone. */
export function axisSpan(
  axis: MapAxis,
  from: number,
  to: number,
  lang: Language,
  m: DecisionMapText,
): string {
  if (from === to) return axisValue(axis, from, lang, m);
  const unit = axis === 'nodes' ? null : REQUIREMENT_UNITS[axis];
  const span = format(m.range, { from: formatNumber(from, lang), to: formatNumber(to, lang) });
  return unit ? format(m.withUnit, { value: span, unit }) : span;
}

/**
 * Tick values: on a log axis the powers of 10 within range when it spans three decades or
 * more (1, 10 … 100,000 nodes), else the powers of 2 (128 … 4,096 MB); on a linear one, five
 * evenly spaced whole values.
 */
export function axisTicks(range: AxisRange): number[] {
  const { min, max } = range;
  if (range.scale === 'linear')
    return [...new Set([0, 1, 2, 3, 4].map((k) => Math.round(min + ((max - min) * k) / 4)))];
  const base = Math.log10(max / min) >= 3 ? 10 : 2;
  const ticks: number[] = [];
  const first = Math.ceil(Math.log(min) / Math.log(base) - 1e-9);
  for (let e = first; base ** e <= max * (1 + 1e-9); e++) ticks.push(Math.round(base ** e));
  return ticks;
}

/** A short tick label: 1k / 10k / 100k (en), 1,000 / 1万 / 10万 (zh) for powers of ten; else the number. */
export function tickLabel(axis: MapAxis, value: number, lang: Language): string {
  if (axis === 'memoryPerNodeMB') return formatNumber(value, lang);
  if (lang === 'zh' && value >= 10_000) return `${formatNumber(value / 10_000, lang, 1)}万`;
  if (lang === 'en' && value >= 1000) return `${formatNumber(value / 1000, lang, 1)}k`;
  return formatNumber(value, lang);
}

/**
 * A region colour per #1 stack, by its place in `ids`: the compared-stack palette, then the
 * extra palette (12 colours; both are ≥ 3:1 on the surface in either theme, theme.css).
 */
export function regionColours(ids: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  for (const id of ids)
    if (!colours.has(id)) {
      const k = colours.size % 12;
      colours.set(id, k < 6 ? seriesColour(k) : extraColour(k - 6));
    }
  return colours;
}

/** What the #1's fit means at a place. */
export function fitWords(fit: TopFit | null | undefined, m: DecisionMapText): string {
  if (fit === 'match') return m.fitMatch;
  if (fit === 'partial') return m.fitPartial;
  if (fit === 'mismatch') return m.fitMismatch;
  if (fit === 'invalid') return m.fitInvalid;
  return m.none;
}

/** The axes the panel shows: the map's two and the strip's one. */
export interface Axes {
  x: MapAxis;
  y: MapAxis;
  strip: MapAxis;
}

/** Picking for one map axis what the other shows swaps them: a map needs two different axes. */
export function pickAxis(axes: Axes, which: keyof Axes, axis: MapAxis): Axes {
  if (which === 'x' && axis === axes.y) return { ...axes, x: axis, y: axes.x };
  if (which === 'y' && axis === axes.x) return { ...axes, y: axis, x: axes.y };
  return { ...axes, [which]: axis };
}
