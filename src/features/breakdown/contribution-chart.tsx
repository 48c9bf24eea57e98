import { memo } from 'react';
import type { CSSProperties } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Text,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';

import type { DimensionId, Language } from '../../catalogue/types';
import { ChartFrame } from '../../components/charts/chart-frame';
import {
  CHART_PROPS,
  MINOR_TICK,
  TEXT_FILL,
  TOOLTIP_PROPS,
} from '../../components/charts/chart-props';
import { TooltipCard } from '../../components/charts/chart-tooltip';
import { format } from '../../i18n/messages';
import type { BreakdownText } from './messages';
import {
  contributionKey,
  contributionOf,
  type ContributionDatum,
  type ContributionModel,
} from './to-breakdown';
import { formatNumber, formatPoints } from '../../i18n/numbers';

interface ContributionChartProps {
  model: ContributionModel;
  summary: string;
  lang: Language;
  m: BreakdownText;
}

const ROW_HEIGHT = 56;
const AXIS_HEIGHT = 36;
const LABEL_WIDTH = 170;

/** The last dimension with a visible segment: its bar carries the total at the bar's end. */
function lastSegment(datum: ContributionDatum, ids: DimensionId[]): DimensionId | undefined {
  return ids.findLast((id) => contributionOf(datum, id) > 0);
}

/** One horizontal bar per compared stack, stacked from the weighted contributions wᵢ·fᵢ. */
export const ContributionChart = memo(function ContributionChart({
  model,
  summary,
  lang,
  m,
}: ContributionChartProps) {
  const ids = model.dimensions.map((d) => d.id);
  const byId = new Map(model.data.map((d) => [d.stackId, d]));
  const tick = ({ x, y, payload }: YAxisTickContentProps) => {
    const datum = byId.get(String(payload.value));
    return (
      <Text
        x={Number(x) - 8}
        y={Number(y)}
        width={LABEL_WIDTH - 12}
        maxLines={3}
        textAnchor="end"
        verticalAnchor="middle"
        fontSize={14}
        fill={TEXT_FILL}
        className="chart-stack-tick"
      >
        {datum ? `${format(m.rank, { rank: datum.rank })} ${datum.label}` : ''}
      </Text>
    );
  };
  return (
    <ChartFrame label={summary} height={AXIS_HEIGHT + ROW_HEIGHT * model.data.length}>
      <BarChart
        {...CHART_PROPS}
        data={model.data}
        layout="vertical"
        margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
        barCategoryGap="24%"
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 20, 40, 60, 80, 100]}
          tick={MINOR_TICK}
          tickFormatter={(v: number) => formatNumber(v, lang)}
        />
        <YAxis type="category" dataKey="stackId" width={LABEL_WIDTH} tick={tick} />
        {model.dimensions.map((d) => (
          <Bar
            key={d.id}
            dataKey={contributionKey(d.id)}
            name={d.name}
            stackId="total"
            fill={d.colour}
            isAnimationActive={false}
          >
            <LabelList
              position="right"
              className="chart-bar-total"
              fill={TEXT_FILL}
              dataKey={(datum: ContributionDatum) =>
                lastSegment(datum, ids) === d.id ? formatPoints(datum.total, lang) : ''
              }
            />
          </Bar>
        ))}
        <Tooltip
          {...TOOLTIP_PROPS}
          content={(props) => <ContributionTip {...props} model={model} lang={lang} m={m} />}
        />
      </BarChart>
    </ChartFrame>
  );
});

type TipProps = TooltipContentProps & Omit<ContributionChartProps, 'summary'>;

/** One stack: each dimension's contribution as score × weight share, and the total. */
function ContributionTip({ active, payload, model, lang, m }: TipProps) {
  const datum = payload[0]?.payload as ContributionDatum | undefined;
  if (!active || !datum) return null;
  return (
    <TooltipCard title={`${format(m.rank, { rank: datum.rank })} ${datum.fullName}`}>
      <ul>
        {model.dimensions.map((d) => (
          <li key={d.id} className="breakdown-tip-row">
            <span className="chart-swatch" style={{ '--swatch': d.colour } as CSSProperties} />
            <span>{d.name}</span>
            <strong className="num">{formatPoints(contributionOf(datum, d.id), lang)}</strong>
            <span className="breakdown-tip-detail num">
              {format(m.tipLine, {
                score: formatPoints(datum.scores[d.id] ?? 0, lang),
                share: formatNumber(d.share * 100, lang) + '%',
              })}
            </span>
          </li>
        ))}
        <li className="breakdown-tip-row breakdown-tip-total">
          <span />
          <span>{m.total}</span>
          <strong className="num">{formatPoints(datum.total, lang)}</strong>
        </li>
      </ul>
    </TooltipCard>
  );
}
