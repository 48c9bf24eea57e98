import { FACT_KEYS, LEVELS, POLICY_SUPPORT, UNITS } from '../../catalogue/ids';
import type { Catalogue, Language } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { SourceRef } from '../../components/source-ref';
import { format } from '../../i18n/messages';
import {
  emptyRow,
  sourceNeeded,
  suggestedShape,
  VALUE_KINDS,
  type FactRow,
  type RowError,
} from './fact-row';
import { SelectField, TextField } from './fields';
import type { FormStrings } from './form-messages';
import { newRowId } from './technology-form';

interface FactRowsProps {
  rows: FactRow[];
  onChange: (rows: FactRow[]) => void;
  errors: readonly RowError[];
  catalogue: Catalogue;
  lang: Language;
  m: FormStrings;
  idPrefix: string;
}

const STAR_OPTIONS = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: '★'.repeat(+v) }));

/** The technology form's facts: one group per fact (kind, value, unit, source, note), add and remove. */
export function FactRows({ rows, onChange, errors, catalogue, lang, m, idPrefix }: FactRowsProps) {
  const keyOptions = FACT_KEYS.map((k) => ({ value: k, label: FACT_LABELS[k][lang] }));
  const kindOptions = VALUE_KINDS.map((k) => ({ value: k, label: m[k] }));
  const unitOptions = UNITS.map((u) => ({ value: u, label: u }));
  const levelOptions = LEVELS.map((l) => ({ value: l, label: m[l] }));
  const policyOptions = POLICY_SUPPORT.map((p) => ({ value: p, label: m[p] }));
  const update = (rowId: string, change: Partial<FactRow>) =>
    onChange(rows.map((r) => (r.rowId === rowId ? { ...r, ...change } : r)));
  const faulty = (row: FactRow, part: RowError['part']) =>
    errors.some((e) => e.row === row.rowId && e.part === part);
  const addRow = () => {
    const used = new Set(rows.map((r) => r.key));
    const key = FACT_KEYS.find((k) => !used.has(k)) ?? FACT_KEYS[0];
    onChange([...rows, emptyRow(catalogue, key, newRowId())]);
  };

  return (
    <div className="editor-facts">
      {rows.map((row, i) => {
        const n = i + 1;
        const id = (part: string) => `${idPrefix}-${row.rowId}-${part}`;
        const seedFact =
          row.original && row.original.fact.source !== 'user' ? row.original.fact : null;
        return (
          <fieldset key={row.rowId} className="editor-fact">
            <legend>{format(m.factLegend, { n, label: FACT_LABELS[row.key][lang] })}</legend>
            <div className="editor-fact-grid">
              <SelectField
                id={id('key')}
                label={m.factKey}
                value={row.key}
                options={keyOptions}
                invalid={faulty(row, 'key')}
                onChange={(key) => {
                  if (row.original) return update(row.rowId, { key });
                  const shape = suggestedShape(catalogue, key);
                  update(row.rowId, { key, kind: shape.kind, unit: shape.unit ?? row.unit });
                }}
              />
              <SelectField
                id={id('kind')}
                label={m.valueKind}
                value={row.kind}
                options={kindOptions}
                onChange={(kind) => update(row.rowId, { kind })}
              />
              <ValueInputs
                row={row}
                id={id}
                m={m}
                faulty={faulty}
                update={update}
                options={{ unitOptions, levelOptions, policyOptions }}
              />
              <TextField
                id={id('source')}
                label={m.source}
                value={row.source}
                required={sourceNeeded(row)}
                invalid={faulty(row, 'source')}
                className="editor-fact-source"
                onChange={(source) => update(row.rowId, { source })}
                hint={
                  seedFact ? (
                    <>
                      <SourceRef
                        section={seedFact.source}
                        lang={lang}
                        reading={seedFact.reading?.rationale}
                      />{' '}
                      {m.seedFact}
                    </>
                  ) : undefined
                }
              />
              <TextField
                id={id('note-en')}
                label={m.noteEn}
                value={row.noteEn}
                onChange={(noteEn) => update(row.rowId, { noteEn })}
              />
              <TextField
                id={id('note-zh')}
                label={m.noteZh}
                value={row.noteZh}
                onChange={(noteZh) => update(row.rowId, { noteZh })}
              />
            </div>
            <button
              type="button"
              className="button editor-fact-remove"
              onClick={() => onChange(rows.filter((r) => r.rowId !== row.rowId))}
            >
              {format(m.removeFact, { n })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={addRow}>
        {m.addFact}
      </button>
    </div>
  );
}

type Option<T extends string> = { value: T; label: string };

interface ValueInputsProps {
  row: FactRow;
  id: (part: string) => string;
  m: FormStrings;
  faulty: (row: FactRow, part: RowError['part']) => boolean;
  update: (rowId: string, change: Partial<FactRow>) => void;
  options: {
    unitOptions: Option<FactRow['unit']>[];
    levelOptions: Option<FactRow['level']>[];
    policyOptions: Option<FactRow['policy']>[];
  };
}

/** The inputs of one value kind: a figure or a range with its unit, stars, yes / no, a level, a text. */
function ValueInputs({ row, id, m, faulty, update, options }: ValueInputsProps) {
  const set = (change: Partial<FactRow>) => update(row.rowId, change);
  const unit = (
    <SelectField
      id={id('unit')}
      label={m.unit}
      value={row.unit}
      options={options.unitOptions}
      onChange={(u) => set({ unit: u })}
    />
  );
  switch (row.kind) {
    case 'number':
      return (
        <>
          <TextField
            id={id('value')}
            label={m.value}
            value={row.value}
            type="number"
            required
            invalid={faulty(row, 'value')}
            onChange={(value) => set({ value })}
          />
          {unit}
        </>
      );
    case 'range':
      return (
        <>
          <TextField
            id={id('min')}
            label={m.from}
            value={row.min}
            type="number"
            required
            invalid={faulty(row, 'min')}
            onChange={(min) => set({ min })}
          />
          <TextField
            id={id('max')}
            label={m.to}
            value={row.max}
            type="number"
            required
            invalid={faulty(row, 'max')}
            onChange={(max) => set({ max })}
          />
          {unit}
        </>
      );
    case 'stars':
      return (
        <SelectField
          id={id('stars')}
          label={m.stars}
          value={row.stars}
          options={STAR_OPTIONS}
          onChange={(stars) => set({ stars })}
        />
      );
    case 'bool':
      return (
        <SelectField
          id={id('yes')}
          label={m.value}
          value={row.yes ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: m.yes },
            { value: 'no', label: m.no },
          ]}
          onChange={(v) => set({ yes: v === 'yes' })}
        />
      );
    case 'level':
      return (
        <SelectField
          id={id('level')}
          label={m.level}
          value={row.level}
          options={options.levelOptions}
          onChange={(level) => set({ level })}
        />
      );
    case 'policySupport':
      return (
        <SelectField
          id={id('policy')}
          label={m.policySupport}
          value={row.policy}
          options={options.policyOptions}
          onChange={(policy) => set({ policy })}
        />
      );
    case 'text':
    case 'unknown':
      return (
        <>
          <TextField
            id={id('text-en')}
            label={m.textEn}
            value={row.textEn}
            required={row.textZh.trim() === ''}
            hint={m.requiredPairHint}
            invalid={faulty(row, 'text')}
            onChange={(textEn) => set({ textEn })}
          />
          <TextField
            id={id('text-zh')}
            label={m.textZh}
            value={row.textZh}
            required={row.textEn.trim() === ''}
            hint={m.requiredPairHint}
            invalid={faulty(row, 'text')}
            onChange={(textZh) => set({ textZh })}
          />
        </>
      );
  }
}
