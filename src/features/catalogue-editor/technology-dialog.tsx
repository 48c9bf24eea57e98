import { useId, useState } from 'react';

import type { Layer, Technology } from '../../catalogue/types';
import { FACT_LABELS } from '../../components/format-fact';
import { useLanguage } from '../../components/use-messages';
import { format } from '../../i18n/messages';
import type { CatalogueEdit } from '../../store/app-store';
import { useCatalogue } from '../../store/use-ranking';
import { CoverageList } from './coverage-list';
import { addTechnology, updateTechnology } from './edit-catalogue';
import { FactRows } from './fact-rows';
import { SelectField, TextField } from './fields';
import { FormDialog } from './form-dialog';
import { formMessages, problemText, type FormStrings } from './form-messages';
import {
  draftOf,
  emptyDraft,
  technologyFromDraft,
  withName,
  type DraftError,
  type TechnologyDraft,
} from './technology-form';
import { useDraftEdit } from './use-apply-edit';

interface TechnologyDialogProps {
  /** The technology to edit; absent to add one. */
  editing?: Technology;
  /** A layer added together with this, its first technology. */
  pendingLayer?: Layer;
  /** The layer a new technology starts in. */
  layer?: string;
  onClose: () => void;
  /** Called with the edit once the store holds it. */
  onDone: (edit: CatalogueEdit) => void;
}

/** Words for one form problem: "Name: required", "Fact 2, From: a positive number". */
function errorWords(e: DraftError, draft: TechnologyDraft, m: FormStrings, lang: 'zh' | 'en') {
  if (e.field !== 'fact') {
    const field = { name: m.name, id: m.id, layer: m.layer, summary: m.summary, facts: m.facts }[
      e.field
    ];
    return format(m.fieldError, { field, problem: problemText(e, m, lang) });
  }
  const i = draft.facts.findIndex((r) => r.rowId === e.row);
  const row = draft.facts[i];
  const part = {
    key: m.factKey,
    value: m.value,
    min: m.from,
    max: m.to,
    text: m.textEn,
    source: m.source,
  }[e.part];
  const where = `${format(m.factLegend, { n: i + 1, label: row ? FACT_LABELS[row.key][lang] : '' })}, ${part}`;
  return format(m.fieldError, { field: where, problem: problemText(e, m, lang) });
}

/** Add or edit a technology: name, id, layer, summary in both languages, facts with sources. */
export function TechnologyDialog({
  editing,
  pendingLayer,
  layer,
  onClose,
  onDone,
}: TechnologyDialogProps) {
  const lang = useLanguage();
  const m = formMessages[lang];
  const uid = useId();
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<TechnologyDraft>(() =>
    editing ? draftOf(editing) : emptyDraft(catalogue, pendingLayer?.id ?? layer),
  );
  const { errors, invalid, has, refuse, run } = useDraftEdit<DraftError>(onDone);
  const layers = [...catalogue.layers, ...(pendingLayer ? [pendingLayer] : [])];
  const layerOptions = layers.map((l) => ({
    value: l.id,
    label: l === pendingLayer ? format(m.newLayer, { name: l.name[lang] }) : l.name[lang],
  }));

  const save = () => {
    const result = technologyFromDraft(draft, catalogue, editing, pendingLayer);
    if (!result.ok) return refuse(result.errors);
    const tech = result.technology;
    const base = pendingLayer
      ? { ...catalogue, layers: [...catalogue.layers, pendingLayer] }
      : catalogue;
    const next = editing
      ? updateTechnology(base, editing.id, tech).catalogue
      : addTechnology(base, tech);
    run(
      next,
      editing
        ? { action: 'editTechnology', subject: tech.name }
        : pendingLayer
          ? { action: 'addLayer', subject: pendingLayer.name[lang] }
          : { action: 'addTechnology', subject: tech.name },
    );
  };

  const id = (field: string) => `${uid}-${field}`;
  return (
    <FormDialog
      title={editing ? format(m.editTechnologyTitle, { name: editing.name }) : m.addTechnologyTitle}
      onSubmit={save}
      onClose={onClose}
      problems={errors.map((e) => errorWords(e, draft, m, lang))}
      invalid={invalid}
    >
      {pendingLayer ? (
        <p className="editor-note">
          {format(m.firstTechnology, { name: pendingLayer.name[lang] })}
        </p>
      ) : null}
      <div className="editor-form-grid">
        <TextField
          id={id('name')}
          label={m.name}
          value={draft.name}
          required
          invalid={has('name')}
          onChange={(name) => setDraft(withName(draft, name, catalogue))}
        />
        <TextField
          id={id('id')}
          label={m.id}
          value={draft.id}
          disabled={editing !== undefined}
          required={editing === undefined}
          invalid={has('id')}
          hint={editing ? m.idFixed : m.idHint}
          onChange={(value) => setDraft({ ...draft, id: value, idEdited: true })}
        />
        <SelectField
          id={id('layer')}
          label={m.layer}
          value={draft.layer}
          options={layerOptions}
          required
          invalid={has('layer')}
          onChange={(value) => setDraft({ ...draft, layer: value })}
        />
      </div>
      <div className="editor-form-grid editor-form-pair">
        <TextField
          id={id('summary-en')}
          label={m.summaryEn}
          value={draft.summaryEn}
          multiline
          required={draft.summaryZh.trim() === ''}
          invalid={has('summary')}
          hint={m.requiredPairHint}
          onChange={(summaryEn) => setDraft({ ...draft, summaryEn })}
        />
        <TextField
          id={id('summary-zh')}
          label={m.summaryZh}
          value={draft.summaryZh}
          multiline
          required={draft.summaryEn.trim() === ''}
          invalid={has('summary')}
          hint={m.requiredPairHint}
          onChange={(summaryZh) => setDraft({ ...draft, summaryZh })}
        />
      </div>
      <section className="editor-form-section" aria-labelledby={id('facts')}>
        <h3 id={id('facts')}>{m.facts}</h3>
        <p className="editor-hint">{m.factsHint}</p>
        <FactRows
          rows={draft.facts}
          onChange={(facts) => setDraft({ ...draft, facts })}
          errors={errors.flatMap((e) => (e.field === 'fact' ? [e] : []))}
          catalogue={catalogue}
          lang={lang}
          m={m}
          idPrefix={uid}
        />
      </section>
      <CoverageList
        rows={draft.facts}
        catalogue={catalogue}
        editing={editing}
        lang={lang}
        m={m}
        id={id('coverage')}
      />
    </FormDialog>
  );
}
