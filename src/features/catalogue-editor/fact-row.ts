import type {
  Catalogue,
  Fact,
  FactKey,
  FactValue,
  Level,
  LocalizedText,
  PolicySupport,
  Unit,
} from '../../catalogue/types';
import { deepEqual } from '../../catalogue/json-equal';
import { FIGURE_MAX, SOURCE_MAX, TEXT_MAX } from './form-limits';

/** The kinds of value a fact row can hold, in the form's order (the schema's fact kinds). */
export const VALUE_KINDS = [
  'number',
  'range',
  'stars',
  'bool',
  'level',
  'policySupport',
  'text',
  'unknown',
] as const satisfies readonly Fact['kind'][];
export type ValueKind = (typeof VALUE_KINDS)[number];

/** One fact in the technology form, as typed (strings until saved). */
export interface FactRow {
  rowId: string;
  key: FactKey;
  kind: ValueKind;
  value: string;
  min: string;
  max: string;
  unit: Unit;
  stars: string;
  yes: boolean;
  level: Level;
  policy: PolicySupport;
  textEn: string;
  textZh: string;
  /** What the user typed as the source: a URL, a benchmark, "team estimate". */
  source: string;
  noteEn: string;
  noteZh: string;
  /** The fact the row was loaded from: kept as it is (with its provenance) while the row is unchanged. */
  original?: { key: FactKey; fact: Fact };
}

/** The part of a row a check can fault. */
export type RowPart = 'key' | 'value' | 'min' | 'max' | 'text' | 'source';
export type RowErrorCode =
  | 'duplicateFact'
  | 'positiveNumber'
  | 'tooLarge'
  | 'rangeOrder'
  | 'textRequired'
  | 'sourceRequired'
  | 'tooLong';
export interface RowError {
  row: string;
  part: RowPart;
  code: RowErrorCode;
  /** The limit a `tooLarge` figure or a `tooLong` text exceeds. */
  max?: number;
}

/** The value kind and unit a fact key usually takes in the catalogue (its first technology with it). */
export function suggestedShape(
  catalogue: Catalogue,
  key: FactKey,
): { kind: ValueKind; unit: Unit | null } {
  for (const t of catalogue.technologies) {
    const fact = t.facts[key];
    if (fact) return { kind: fact.kind, unit: 'unit' in fact ? fact.unit : null };
  }
  return { kind: 'number', unit: null };
}

/** A row of `kind` with every value field at its default and nothing typed. */
function blankRow(rowId: string, key: FactKey, kind: ValueKind, unit: Unit): FactRow {
  return {
    rowId,
    key,
    kind,
    value: '',
    min: '',
    max: '',
    unit,
    stars: '3',
    yes: true,
    level: 'medium',
    policy: 'basic',
    textEn: '',
    textZh: '',
    source: '',
    noteEn: '',
    noteZh: '',
  };
}

/** An empty row for a fact key, shaped like the catalogue's facts of that key. */
export function emptyRow(catalogue: Catalogue, key: FactKey, rowId: string): FactRow {
  const shape = suggestedShape(catalogue, key);
  return blankRow(rowId, key, shape.kind, shape.unit ?? 'ms');
}

/** A row showing an existing fact; a user fact shows the source the user typed. */
export function rowOf(key: FactKey, fact: Fact, rowId: string): FactRow {
  const row: FactRow = {
    ...blankRow(rowId, key, fact.kind, 'ms'),
    source: fact.source === 'user' ? (fact.entered?.source ?? '') : '',
    noteEn: fact.note?.en ?? '',
    noteZh: fact.note?.zh ?? '',
    original: { key, fact },
  };
  switch (fact.kind) {
    case 'number':
      return { ...row, value: String(fact.value), unit: fact.unit };
    case 'range':
      return { ...row, min: String(fact.min), max: String(fact.max), unit: fact.unit };
    case 'stars':
      return { ...row, stars: String(fact.value) };
    case 'bool':
      return { ...row, yes: fact.value };
    case 'level':
      return { ...row, level: fact.value };
    case 'policySupport':
      return { ...row, policy: fact.value };
    case 'text':
    case 'unknown':
      return { ...row, textEn: fact.value.en, textZh: fact.value.zh };
  }
}

/** A figure as typed ("1,000", "0.9", "1e3"), or why it is not one: not a positive number, or above FIGURE_MAX. */
export function readFigure(text: string): number | 'positiveNumber' | 'tooLarge' {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (!/^\d*\.?\d+(e[+-]?\d+)?$/i.test(cleaned)) return 'positiveNumber';
  const n = Number(cleaned);
  if (!(n > 0)) return 'positiveNumber';
  return n <= FIGURE_MAX ? n : 'tooLarge';
}

