import { memo } from 'react';
import type { CSSProperties } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts';

import type { Language } from '../../catalogue/types';
import { ChartFrame } from '../../components/charts/chart-frame';
import {
  AXIS_TICK,
  CHART_PROPS,
  MINOR_TICK,
  TEXT_FILL,
  TOOLTIP_PROPS,
} from '../../components/charts/chart-props';
import { TooltipCard } from '../../components/charts/chart-tooltip';
import type { BreakdownText } from './messages';
import { whyNames, type WhyModel, type WhyRow } from './to-breakdown';
import { formatNumber, formatPoints, formatSignedPoints } from '../../i18n/numbers';

interface WhyChartProps {
  model: WhyModel;
  summary: string;
  lang: Language;
  m: BreakdownText;
}

const ROW_HEIGHT = 40;
const AXIS_HEIGHT = 36;

/** Per-dimension weighted differences, right for the leader, left for the other stack. */
export const WhyChart = memo(function WhyChart({ model, summary, lang, m }: WhyChartProps) {
  const e = model.extent;
  const label = (props: LabelProps) => <DeltaLabel {...props} lang={lang} />;
  return (
    <ChartFrame label={summary} height={AXIS_HEIGHT + ROW_HEIGHT * model.rows.length}>
      <BarChart
        {...CHART_PROPS}
        data={model.rows}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 56 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[-e, e]}
          ticks={[-e, -e / 2, 0, e / 2, e]}
          tick={MINOR_TICK}
          tickFormatter={(v: number) =>
            formatSignedPoints(v, lang, Number.isInteger(e / 2) ? 0 : 1)
          }
        />
        <YAxis type="category" dataKey="name" width={110} tick={AXIS_TICK} />
        <ReferenceLine x={0} className="why-zero" />
        <Bar
          dataKey="delta"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} fill={(props.payload as WhyRow).colour} />
          )}
        >
          <LabelList dataKey="delta" content={label} />
        </Bar>
        <Tooltip
          {...TOOLTIP_PROPS}
          content={(props) => <WhyTip {...props} model={model} lang={lang} m={m} />}
        />
      </BarChart>
    </ChartFrame>
  );
});

/** "+2.5" past the end of a bar: right of a positive bar, left of a negative one. */
function DeltaLabel({ viewBox, value, lang }: LabelProps & { lang: Language }) {
  const box = viewBox as { x: number; y: number; width: number; height: number } | undefined;
  const delta = Number(value);
  if (!box || !Number.isFinite(delta)) return null;
  const left = Math.min(box.x, box.x + box.width);
  const right = Math.max(box.x, box.x + box.width);
  const positive = delta >= 0;
  return (
    <text
      x={positive ? right + 6 : left - 6}
      y={box.y + box.height / 2}
      textAnchor={positive ? 'start' : 'end'}
      dominantBaseline="central"
      fill={TEXT_FILL}
      className="chart-bar-label num"
    >
      {delta === 0 ? '0' : formatSignedPoints(delta, lang, Math.abs(delta) < 0.05 ? 2 : 1)}
    </text>
  );
}

type TipProps = TooltipContentProps & Omit<WhyChartProps, 'summary'>;

/** One dimension: both scores, the weight share and the weighted difference. */
function WhyTip({ active, payload, model, lang, m }: TipProps) {
  const row = payload[0]?.payload as WhyRow | undefined;
  if (!active || !row) return null;
  const { a, b } = whyNames(model, m);
  return (
    <TooltipCard
      title={
        <>
          <span className="chart-swatch" style={{ '--swatch': row.colour } as CSSProperties} />{' '}
          {row.name}
        </>
      }
    >
      <ul>
        <li className="breakdown-tip-pair num">
          {a} {formatPoints(row.leaderScore, lang)} · {b} {formatPoints(row.otherScore, lang)}
        </li>
        <li className="breakdown-tip-pair">
          {m.weightShare} <span className="num">{formatNumber(row.share * 100, lang)}%</span>
        </li>
        <li className="breakdown-tip-pair">
          {m.difference} <strong className="num">{formatSignedPoints(row.delta, lang, 2)}</strong>
        </li>
      </ul>
    </TooltipCard>
  );
}
