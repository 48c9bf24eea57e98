import { useMemo, useState, type CSSProperties } from 'react';

import { DataTable } from '../../components/data-table';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import { AHP_METHODS, type AhpMethod } from '../../engine/analysis/ahp';
import { useAppStore, type AppState } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { ahpMessages } from './messages';
import { toAhpView, withJudgement, type AhpView } from './to-ahp-view';
import './ahp.css';

const selectWeights = (s: AppState) => s.weights;
const selectJudgements = (s: AppState) => s.judgements;
const selectSetJudgements = (s: AppState) => s.setJudgements;
const selectSetWeights = (s: AppState) => s.setWeights;

type Strings = (typeof ahpMessages)['en'];

/** One select per pair of dimensions, named "A vs B", valued on Saaty's scale. */
function JudgementFields({
  view,
  m,
  onChange,
}: {
  view: AhpView;
  m: Strings;
  onChange: (index: number, k: number) => void;
}) {
  return (
    <fieldset className="ahp-judgements">
      <legend>{m.judgements}</legend>
      {view.fresh ? <p className="ahp-note">{m.fresh}</p> : null}
      <ul className="ahp-pairs">
        {view.fields.map((field) => (
          <li key={field.id} className="ahp-pair">
            <label htmlFor={field.id}>{field.label}</label>
            <select
              id={field.id}
              value={field.value}
              onChange={(e) => onChange(field.index, Number(e.currentTarget.value))}
            >
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The priority vector as a table (a bar in each row), then λmax, CI, RI, CR and the verdict. */
function Results({ view, m }: { view: AhpView; m: Strings }) {
  return (
    <div className="ahp-results">
      <DataTable
        focusable
        className="ahp-table"
        caption={m.priorities}
        columns={[
          m.dimension,
          { label: m.priority, numeric: true },
          { label: m.applyWeight, numeric: true },
          { label: m.currentWeight, numeric: true },
        ]}
      >
        {view.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td className="num-col">
              <span className="ahp-bar" aria-hidden="true">
                <span style={{ '--share': row.priority } as CSSProperties} />
              </span>
              <span className="num">{row.percent}</span>
            </td>
            <td className="num-col num">{row.applyWeight}</td>
            <td className="num-col num">{row.currentWeight}</td>
          </tr>
        ))}
      </DataTable>
      <dl className="ahp-figures" aria-label={m.consistency}>
        {view.figures.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd className="num">{f.value}</dd>
          </div>
        ))}
      </dl>
      <p className={`ahp-verdict ahp-verdict-${view.verdict.tone}`} role="status">
        {view.verdict.text}
      </p>
    </div>
  );
}

/**
 * Pairwise weights: Saaty judgements between the catalogue's dimensions, their priorities and
 * consistency, and "apply" to set the sliders. The judgements live in the store (links,
 * presets); re-renders on judgement, weight, catalogue or language change.
 */
export function AhpPanel() {
  const m = useMessages(ahpMessages);
  const lang = useLanguage();
  const { dimensions } = useCatalogue();
  const weights = useAppStore(selectWeights);
  const stored = useAppStore(selectJudgements);
  const setJudgements = useAppStore(selectSetJudgements);
  const setWeights = useAppStore(selectSetWeights);
  const [method, setMethod] = useState<AhpMethod>('eigenvector');
  const view = useMemo(
    () => toAhpView({ stored, dimensions, weights, method, lang, m }),
    [stored, dimensions, weights, method, lang, m],
  );
  if (dimensions.length < 2)
    return (
      <Panel id="ahp" title={m.title} className="ahp-panel">
        <p className="ahp-note">{m.tooFew}</p>
      </Panel>
    );
  const actions = (
    <>
      <button
        type="button"
        className="button"
        title={m.fromSlidersHint}
        onClick={() => setJudgements(view.fromSliders)}
      >
        {m.fromSliders}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={() => {
          setWeights(view.applyWeights);
          setJudgements(view.judgements);
        }}
      >
        {m.apply}
      </button>
    </>
  );
  return (
    <Panel id="ahp" title={m.title} actions={actions} className="ahp-panel">
      <p className="ahp-note">{m.intro}</p>
      <div className="ahp-method">
        <span id="ahp-method-label">{m.method}</span>
        <div className="segmented" role="group" aria-labelledby="ahp-method-label">
          {AHP_METHODS.map((value) => (
            <button
              key={value}
              type="button"
              aria-pressed={method === value}
              onClick={() => setMethod(value)}
            >
              {m[value]}
            </button>
          ))}
        </div>
      </div>
      <div className="ahp-layout">
        <JudgementFields
          view={view}
          m={m}
          onChange={(index, k) => setJudgements(withJudgement(view.judgements, index, k))}
        />
        <Results view={view} m={m} />
      </div>
      {view.applied ? <p className="ahp-note">{m.applied}</p> : null}
    </Panel>
  );
}
