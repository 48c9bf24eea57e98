import { useId, useState } from 'react';

import type { Catalogue, CompatibilityRule, Language } from '../../catalogue/types';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import type { CatalogueEdit } from '../../store/app-store';
import { useCatalogue, useNames } from '../../store/use-ranking';
import { addRule, RULE_KINDS, updateRule } from './edit-catalogue';
import { RequiredMark, SelectField, TextField } from './fields';
import { FormDialog } from './form-dialog';
import { fieldProblems, formMessages } from './form-messages';
import {
  emptyRuleDraft,
  ruleDraftOf,
  ruleFromDraft,
  type RuleDraft,
  type RuleError,
} from './rule-form';
import { useDraftEdit } from './use-apply-edit';

interface ChecksProps {
  legend: string;
  /** Marks the legend: at least one technology must be checked. */
  required?: boolean;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  catalogue: Catalogue;
  lang: Language;
  invalid: boolean;
}

/** Checkboxes for every technology, by layer, in catalogue order. */
function TechnologyChecks({
  legend,
  required,
  value,
  onChange,
  catalogue,
  lang,
  invalid,
}: ChecksProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(
      on
        ? catalogue.technologies.map((t) => t.id).filter((t) => t === id || value.includes(t))
        : value.filter((v) => v !== id),
    );
  return (
    <fieldset className="editor-checks" aria-invalid={invalid ? true : undefined}>
      <legend>
        {legend} {required ? <RequiredMark /> : null}
      </legend>
      {catalogue.layers.map((layer) => (
        <div key={layer.id} className="editor-checks-layer">
          <span className="editor-checks-head">{layer.name[lang]}</span>
          {catalogue.technologies
            .filter((t) => t.layer === layer.id)
            .map((t) => (
              <label key={t.id} className="editor-check">
                <input
                  type="checkbox"
                  checked={value.includes(t.id)}
                  onChange={(e) => toggle(t.id, e.currentTarget.checked)}
                />
                {t.name}
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}

interface RuleDialogProps {
  editing?: CompatibilityRule;
  onClose: () => void;
  onDone: (edit: CatalogueEdit) => void;
}

/** Add or edit a compatibility rule: requires / excludes / warns, its technologies, a reason and a source. */
export function RuleDialog({ editing, onClose, onDone }: RuleDialogProps) {
  const lang = useLanguage();
  const m = formMessages[lang];
  const uid = useId();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<RuleDraft>(() =>
    editing ? ruleDraftOf(editing) : emptyRuleDraft(catalogue),
  );
  const { errors, invalid, has, refuse, run } = useDraftEdit<RuleError>(onDone);
  const techOptions = [
    { value: '', label: m.choose },
    ...catalogue.technologies.map((t) => ({ value: t.id, label: t.name })),
  ];
  const names = useNames();

  const save = () => {
    const result = ruleFromDraft(draft);
    if (!result.ok) return refuse(result.errors);
    const { input } = result;
    const next = editing ? updateRule(catalogue, editing.id, input) : addRule(catalogue, input);
    const subject = editing
      ? editing.id
      : [input.technology, ...input.others, ...(input.unless ?? [])]
          .map(names.technology)
          .join(' + ');
    run(next, { action: editing ? 'editRule' : 'addRule', subject });
  };

  const fieldNames = {
    technology: m.technology,
    others: m.others,
    other: m.other,
    when: m.when,
    unless: m.unless,
    reason: m.reason,
    source: m.source,
  };
  return (
    <FormDialog
      title={editing ? format(m.editRuleTitle, { id: editing.id }) : m.addRuleTitle}
      onSubmit={save}
      onClose={onClose}
      problems={fieldProblems(errors, fieldNames, m, lang)}
      invalid={invalid}
    >
      <fieldset className="editor-kinds">
        <legend>{m.kindLegend}</legend>
        {RULE_KINDS.map((kind) => (
          <label key={kind} className="editor-kind">
            <input
              type="radio"
              name={`${uid}-kind`}
              value={kind}
              checked={draft.kind === kind}
              onChange={() => setDraft({ ...draft, kind })}
            />
            <span>
              <strong>{m[kind]}</strong> — {m[`${kind}Why`]}
            </span>
          </label>
        ))}
      </fieldset>
      {draft.kind === 'warns' ? (
        <>
          <TechnologyChecks
            legend={m.when}
            required
            value={draft.when}
            catalogue={catalogue}
            lang={lang}
            invalid={has('when')}
            onChange={(when) => setDraft({ ...draft, when })}
          />
          <TechnologyChecks
            legend={m.unless}
            value={draft.unless}
            catalogue={catalogue}
            lang={lang}
            invalid={has('unless')}
            onChange={(unless) => setDraft({ ...draft, unless })}
          />
        </>
      ) : (
        <>
          <SelectField
            id={`${uid}-a`}
            label={m.technology}
            value={draft.technology}
            options={techOptions}
            required
            invalid={has('technology')}
            onChange={(technology) => setDraft({ ...draft, technology })}
          />
          {draft.kind === 'requires' ? (
            <TechnologyChecks
              legend={m.others}
              required
              value={draft.others}
              catalogue={catalogue}
              lang={lang}
              invalid={has('others')}
              onChange={(others) => setDraft({ ...draft, others })}
            />
          ) : (
            <SelectField
              id={`${uid}-b`}
              label={m.other}
              value={draft.other}
              options={techOptions}
              required
              invalid={has('other')}
              onChange={(other) => setDraft({ ...draft, other })}
            />
          )}
        </>
      )}
      <div className="editor-form-grid editor-form-pair">
        <TextField
          id={`${uid}-reason-en`}
          label={m.reasonEn}
          value={draft.reasonEn}
          multiline
          required={draft.reasonZh.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('reason')}
          onChange={(reasonEn) => setDraft({ ...draft, reasonEn })}
        />
        <TextField
          id={`${uid}-reason-zh`}
          label={m.reasonZh}
          value={draft.reasonZh}
          multiline
          required={draft.reasonEn.trim() === ''}
          hint={m.requiredPairHint}
          invalid={has('reason')}
          onChange={(reasonZh) => setDraft({ ...draft, reasonZh })}
        />
      </div>
      <TextField
        id={`${uid}-source`}
        label={m.source}
        value={draft.source}
        required
        hint={m.sourceHint}
        invalid={has('source')}
        onChange={(source) => setDraft({ ...draft, source })}
      />
    </FormDialog>
  );
}