/** A positive figure as typed ("1,000", "0.9"), at most FIGURE_MAX; null when it is not one. */
export function parseFigure(text: string): number | null {
  const n = readFigure(text);
  return typeof n === 'number' ? n : null;
}

/** The problem with a figure that readFigure refused, with the limit when it is too large. */
function figureError(row: string, part: RowPart, code: 'positiveNumber' | 'tooLarge'): RowError {
  return code === 'tooLarge' ? { row, part, code, max: FIGURE_MAX } : { row, part, code };
}

const localized = (en: string, zh: string): LocalizedText | null =>
  en.trim() === '' && zh.trim() === '' ? null : { en: en.trim(), zh: zh.trim() };

/** The row's value, or what is wrong with it. */
function valueOf(row: FactRow): { value: FactValue } | { errors: RowError[] } {
  const fault = (part: RowPart, code: RowErrorCode, max?: number) => ({
    errors: [{ row: row.rowId, part, code, ...(max !== undefined ? { max } : {}) }],
  });
  switch (row.kind) {
    case 'number': {
      const value = readFigure(row.value);
      return typeof value === 'number'
        ? { value: { kind: 'number', value, unit: row.unit } }
        : { errors: [figureError(row.rowId, 'value', value)] };
    }
    case 'range': {
      const min = readFigure(row.min);
      const max = readFigure(row.max);
      const errors: RowError[] = [];
      if (typeof min !== 'number') errors.push(figureError(row.rowId, 'min', min));
      if (typeof max !== 'number') errors.push(figureError(row.rowId, 'max', max));
      if (typeof min !== 'number' || typeof max !== 'number') return { errors };
      if (min > max) return fault('max', 'rangeOrder');
      return { value: { kind: 'range', min, max, unit: row.unit } };
    }
    case 'stars':
      return { value: { kind: 'stars', value: Math.min(5, Math.max(1, Number(row.stars) || 1)) } };
    case 'bool':
      return { value: { kind: 'bool', value: row.yes } };
    case 'level':
      return { value: { kind: 'level', value: row.level } };
    case 'policySupport':
      return { value: { kind: 'policySupport', value: row.policy } };
    case 'text':
    case 'unknown': {
      const value = localized(row.textEn, row.textZh);
      if (!value) return fault('text', 'textRequired');
      if (value.en.length > TEXT_MAX || value.zh.length > TEXT_MAX)
        return fault('text', 'tooLong', TEXT_MAX);
      return { value: { kind: row.kind, value } };
    }
  }
}

/** The value a row holds as typed; null while it holds none (an empty or refused figure, no text). */
export function rowValue(row: FactRow): FactValue | null {
  const built = valueOf(row);
  return 'value' in built ? built.value : null;
}

/** A fact's value without provenance, note or the seed's approx / "or more" marks. */
function bareValue(fact: Fact): unknown {
  const copy: Record<string, unknown> = { ...fact };
  for (const k of ['source', 'entered', 'quote', 'reading', 'note', 'approx', 'orMore'])
    delete copy[k];
  return copy;
}

/**
 * True when the row needs a source to be saved: a new fact, or one changed from the loaded fact
 * (an unchanged seed fact keeps its citation; a user's fact keeps the source typed for it).
 */
export function sourceNeeded(row: FactRow): boolean {
  return !('fact' in factOf({ ...row, source: '' }));
}

/**
 * The fact a row stands for: the loaded fact unchanged when nothing was changed (it keeps its
 * seed provenance), else a user-entered fact with the source typed (required).
 */
export function factOf(row: FactRow): { fact: Fact } | { errors: RowError[] } {
  const built = valueOf(row);
  if ('errors' in built) return built;
  const note = localized(row.noteEn, row.noteZh);
  const source = row.source.trim();
  const original = row.original;
  if (
    original &&
    original.key === row.key &&
    deepEqual(bareValue(original.fact), built.value) &&
    deepEqual(original.fact.note ?? null, note) &&
    (original.fact.source === 'user' ? original.fact.entered?.source === source : source === '')
  ) {
    return { fact: original.fact };
  }
  if (source === '')
    return { errors: [{ row: row.rowId, part: 'source', code: 'sourceRequired' }] };
  if (source.length > SOURCE_MAX)
    return { errors: [{ row: row.rowId, part: 'source', code: 'tooLong', max: SOURCE_MAX }] };
  return {
    fact: {
      ...built.value,
      source: 'user',
      entered: { source },
      ...(note ? { note } : {}),
    } as Fact,
  };
}
