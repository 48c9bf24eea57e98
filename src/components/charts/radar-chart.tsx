import { memo } from 'react';
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
import { AXIS_TICK, CHART_PROPS, MINOR_TICK, TOOLTIP_PROPS } from './chart-props';
import { TooltipCard } from './chart-tooltip';
import { formatPoints } from './points';
import { format } from '../../i18n/messages';
import type { RadarDatum, RadarModel } from './to-radar-series';

/** The facts behind each stack's dimension scores, by stack id, shown in the tooltip. */
export type RadarFacts = ReadonlyMap<string, Partial<Record<DimensionId, readonly string[]>>>;

interface RadarViewProps {
  model: RadarModel;
  facts: RadarFacts;
  summary: string;
  lang: Language;
  /** "#{rank}" in the current language. */
  m: { rank: string };
  /** CSS height of the chart; 380 px unless given. */
  height?: number | string;
  /** Axis label size in px; large for a projector. */
  tickSize?: number;
  /** Hover tooltips (off where nobody points, e.g. on a projector). */
  tooltip?: boolean;
}

/** The radar of the compared stacks; never animates, so it keeps up with a weight drag. */
export const RadarView = memo(function RadarView({
  model,
  facts,
  summary,
  lang,
  m,
  height = 380,
  tickSize = AXIS_TICK.fontSize,
  tooltip = true,
}: RadarViewProps) {
  // Room beside the plot for the longest axis label ("Availability") at the given size.
  const side = Math.round(tickSize * 3.4);
  return (
    <ChartFrame label={summary} height={height} className="radar-frame">
      <RadarChart
        {...CHART_PROPS}
        data={model.data}
        outerRadius="74%"
        margin={{ top: 8, right: side, bottom: 8, left: side }}
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ ...AXIS_TICK, fontSize: tickSize }} />
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={6}
          angle={90}
          axisLine={false}
          tick={MINOR_TICK}
          // 0 and 100 sit on the centre and under the top axis label; the rings say it.
          tickFormatter={(v: number) => (v === 0 || v === 100 ? '' : String(v))}
        />
        {model.series.map((s) => (
          <Radar
            key={s.stackId}
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2.5}
            fill={s.colour}
            fillOpacity={0.1}
            dot={{ r: 3.5, fill: s.colour, fillOpacity: 1, strokeWidth: 0 }}
            isAnimationActive={false}
          />
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
    </ChartFrame>
  );
});

type RadarTipProps = TooltipContentProps & Pick<RadarViewProps, 'model' | 'facts' | 'lang' | 'm'>;

/** One dimension: every compared stack's score and the facts behind it, in legend order. */
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
