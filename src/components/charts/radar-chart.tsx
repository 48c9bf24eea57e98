import { memo, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Tooltip,
  type TooltipContentProps,
} from 'recharts';

import type { DimensionId, Language } from '../../catalogue/types';
import { ChartFrame } from './chart-frame';
import { AXIS_TICK, MINOR_TICK, TEXT_FILL, TOOLTIP_PROPS } from './chart-props';
import { TooltipCard } from './chart-tooltip';
import { radarGeometry, type AxisLabel, type RadarGeometry } from './radar-geometry';
import { useElementSize } from './use-element-size';
import { format } from '../../i18n/messages';
import type { RadarDatum, RadarModel, RadarSeries } from './to-radar-series';
import { formatPoints } from '../../i18n/numbers';

/** The facts behind each stack's dimension scores, by stack id, shown in the tooltip. */
export type RadarFacts = ReadonlyMap<string, Partial<Record<DimensionId, readonly string[]>>>;

interface RadarViewProps {
  model: RadarModel;
  facts: RadarFacts;
  summary: string;
  lang: Language;
  /** "#{rank}" in the current language. */
  m: { rank: string };
  /**
   * A fixed CSS height the chart fits into (e.g. "100%" of a slide). Without it the chart is
   * as tall as its width allows, up to maxRadius.
   */
  height?: number | string;
  /** Largest outer radius in px when the height follows the width. */
  maxRadius?: number;
  /** Axis label size in px; large for a projector. */
  tickSize?: number;
  /** Hover tooltips (off where nobody points, e.g. on a projector). */
  tooltip?: boolean;
  /** The stack the reader points at in the legend: drawn on top, the others dimmed. */
  emphasis?: string | null;
}

/** Height of the frame before its width is known: about what a panel radar takes. */
const FIRST_HEIGHT = 360;
/** Below this width (px) axis names shrink to 12 px. */
const NARROW = 420;

/**
 * The radar of the compared stacks, sized to its frame (see radarGeometry: the largest ring
 * whose axis names fit, grid values off the spokes on a halo); never animates, so it keeps up
 * with a weight drag. With an emphasised stack the others fade, so overlapping shapes read.
 */
export const RadarView = memo(function RadarView({
  model,
  facts,
  summary,
  lang,
  m,
  height,
  maxRadius = 250,
  tickSize = AXIS_TICK.fontSize,
  tooltip = true,
  emphasis = null,
}: RadarViewProps) {
  const frame = useRef<HTMLDivElement>(null);
  const size = useElementSize(frame);
  const fixed = height !== undefined;
  const names = model.data.map((d) => d.name);
  // A name may hold any character (a catalogue is user data): the key is JSON, not joined text.
  const key = JSON.stringify(names);
  // A phone-width chart trades a little type size for a larger ring.
  const fontSize = size.width > 0 && size.width < NARROW ? Math.min(tickSize, 12) : tickSize;
  const geometry = useMemo(
    () =>
      size.width > 0 && (!fixed || size.height > 0)
        ? radarGeometry({
            width: size.width,
            height: fixed ? size.height : undefined,
            labels: JSON.parse(key) as string[],
            fontSize,
            tickFontSize: Math.max(MINOR_TICK.fontSize, Math.round(fontSize * 0.8)),
            maxRadius: fixed ? undefined : maxRadius,
          })
        : null,
    [size.width, size.height, fixed, key, fontSize, maxRadius],
  );
  const emphasised = model.series.some((s) => s.stackId === emphasis) ? emphasis : null;
  // The emphasised shape last, so it is drawn over the others.
  const order = [...model.series].sort(
    (a, b) => Number(a.stackId === emphasised) - Number(b.stackId === emphasised),
  );
  return (
    <ChartFrame
      ref={frame}
      label={summary}
      height={fixed ? height : (geometry?.height ?? FIRST_HEIGHT)}
      className="radar-frame"
    >
      {geometry && geometry.radius > 0 ? (
        <RadarChart
          width={geometry.width}
          height={geometry.height}
          cx={geometry.cx}
          cy={geometry.cy}
          outerRadius={geometry.radius}
          data={model.data}
          accessibilityLayer={false}
          margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
        >
          <PolarGrid />
          <PolarAngleAxis
            dataKey="name"
            tickLine={false}
            tick={(props: { index: number }) => (
              <AxisName label={geometry.labels[props.index]} size={geometry.fontSize} />
            )}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={6}
            angle={(geometry.angles[0]! + (geometry.angles[1] ?? 0)) / 2}
            axisLine={false}
            tickLine={false}
            tick={(props: { payload: { value: number } }) => (
              <GridValue geometry={geometry} value={props.payload.value} />
            )}
          />
          {order.map((s) => (
            <Radar key={s.stackId} {...shapeProps(s, emphasised)} isAnimationActive={false} />
          ))}
          {tooltip ? (
            <Tooltip
              {...TOOLTIP_PROPS}
              content={(props) => (
                <RadarTip {...props} model={model} facts={facts} lang={lang} m={m} />
              )}
            />
          ) : null}
        </RadarChart>
      ) : null}
    </ChartFrame>
  );
});

