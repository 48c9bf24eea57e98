import { lazy, Suspense, type CSSProperties } from 'react';

import { DataTable } from '../../components/data-table';
import type { DecisionMapText } from './messages';
import type { BoundaryList, MapView } from './to-map-view';
import type { StripView } from './to-strip-view';

// The bodies of the panel's two sections: legend, chart or table twin, notes, boundaries.

// recharts stays out of the panel's own chunk: the charts arrive with it.
const MapChart = lazy(() => import('./map-charts').then((m) => ({ default: m.MapChart })));
const StripChart = lazy(() => import('./map-charts').then((m) => ({ default: m.StripChart })));

/** The swatches of the #1 stacks; with the chart, its current-point marker and hatch too. */
function Legend({
  items,
  hatched,
  chart,
  m,
}: {
  items: MapView['legend'];
  hatched: boolean;
  /** The chart is shown: its marker and hatch are explained too. */
  chart: boolean;
  m: DecisionMapText;
}) {
  return (
    <ul className="decision-map-legend" aria-label={m.legend}>
      {items.map((item) => (
        <li key={item.id}>
          <span
            className="decision-map-swatch"
            aria-hidden="true"
            style={{ '--swatch': item.colour } as CSSProperties}
          />
          {item.name}
        </li>
      ))}
      {chart ? (
        <li>
          <span className="decision-map-marker" aria-hidden="true" />
          {m.current}
        </li>
      ) : null}
      {chart && hatched ? (
        <li>
          <span className="decision-map-swatch decision-map-hatch-swatch" aria-hidden="true" />
          {m.hatched}
        </li>
      ) : null}
    </ul>
  );
}

/** Where the #1 changes, in words (numbered as the strip's lines), or that it never does. */
function Boundaries({
  list,
  m,
  numbered,
}: {
  list: BoundaryList | StripView['boundaries'];
  m: DecisionMapText;
  numbered?: boolean;
}) {
  const items = Array.isArray(list) ? list : list.items;
  if (items.length === 0) return <p className="decision-map-note">{m.noBoundaries}</p>;
  const content = items.map((b) => <li key={b.at}>{b.text}</li>);
  return numbered ? (
    <ol className="decision-map-boundaries">{content}</ol>
  ) : (
    <ul className="decision-map-boundaries">{content}</ul>
  );
}

const chartFallback = (
  <div className="chart-placeholder decision-map-placeholder" aria-hidden="true" />
);

/** The map: exactness, legend, chart or regions table, where the current point is, boundaries. */
export function MapBody({
  view,
  asTable,
  m,
}: {
  view: MapView;
  asTable: boolean;
  m: DecisionMapText;
}) {
  return (
    <>
      <p className="decision-map-note">{view.note}</p>
      <Legend
        items={view.legend}
        hatched={view.regions.some((r) => r.hatched)}
        chart={!asTable}
        m={m}
      />
      {asTable ? (
        <DataTable
          focusable
          className="decision-map-table"
          caption={m.regionsCaption}
          columns={[view.x.label, view.y.label, m.top, m.fit]}
        >
          {view.regions.map((r) => (
            <tr key={r.key}>
              <td className="num">{r.cells[0]}</td>
              <td className="num">{r.cells[1]}</td>
              <th scope="row">{r.cells[2]}</th>
              <td>{r.cells[3]}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Suspense fallback={chartFallback}>
          <MapChart view={view} />
        </Suspense>
      )}
      {view.pointNote ? <p className="decision-map-note">{view.pointNote}</p> : null}
      {view.boundaries.map((list) => (
        <div key={list.axis} className="decision-map-along">
          <h4>{list.heading}</h4>
          <Boundaries list={list} m={m} />
        </div>
      ))}
    </>
  );
}

/** The strip: exactness, legend, chart or stretches table, the current value, numbered boundaries. */
export function StripBody({
  view,
  asTable,
  m,
}: {
  view: StripView;
  asTable: boolean;
  m: DecisionMapText;
}) {
  return (
    <>
      <p className="decision-map-note">{view.note}</p>
      <Legend
        items={view.legend}
        hatched={view.bands.some((b) => b.hatched)}
        chart={!asTable}
        m={m}
      />
      {asTable ? (
        <DataTable
          focusable
          className="decision-map-table"
          caption={m.stripCaption}
          columns={[m.from, m.to, m.top, m.fit]}
        >
          {view.bands.map((b) => (
            <tr key={b.key}>
              <td className="num">{b.cells[0]}</td>
              <td className="num">{b.cells[1]}</td>
              <th scope="row">{b.cells[2]}</th>
              <td>{b.cells[3]}</td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <Suspense fallback={chartFallback}>
          <StripChart view={view} />
        </Suspense>
      )}
      {view.currentNote ? <p className="decision-map-note">{view.currentNote}</p> : null}
      <h4>{m.boundaries}</h4>
      <Boundaries list={view.boundaries} m={m} numbered />
    </>
  );
}
