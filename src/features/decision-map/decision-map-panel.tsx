import { useMemo, useState, type ReactNode } from 'react';

import { Panel } from '../../components/panel';
import { useLanguage } from '../../components/use-messages';
import { AXIS_RANGES, MAP_AXES, type MapAxis } from '../../engine/analysis/decision-map';
import { format } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useDecisionMap, useDecisionStrip } from '../../store/use-analysis';
import { useNames } from '../../store/use-ranking';
import { axisLabel, HATCH_ID, pickAxis, regionColours, type Axes } from './axis-words';
import { MapBody, StripBody } from './map-sections';
import { decisionMapMessages } from './messages';
import { toMapView, type ViewContext } from './to-map-view';
import { toStripView } from './to-strip-view';
import './decision-map.css';

/** A labelled select of the requirement an axis shows. */
function AxisSelect(props: {
  id: string;
  label: string;
  value: MapAxis;
  lang: 'zh' | 'en';
  onChange: (axis: MapAxis) => void;
}) {
  return (
    <div className="decision-map-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as MapAxis)}
      >
        {MAP_AXES.map((axis) => (
          <option key={axis} value={axis}>
            {axisLabel(axis, props.lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A section of the panel: its heading, the result or why there is none. */
function Section(props: { id: string; heading: string; busy: boolean; children: ReactNode }) {
  return (
    <section className="decision-map-section" aria-labelledby={props.id} aria-busy={props.busy}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.children}
    </section>
  );
}

/**
 * "Where does the recommendation flip?": the #1 stack over two requirements the user picks
 * (a map) and along one (a strip), with their table twins. Re-renders with the ranking's inputs
 * once they rest, the axes, the language and the catalogue's names.
 */
export function DecisionMapPanel() {
  const lang = useLanguage();
  const m = decisionMapMessages[lang];
  const names = useNames();
  const requirements = useAppStore((s) => s.requirements);
  const [axes, setAxes] = useState<Axes>({ x: 'nodes', y: 'memoryPerNodeMB', strip: 'nodes' });
  const [asTable, setAsTable] = useState(false);
  const map = useDecisionMap(AXIS_RANGES[axes.x], AXIS_RANGES[axes.y]);
  const strip = useDecisionStrip(AXIS_RANGES[axes.strip]);

  const colours = useMemo(
    () =>
      regionColours([
        ...(map.value?.tops ?? []),
        ...(strip.value?.segments.flatMap((s) => (s.top === null ? [] : [s.top])) ?? []),
      ]),
    [map.value, strip.value],
  );
  const ctx: ViewContext = useMemo(
    () => ({ names, requirements, colours, lang, m }),
    [names, requirements, colours, lang, m],
  );
  const mapView = useMemo(() => (map.value ? toMapView(map.value, ctx) : null), [map.value, ctx]);
  const stripView = useMemo(
    () => (strip.value ? toStripView(strip.value, ctx) : null),
    [strip.value, ctx],
  );
  const pick = (which: keyof Axes) => (axis: MapAxis) => setAxes((a) => pickAxis(a, which, axis));
  const missing = (pending: boolean) => (
    <p className="decision-map-note">{pending ? m.computing : m.unavailable}</p>
  );

  const actions = (
    <button type="button" className="button" onClick={() => setAsTable((v) => !v)}>
      {asTable ? m.showCharts : m.showTables}
    </button>
  );
  return (
    <Panel id="decision-map" title={m.title} className="decision-map-panel" actions={actions}>
      <svg className="decision-map-defs" aria-hidden="true" focusable="false">
        <defs>
          <pattern
            id={HATCH_ID}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="3" height="8" fill="var(--surface)" />
          </pattern>
        </defs>
      </svg>
      <p className="decision-map-intro">{m.intro}</p>
      <div className="decision-map-controls">
        <AxisSelect
          id="decision-map-x"
          label={m.xAxis}
          value={axes.x}
          lang={lang}
          onChange={pick('x')}
        />
        <AxisSelect
          id="decision-map-y"
          label={m.yAxis}
          value={axes.y}
          lang={lang}
          onChange={pick('y')}
        />
        <AxisSelect
          id="decision-map-strip"
          label={m.stripAxis}
          value={axes.strip}
          lang={lang}
          onChange={pick('strip')}
        />
      </div>
      <Section
        id="decision-map-map"
        heading={format(m.mapHeading, { x: axisLabel(axes.x, lang), y: axisLabel(axes.y, lang) })}
        busy={map.pending}
      >
        {mapView ? <MapBody view={mapView} asTable={asTable} m={m} /> : missing(map.pending)}
      </Section>
      <Section
        id="decision-map-strip-heading"
        heading={format(m.stripHeading, { axis: axisLabel(axes.strip, lang) })}
        busy={strip.pending}
      >
        {stripView ? (
          <StripBody view={stripView} asTable={asTable} m={m} />
        ) : (
          missing(strip.pending)
        )}
      </Section>
    </Panel>
  );
}
