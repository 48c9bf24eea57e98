import { useMemo, useState } from 'react';

import { Panel } from '../../components/panel';
import { stabilityVerdict } from '../../components/stability-words';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { MAX_WEIGHT, useAppStore } from '../../store/app-store';
import { useStability, useSweep } from '../../store/use-analysis';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { IntervalTable } from './interval-table';
import { sensitivityMessages } from './messages';
import { SweepBody } from './sweep-section';
import { defaultSweepDimension, toIntervalRows, weightText } from './to-interval-rows';
import { toSweepView, undrawnTakers } from './to-sweep-view';
import './sensitivity.css';

/**
 * "How stable is the #1?": the nearest rank reversal in words, every weight's stability
 * interval, and the top 5 stacks' scores as one weight sweeps its range (chart or table).
 * Re-renders with the analyses (every weight step for a small catalogue; when the worker
 * answers for a large one), the swept weight and the language.
 */
export function SensitivityPanel() {
  const lang = useLanguage();
  const m = sensitivityMessages[lang];
  const names = useNames();
  const { dimensions } = useCatalogue();
  const weights = useAppStore((s) => s.weights);
  const stability = useStability();
  const ids = useMemo(() => dimensions.map((d) => d.id), [dimensions]);
  const [picked, setPicked] = useState<string | null>(null);
  const [asTable, setAsTable] = useState(false);
  // The user's pick while the catalogue has it; else the weight of the nearest reversal.
  const dimension =
    picked !== null && ids.includes(picked) ? picked : defaultSweepDimension(stability.value, ids);
  const sweep = useSweep(dimension ?? '');
  const current = dimension === null ? 0 : (weights[dimension] ?? 0);

  const rows = useMemo(
    () => (stability.value ? toIntervalRows(stability.value, names, lang, m, MAX_WEIGHT) : []),
    [stability.value, names, lang, m],
  );
  const view = useMemo(
    () =>
      sweep.value && sweep.value.dimension === dimension
        ? toSweepView(sweep.value, current, names, lang, m)
        : null,
    [sweep.value, dimension, current, names, lang, m],
  );

  const undrawn = useMemo(
    () =>
      view && sweep.value
        ? undrawnTakers(
            stability.value?.intervals.find((i) => i.dimension === dimension),
            sweep.value,
            names,
            lang,
            m,
          )
        : [],
    [view, sweep.value, stability.value, dimension, names, lang, m],
  );
  const status = (analysis: { pending: boolean; error: string | null }, unavailable: string) => (
    <p className="sensitivity-note">
      {analysis.error ? format(unavailable, { reason: analysis.error }) : m.computing}
    </p>
  );
  const value = stability.value;
  const actions = (
    <button type="button" className="button" onClick={() => setAsTable((v) => !v)}>
      {asTable ? m.showChart : m.showTable}
    </button>
  );
  return (
    <Panel id="sensitivity" title={m.title} className="sensitivity-panel" actions={actions}>
      <p className="sensitivity-intro">{m.intro}</p>
      <div className="sensitivity-summary" aria-busy={stability.pending}>
        {value === null ? (
          status(stability, m.unavailable)
        ) : (
          <>
            <p className="sensitivity-verdict">{stabilityVerdict(value, names, lang)}</p>
            {value.top !== null ? (
              <p className="sensitivity-note">
                {format(m.current, { name: names.stack(value.top) })} ·{' '}
                {value.exact ? m.exact : m.approximate}
              </p>
            ) : null}
          </>
        )}
      </div>
      {rows.length > 0 ? (
        <section className="sensitivity-section" aria-labelledby="sensitivity-intervals">
          <h3 id="sensitivity-intervals">{m.intervalsHeading}</h3>
          <IntervalTable rows={rows} m={m} />
        </section>
      ) : null}
      {dimension !== null && value !== null && value.top !== null ? (
        <section
          className="sensitivity-section"
          aria-labelledby="sensitivity-sweep"
          aria-busy={sweep.pending}
        >
          <h3 id="sensitivity-sweep">
            {format(m.sweepHeading, {
              dimension: names.dimension(dimension, lang),
              max: weightText(MAX_WEIGHT, lang),
            })}
          </h3>
          <div className="sensitivity-field">
            <label htmlFor="sensitivity-dimension">{m.sweepSelect}</label>
            <select
              id="sensitivity-dimension"
              value={dimension}
              onChange={(e) => setPicked(e.currentTarget.value)}
            >
              {dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {names.dimension(d.id, lang)}
                </option>
              ))}
            </select>
          </div>
          <p className="sensitivity-note">{m.sweepIntro}</p>
          {view ? (
            <SweepBody view={view} undrawn={undrawn} asTable={asTable} lang={lang} m={m} />
          ) : (
            status(sweep, m.sweepUnavailable)
          )}
        </section>
      ) : null}
    </Panel>
  );
}
