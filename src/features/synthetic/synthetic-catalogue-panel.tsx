import { useId, useState } from 'react';

import { syntheticCatalogue } from '../../catalogue/synthetic';
import { Panel } from '../../components/panel';
import { useLanguage, useMessages } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import { useAppStore, type AppState } from '../../store/app-store';
import { syntheticMessages } from './messages';
import {
  rangeWords,
  syntheticFormWords,
  toSyntheticForm,
  type SyntheticField,
  type SyntheticFields,
} from './to-synthetic-form';
import './synthetic.css';

const selectLastEdit = (s: AppState) => s.catalogueUndo.at(-1)?.edit;
const FIELDS: SyntheticField[] = ['options', 'layers', 'seed'];
/** 10 options in each of 6 layers: the issue's 10⁶ stacks, from the benchmarks' seed. */
const START: SyntheticFields = { options: '10', layers: '6', seed: '17' };

/**
 * The Catalogue view's Synthetic catalogue panel: options per layer, layers and a seed, the
 * stacks they make, Generate (replaces the catalogue as one undoable edit) and the link that
 * opens the same catalogue. Re-renders with the language, its fields and the last catalogue edit.
 */
export function SyntheticCataloguePanel() {
  const m = useMessages(syntheticMessages);
  const lang = useLanguage();
  const setCatalogue = useAppStore((s) => s.setCatalogue);
  const undoCatalogue = useAppStore((s) => s.undoCatalogue);
  const lastEdit = useAppStore(selectLastEdit);
  const [fields, setFields] = useState(START);
  const id = useId();
  const form = toSyntheticForm(fields);
  const words = syntheticFormWords(form, m, lang);
  const href = form.link === null ? null : `${import.meta.env.BASE_URL}${form.link}`;
  // The whole address, to copy into a chat or a benchmark note.
  const address = href === null ? null : new URL(href, window.location.href).href;

  const generate = () => {
    if (!form.choice) return;
    const { options, layers } = form.choice;
    setCatalogue(syntheticCatalogue(form.choice), {
      action: 'synthetic',
      subject: `${options}x${layers}`,
    });
  };

  return (
    <Panel id="catalogue-synthetic" title={m.title} className="syn">
      <p className="syn-lead">{m.intro}</p>
      <form
        className="syn-form"
        onSubmit={(e) => {
          e.preventDefault();
          generate();
        }}
      >
        {FIELDS.map((field) => {
          const problem = words.problems[field];
          return (
            <div className="syn-field" key={field}>
              <label htmlFor={`${id}-${field}`}>{m[field]}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                className="num"
                value={fields[field]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={`${id}-${field}-range${problem ? ` ${id}-${field}-error` : ''}`}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setFields((f) => ({ ...f, [field]: value }));
                }}
              />
              <span id={`${id}-${field}-range`} className="syn-range num">
                {rangeWords(field, m, lang)}
              </span>
            </div>
          );
        })}
        <button type="submit" className="button button-primary" disabled={form.choice === null}>
          {m.generate}
        </button>
      </form>
      <div className="syn-result" role="status">
        {words.count !== null ? <p className="syn-count num">{words.count}</p> : null}
        {(['options', 'layers', 'seed', 'stacks'] as const).map((p) =>
          words.problems[p] ? (
            <p key={p} id={`${id}-${p}-error`} className="syn-error">
              {words.problems[p]}
            </p>
          ) : null,
        )}
      </div>
      {href !== null ? (
        <p className="syn-link">
          <a href={href}>{m.openLink}</a> <code>{address}</code>
          <span className="syn-link-note"> — {m.linkNote}</span>
        </p>
      ) : null}
      <div className="syn-status" role="status">
        {lastEdit?.action === 'synthetic' ? (
          <>
            <span>{format(m.generated, { size: lastEdit.subject ?? '' })}</span>
            <button type="button" className="button" onClick={undoCatalogue}>
              {m.undo}
            </button>
          </>
        ) : null}
      </div>
    </Panel>
  );
}