/** How one stack's shape is drawn: bold when emphasised, faint when another one is. */
function shapeProps(s: RadarSeries, emphasised: string | null) {
  const state = emphasised === null ? 'normal' : emphasised === s.stackId ? 'emphasis' : 'faded';
  const look = {
    normal: { strokeWidth: 2.5, strokeOpacity: 1, fillOpacity: 0.08, dot: 3.5 },
    emphasis: { strokeWidth: 4, strokeOpacity: 1, fillOpacity: 0.22, dot: 4.5 },
    faded: { strokeWidth: 1.5, strokeOpacity: 0.25, fillOpacity: 0, dot: 0 },
  }[state];
  return {
    dataKey: s.key,
    name: s.label,
    className: `radar-shape radar-shape-${state}`,
    stroke: s.colour,
    strokeWidth: look.strokeWidth,
    strokeOpacity: look.strokeOpacity,
    fill: s.colour,
    fillOpacity: look.fillOpacity,
    dot: look.dot > 0 ? { r: look.dot, fill: s.colour, fillOpacity: 1, strokeWidth: 0 } : false,
    zIndex: state === 'emphasis' ? 110 : 100,
  } as const;
}

/** An axis name at the place radarGeometry gave it (one or two lines). */
function AxisName({ label, size }: { label: AxisLabel | undefined; size: number }) {
  if (!label) return <g />;
  return (
    <g className="radar-axis-name">
      {label.lines.map((line, k) => (
        <text
          key={k}
          x={label.x}
          y={line.y}
          textAnchor={label.anchor}
          dominantBaseline="central"
          fontSize={size}
          fill={TEXT_FILL}
        >
          {line.text}
        </text>
      ))}
    </g>
  );
}

/** A grid value between the first two spokes, on a halo of the surface colour. */
function GridValue({ geometry, value }: { geometry: RadarGeometry; value: number }) {
  const tick = geometry.ticks.find((t) => t.value === value);
  if (!tick) return <g />;
  return (
    <text
      className="radar-grid-value"
      x={tick.x}
      y={tick.y}
      textAnchor="middle"
      dominantBaseline="central"
      fontSize={geometry.tickFontSize}
      fill={MINOR_TICK.fill}
      // A halo, as presentation attributes so an exported SVG keeps it.
      stroke="var(--surface)"
      strokeWidth={4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {value}
    </text>
  );
}

type RadarTipProps = TooltipContentProps & Pick<RadarViewProps, 'model' | 'facts' | 'lang' | 'm'>;

/** One dimension: every shown stack's score and the facts behind it, in legend order. */
function RadarTip({ active, payload, model, facts, lang, m }: RadarTipProps) {
  const datum = payload[0]?.payload as RadarDatum | undefined;
  if (!active || !datum) return null;
  return (
    <TooltipCard title={datum.name}>
      <ul>
        {model.series.map((s) => (
          <li key={s.stackId} className="radar-tip-row">
            <span className="chart-swatch" style={{ '--swatch': s.colour } as CSSProperties} />
            <span className="radar-tip-name">
              {format(m.rank, { rank: s.rank })} {s.label}
            </span>
            <strong className="num">{formatPoints(datum[s.key] ?? 0, lang)}</strong>
            {(facts.get(s.stackId)?.[datum.dimension] ?? []).map((line) => (
              <span key={line} className="radar-tip-fact">
                {line}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </TooltipCard>
  );
}
