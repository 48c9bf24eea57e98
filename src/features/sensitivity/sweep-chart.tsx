import { memo, type CSSProperties } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';

import type { Language } from '../../catalogue/types';
import { ChartFrame } from '../../components/charts/chart-frame';
import {
  CHART_PROPS,
  MINOR_TICK,
  TEXT_FILL,
  TOOLTIP_PROPS,
} from '../../components/charts/chart-props';
import { TooltipCard } from '../../components/charts/chart-tooltip';
import { format } from '../../i18n/messages';
import { formatNumber, formatPoints } from '../../i18n/numbers';
import type { SensitivityText } from './messages';
import type { SweepView } from './to-sweep-view';

// The recharts half of the sensitivity panel, loaded lazily with recharts.

interface SweepChartProps {
  view: SweepView;
  lang: Language;
  m: SensitivityText;
}

const DOT = { r: 6, fill: 'var(--surface)', stroke: 'var(--text)', strokeWidth: 2 } as const;

/** The top 5 stacks' scores over the swept weight, the weight now, and the numbered crossings. */
export const SweepChart = memo(function SweepChart({ view, lang, m }: SweepChartProps) {
  const xTicks = Array.from({ length: Math.floor(view.max) + 1 }, (_, i) => i);
  return (
    <ChartFrame label={view.summary} height={360} className="sweep-chart">
      <LineChart
        {...CHART_PROPS}
        data={view.data}
        margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
      >
        <CartesianGrid />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, view.max]}
          ticks={xTicks}
          tick={MINOR_TICK}
          tickFormatter={(v: number) => formatNumber(v, lang)}
          height={44}
          label={{
            value: format(m.xLabel, { dimension: view.name }),
            position: 'insideBottom',
            fill: TEXT_FILL,
            fontSize: 13,
          }}
        />
        <YAxis
          type="number"
          domain={view.domain}
          ticks={view.ticks}
          allowDataOverflow
          tick={MINOR_TICK}
          tickFormatter={(v: number) => formatNumber(v, lang)}
          width={64}
          label={{
            value: m.yLabel,
            angle: -90,
            position: 'insideLeft',
            fill: TEXT_FILL,
            fontSize: 13,
            style: { textAnchor: 'middle' },
          }}
        />
        <ReferenceLine
          x={view.current}
          stroke="var(--text)"
          strokeWidth={1.5}
          strokeDasharray="5 4"
          ifOverflow="visible"
        />
        {view.series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.name}
            stroke={s.colour}
            strokeWidth={s.rank === 1 ? 3 : 2}
            strokeDasharray={s.dash}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={false}
          />
        ))}
        {view.dots.map((d) => (
          <ReferenceDot
            key={d.key}
            x={d.x}
            y={d.y}
            {...DOT}
            ifOverflow="visible"
            label={{
              value: d.label,
              position: d.position,
              fill: TEXT_FILL,
              fontSize: 13,
              offset: 8,
            }}
          />
        ))}
        <Tooltip
          {...TOOLTIP_PROPS}
          content={(props) => <SweepTip {...props} view={view} lang={lang} m={m} />}
        />
      </LineChart>
    </ChartFrame>
  );
});

type TipProps = TooltipContentProps & SweepChartProps;

/** The scores at the pointed weight, highest first. */
function SweepTip({ active, payload, view, lang, m }: TipProps) {
  const row = payload[0]?.payload as Record<string, number> | undefined;
  if (!active || !row) return null;
  const lines = [...view.series].sort((a, b) => row[b.key]! - row[a.key]!);
  return (
    <TooltipCard
      title={format(m.tipTitle, { dimension: view.name, value: formatNumber(row.x!, lang, 2) })}
    >
      <ul>
        {lines.map((s) => (
          <li key={s.key} className="sweep-tip-row">
            <span className="chart-swatch" style={{ '--swatch': s.colour } as CSSProperties} />
            <span>{s.name}</span>
            <strong className="num">{formatPoints(row[s.key]!, lang)}</strong>
          </li>
        ))}
      </ul>
    </TooltipCard>
  );
}
