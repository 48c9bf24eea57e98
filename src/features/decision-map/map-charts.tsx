import { memo } from 'react';
import { ReferenceArea, ReferenceDot, ReferenceLine, ScatterChart, XAxis, YAxis } from 'recharts';

import { ChartFrame } from '../../components/charts/chart-frame';
import { CHART_PROPS, MINOR_TICK, TEXT_FILL } from '../../components/charts/chart-props';
import { HATCH_ID } from './axis-words';
import type { AxisView, MapView } from './to-map-view';
import type { StripView } from './to-strip-view';

// The recharts half of the decision-map panel, loaded lazily with recharts. Regions are
// reference areas in data coordinates, so the log axes place them; a hatch (an SVG pattern the
// panel defines once in the page) marks where no stack meets the requirements.

const MARKER = { r: 7, fill: 'var(--text)', stroke: 'var(--surface)', strokeWidth: 3 } as const;

function axisProps(view: AxisView) {
  const labels = new Map(view.ticks.map((t) => [t.value, t.label]));
  return {
    type: 'number' as const,
    scale: view.scale,
    domain: view.domain,
    allowDataOverflow: true,
    ticks: view.ticks.map((t) => t.value),
    tickFormatter: (v: number) => labels.get(v) ?? String(v),
    tick: MINOR_TICK,
    interval: 0 as const,
  };
}

/** The map: one coloured rectangle per region of equal #1, the current point on top. */
export const MapChart = memo(function MapChart({ view }: { view: MapView }) {
  return (
    <ChartFrame label={view.summary} height={340} className="decision-map-chart">
      <ScatterChart {...CHART_PROPS} margin={{ top: 12, right: 20, bottom: 8, left: 8 }}>
        <XAxis
          {...axisProps(view.x)}
          dataKey="x"
          height={44}
          label={{ value: view.x.label, position: 'insideBottom', fill: TEXT_FILL, fontSize: 13 }}
        />
        <YAxis
          {...axisProps(view.y)}
          dataKey="y"
          width={64}
          label={{
            value: view.y.label,
            angle: -90,
            position: 'insideLeft',
            fill: TEXT_FILL,
            fontSize: 13,
            style: { textAnchor: 'middle' },
          }}
        />
        {view.regions.map((r) => (
          <ReferenceArea
            key={r.key}
            x1={r.x1}
            x2={r.x2}
            y1={r.y1}
            y2={r.y2}
            fill={r.colour}
            fillOpacity={1}
            stroke="var(--surface)"
            strokeWidth={1}
            ifOverflow="hidden"
          />
        ))}
        {view.regions
          .filter((r) => r.hatched)
          .map((r) => (
            <ReferenceArea
              key={`hatch-${r.key}`}
              x1={r.x1}
              x2={r.x2}
              y1={r.y1}
              y2={r.y2}
              fill={`url(#${HATCH_ID})`}
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
        <ReferenceDot x={view.point.x} y={view.point.y} {...MARKER} ifOverflow="visible" />
      </ScatterChart>
    </ChartFrame>
  );
});

/** The strip: bands of equal #1 along one axis, numbered boundary lines, the current value. */
export const StripChart = memo(function StripChart({ view }: { view: StripView }) {
  return (
    <ChartFrame label={view.summary} height={132} className="decision-strip-chart">
      {/* The map's y axis is 64 px wide: the strip's x axis starts where the map's does. */}
      <ScatterChart {...CHART_PROPS} margin={{ top: 22, right: 20, bottom: 8, left: 72 }}>
        <XAxis
          {...axisProps(view.axis)}
          dataKey="x"
          height={44}
          label={{
            value: view.axis.label,
            position: 'insideBottom',
            fill: TEXT_FILL,
            fontSize: 13,
          }}
        />
        <YAxis type="number" dataKey="y" domain={[0, 1]} allowDataOverflow hide />
        {view.bands.map((b) => (
          <ReferenceArea
            key={b.key}
            x1={b.x1}
            x2={b.x2}
            y1={0}
            y2={1}
            fill={b.colour}
            fillOpacity={1}
            stroke="var(--surface)"
            strokeWidth={1}
            ifOverflow="hidden"
          />
        ))}
        {view.bands
          .filter((b) => b.hatched)
          .map((b) => (
            <ReferenceArea
              key={`hatch-${b.key}`}
              x1={b.x1}
              x2={b.x2}
              y1={0}
              y2={1}
              fill={`url(#${HATCH_ID})`}
              fillOpacity={1}
              ifOverflow="hidden"
            />
          ))}
        {view.boundaries.map((b, i) => (
          <ReferenceLine
            key={b.at}
            x={b.at}
            stroke="var(--text)"
            strokeWidth={2}
            strokeDasharray="4 3"
            label={{ value: String(i + 1), position: 'top', fill: TEXT_FILL, fontSize: 13 }}
          />
        ))}
        <ReferenceDot x={view.current} y={0.5} {...MARKER} ifOverflow="visible" />
      </ScatterChart>
    </ChartFrame>
  );
});
