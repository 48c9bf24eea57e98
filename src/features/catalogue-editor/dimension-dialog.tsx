import { useId, useState } from 'react';

import { FACT_KEYS } from '../../catalogue/ids';
import { AGGREGATIONS, NORMALISATION_RULES } from '../../catalogue/schema';
import type { Dimension } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import type { CatalogueEdit } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import {
  dimensionDraftOf,
  dimensionFromDraft,
  emptyDimensionDraft,
  type DimensionDraft,
  type DimensionError,
} from './dimension-form';
import { addDimension, updateDimension } from './edit-catalogue';
import { SelectField, TextField } from './fields';
import { FormDialog } from './form-dialog';
import { fieldProblems, formMessages } from './form-messages';
import { ruleWords } from './metric-words';
import { newRowId } from './technology-form';
import { useDraftEdit } from './use-apply-edit';

interface DimensionDialogProps {
  editing?: Dimension;
  onClose: () => void;
  onDone: (edit: CatalogueEdit) => void;
}

/** Add or edit a dimension: name, what it measures, metrics with their rules, aggregation, default weight. */
export function DimensionDialog({ editing, onClose, onDone }: DimensionDialogProps) {
  const lang = useLanguage();
  const m = formMessages[lang];
  const uid = useId();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<DimensionDraft>(() =>
    editing ? dimensionDraftOf(editing) : emptyDimensionDraft(),
  );
  const { errors, invalid, has, refuse, run } = useDraftEdit<DimensionError>(onDone);
  const factOptions = FACT_KEYS.map((k) => ({ value: k, label: FACT_LABELS[k][lang] }));
  const ruleOptions = NORMALISATION_RULES.map((r) => ({ value: r, label: ruleWords(r, m).name }));
  const aggregationOptions = AGGREGATIONS.map((a) => ({ value: a, label: m[a] }));
  const setMetric = (rowId: string, change: Partial<DimensionDraft['metrics'][number]>) =>
    setDraft({
      ...draft,
      metrics: draft.metrics.map((r) =>
        r.rowId !== rowId
          ? r
          : // A requirement tie belongs to the loaded fact: another fact drops it.
            {
              ...r,
              ...change,
              ...(change.fact && change.fact !== r.fact ? { requirement: undefined } : {}),
            },
      ),
    });

  const save = () => {
    const result = dimensionFromDraft(draft, editing === undefined);
    if (!result.ok) return refuse(result.errors);
    const name = result.input.name[lang] || result.input.name.en || result.input.name.zh;
    const next = editing
      ? updateDimension(catalogue, editing.id, result.change)
      : addDimension(catalogue, result.input);
    run(next, { action: editing ? 'editDimension' : 'addDimension', subject: name });
  };

  const fieldNames = {
    name: m.name,
    indicators: m.indicators,
    defaultWeight: m.defaultWeight,
    metrics: m.metrics,
    source: m.source,
  };
  const title = editing
    ? format(m.editDimensionTitle, { name: editing.name[lang] })
    : m.addDimensionTitle;
  return (
    <FormDialog
      title={title}
      onSubmit={save}
      onClose={onClose}
      problems={fieldProblems(errors, fieldNames, m, lang)}
      invalid={invalid}
    >
      <div className="editor-form-grid editor-form-pair">
        <TextField
          id={`${uid}-name-en`}
          label={m.nameEn}
          value={draft.nameEn}
          required={draft.nameZh.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('name')}
          onChange={(nameEn) => setDraft({ ...draft, nameEn })}
        />
        <TextField
          id={`${uid}-name-zh`}
          label={m.nameZh}
          value={draft.nameZh}
          required={draft.nameEn.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('name')}
          onChange={(nameZh) => setDraft({ ...draft, nameZh })}
        />
        <TextField
          id={`${uid}-ind-en`}
          label={m.indicatorsEn}
          value={draft.indicatorsEn}
          required={draft.indicatorsZh.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('indicators')}
          onChange={(indicatorsEn) => setDraft({ ...draft, indicatorsEn })}
        />
        <TextField
          id={`${uid}-ind-zh`}
          label={m.indicatorsZh}
          value={draft.indicatorsZh}
          required={draft.indicatorsEn.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('indicators')}
          onChange={(indicatorsZh) => setDraft({ ...draft, indicatorsZh })}
        />
      </div>
      <div className="editor-form-grid">
        <TextField
          id={`${uid}-weight`}
          label={m.defaultWeight}
          value={draft.defaultWeight}
          type="number"
          required
          invalid={has('defaultWeight')}
          onChange={(defaultWeight) => setDraft({ ...draft, defaultWeight })}
        />
        <SelectField
          id={`${uid}-aggregation`}
          label={m.aggregation}
          value={draft.aggregation}
          options={aggregationOptions}
          hint={m[`${draft.aggregation}Why`]}
          onChange={(aggregation) => setDraft({ ...draft, aggregation })}
        />
      </div>
      <section className="editor-form-section" aria-labelledby={`${uid}-metrics`}>
        <h3 id={`${uid}-metrics`}>{m.metrics}</h3>
        <p className="editor-hint">{m.metricsHint}</p>
        {draft.metrics.map((row, i) => (
          <fieldset key={row.rowId} className="editor-fact">
            <legend>{format(m.metricN, { n: i + 1 })}</legend>
            <div className="editor-fact-grid">
              <SelectField
                id={`${uid}-${row.rowId}-fact`}
                label={m.metricFact}
                value={row.fact}
                options={factOptions}
                invalid={errors.some((e) => e.row === row.rowId)}
                onChange={(fact) => setMetric(row.rowId, { fact })}
              />
              <SelectField
                id={`${uid}-${row.rowId}-rule`}
                label={m.metricRule}
                value={row.rule}
                options={ruleOptions}
                hint={ruleWords(row.rule, m).why}
                className="editor-wide"
                onChange={(rule) => setMetric(row.rowId, { rule })}
              />
            </div>
            <button
              type="button"
              className="button editor-fact-remove"
              onClick={() =>
                setDraft({
                  ...draft,
                  metrics: draft.metrics.filter((r) => r.rowId !== row.rowId),
                })
              }
            >
              {format(m.removeMetric, { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft({
              ...draft,
              metrics: [
                ...draft.metrics,
                { rowId: newRowId(), fact: 'memoryFootprint', rule: 'lowerLog' },
              ],
            })
          }
        >
          {m.addMetric}
        </button>
      </section>
      <TextField
        id={`${uid}-source`}
        label={editing ? m.sourceOptional : m.source}
        value={draft.source}
        hint={editing ? m.sourceOptionalHint : m.sourceHint}
        required={!editing}
        invalid={has('source')}
        onChange={(source) => setDraft({ ...draft, source })}
      />
    </FormDialog>
  );
}
