import { technologyIdSchema } from '../../catalogue/schema';
import type { Catalogue, Fact, FactKey, Layer, Technology } from '../../catalogue/types';
import { technologyIdFor } from './edit-ids';
import { emptyRow, factOf, rowOf, type FactRow, type RowError } from './fact-row';
import { NAME_MAX, SOURCE_MAX, TEXT_MAX } from './form-limits';

/** The technology form as typed. */
export interface TechnologyDraft {
  name: string;
  /** Follows the name until the user edits it (a new technology only). */
  id: string;
  idEdited: boolean;
  layer: string;
  summaryEn: string;
  summaryZh: string;
  facts: FactRow[];
}

export type DraftField = 'name' | 'id' | 'layer' | 'summary' | 'facts';
export type DraftErrorCode =
  'required' | 'tooLong' | 'idFormat' | 'idTaken' | 'nameTaken' | 'unknownLayer' | 'factsRequired';
export type DraftError =
  /** `max`: the limit a `tooLong` text exceeds. */
  { field: DraftField; code: DraftErrorCode; max?: number } | ({ field: 'fact' } & RowError);

let nextRow = 0;
/** A fresh row id (React keys and input ids; never saved). */
export function newRowId(): string {
  nextRow += 1;
  return `r${nextRow}`;
}

/** An empty form for a new technology of `layer` (the first layer by default), with one fact row. */
export function emptyDraft(catalogue: Catalogue, layer?: string): TechnologyDraft {
  return {
    name: '',
    id: '',
    idEdited: false,
    layer: layer ?? catalogue.layers[0]?.id ?? '',
    summaryEn: '',
    summaryZh: '',
    facts: [emptyRow(catalogue, 'startTime', newRowId())],
  };
}

/** The form showing an existing technology. */
export function draftOf(technology: Technology): TechnologyDraft {
  return {
    name: technology.name,
    id: technology.id,
    idEdited: true,
    layer: technology.layer,
    summaryEn: technology.summary.en,
    summaryZh: technology.summary.zh,
    facts: (Object.entries(technology.facts) as [FactKey, Fact][]).map(([key, fact]) =>
      rowOf(key, fact, newRowId()),
    ),
  };
}

/** The draft with a new name; a new technology's id follows the name until edited. */
export function withName(
  draft: TechnologyDraft,
  name: string,
  catalogue: Catalogue,
): TechnologyDraft {
  if (draft.idEdited) return { ...draft, name };
  const taken = catalogue.technologies.map((t) => t.id);
  return { ...draft, name, id: name.trim() === '' ? '' : technologyIdFor(name, taken) };
}

/**
 * The technology a draft describes, or every problem with its field. `editing` is the
 * technology being edited (its id stays; its includes are kept); `pendingLayer` a layer added
 * in the same edit.
 */
export function technologyFromDraft(
  draft: TechnologyDraft,
  catalogue: Catalogue,
  editing?: Technology,
  pendingLayer?: Layer,
): { ok: true; technology: Technology } | { ok: false; errors: DraftError[] } {
  const errors: DraftError[] = [];
  const name = draft.name.trim();
  const others = catalogue.technologies.filter((t) => t.id !== editing?.id);
  if (name === '') errors.push({ field: 'name', code: 'required' });
  else if (name.length > NAME_MAX) errors.push({ field: 'name', code: 'tooLong', max: NAME_MAX });
  else if (others.some((t) => t.name.toLowerCase() === name.toLowerCase()))
    errors.push({ field: 'name', code: 'nameTaken' });
  const id = editing ? editing.id : draft.id.trim();
  if (!editing) {
    if (id === '') errors.push({ field: 'id', code: 'required' });
    else if (!technologyIdSchema.safeParse(id).success)
      errors.push({ field: 'id', code: 'idFormat' });
    else if (others.some((t) => t.id === id)) errors.push({ field: 'id', code: 'idTaken' });
  }
  const layers = [...catalogue.layers, ...(pendingLayer ? [pendingLayer] : [])];
  if (!layers.some((l) => l.id === draft.layer))
    errors.push({ field: 'layer', code: 'unknownLayer' });
  const summary = { en: draft.summaryEn.trim(), zh: draft.summaryZh.trim() };
  if (summary.en === '' && summary.zh === '') errors.push({ field: 'summary', code: 'required' });
  else if (summary.en.length > TEXT_MAX || summary.zh.length > TEXT_MAX)
    errors.push({ field: 'summary', code: 'tooLong', max: TEXT_MAX });
  if (draft.facts.length === 0) errors.push({ field: 'facts', code: 'factsRequired' });

  const facts: Partial<Record<FactKey, Fact>> = {};
  const seen = new Set<FactKey>();
  for (const row of draft.facts) {
    if (seen.has(row.key)) {
      errors.push({ field: 'fact', row: row.rowId, part: 'key', code: 'duplicateFact' });
      continue;
    }
    seen.add(row.key);
    const result = factOf(row);
    if ('errors' in result)
      errors.push(...result.errors.map((e) => ({ field: 'fact' as const, ...e })));
    else facts[row.key] = result.fact;
  }
  if (errors.length > 0) return { ok: false, errors };

  const typed = [
    ...new Set(
      Object.values(facts).flatMap((f) =>
        f?.source === 'user' && f.entered ? [f.entered.source] : [],
      ),
    ),
  ];
  const entered =
    typed.length > 0 ? { source: typed.join('; ').slice(0, SOURCE_MAX) } : editing?.entered;
  return {
    ok: true,
    technology: {
      id,
      layer: draft.layer,
      name,
      summary,
      facts,
      ...(editing?.includes ? { includes: editing.includes } : {}),
      ...(entered ? { entered } : {}),
    },
  };
}
