import type { AGGREGATIONS, NORMALISATION_RULES } from '../../catalogue/schema';
import type { Dimension, FactKey, Metric } from '../../catalogue/types';
import type { DimensionChange, DimensionInput } from './edit-catalogue';
import { newRowId } from './technology-form';
import { SOURCE_MAX, TEXT_MAX } from './form-limits';

/** One metric row: a fact and the rule that turns it into a 0..1 score. */
export interface MetricRow {
  rowId: string;
  fact: FactKey;
  rule: (typeof NORMALISATION_RULES)[number];
  /** Kept from the loaded metric while its fact is unchanged (17.9.2's requirement-tied metrics). */
  requirement?: Metric['requirement'];
}

/** The dimension form as typed. */
export interface DimensionDraft {
  nameEn: string;
  nameZh: string;
  indicatorsEn: string;
  indicatorsZh: string;
  defaultWeight: string;
  aggregation: (typeof AGGREGATIONS)[number];
  metrics: MetricRow[];
  source: string;
}

export type DimensionField = 'name' | 'indicators' | 'defaultWeight' | 'metrics' | 'source';
export type DimensionErrorCode =
  'required' | 'weightRange' | 'duplicateMetric' | 'tooMany' | 'tooLong';
export interface DimensionError {
  field: DimensionField;
  code: DimensionErrorCode;
  row?: string;
  /** The limit a `tooLong` text or a `tooMany` list exceeds. */
  max?: number;
}

const WEIGHT_MAX = 10;
const METRICS_MAX = 20;

/** An empty form with one metric row. */
export function emptyDimensionDraft(): DimensionDraft {
  return {
    nameEn: '',
    nameZh: '',
    indicatorsEn: '',
    indicatorsZh: '',
    defaultWeight: '2',
    aggregation: 'mean',
    metrics: [{ rowId: newRowId(), fact: 'startTime', rule: 'lowerLog' }],
    source: '',
  };
}

/** The form showing an existing dimension (its source field empty: typed only to mark it as the user's). */
export function dimensionDraftOf(d: Dimension): DimensionDraft {
  return {
    nameEn: d.name.en,
    nameZh: d.name.zh,
    indicatorsEn: d.indicators.en,
    indicatorsZh: d.indicators.zh,
    defaultWeight: String(d.defaultWeight),
    aggregation: d.aggregation,
    metrics: d.metrics.map((m) => ({
      rowId: newRowId(),
      fact: m.fact,
      rule: m.rule,
      ...(m.requirement ? { requirement: m.requirement } : {}),
    })),
    source: d.source === 'user' ? (d.entered?.source ?? '') : '',
  };
}

/**
 * The dimension a draft describes, or every problem by field. A new dimension needs a source;
 * an edited one takes the source only when one is typed.
 */
export function dimensionFromDraft(
  draft: DimensionDraft,
  isNew: boolean,
):
  | { ok: true; input: DimensionInput; change: DimensionChange }
  | { ok: false; errors: DimensionError[] } {
  const errors: DimensionError[] = [];
  const name = { en: draft.nameEn.trim(), zh: draft.nameZh.trim() };
  const indicators = { en: draft.indicatorsEn.trim(), zh: draft.indicatorsZh.trim() };
  if (name.en === '' && name.zh === '') errors.push({ field: 'name', code: 'required' });
  if (indicators.en === '' && indicators.zh === '')
    errors.push({ field: 'indicators', code: 'required' });
  if (name.en.length > TEXT_MAX || name.zh.length > TEXT_MAX)
    errors.push({ field: 'name', code: 'tooLong', max: TEXT_MAX });
  if (indicators.en.length > TEXT_MAX || indicators.zh.length > TEXT_MAX)
    errors.push({ field: 'indicators', code: 'tooLong', max: TEXT_MAX });
  const weight = Number(draft.defaultWeight.trim());
  if (
    draft.defaultWeight.trim() === '' ||
    !Number.isFinite(weight) ||
    weight < 0 ||
    weight > WEIGHT_MAX
  )
    errors.push({ field: 'defaultWeight', code: 'weightRange' });
  if (draft.metrics.length === 0) errors.push({ field: 'metrics', code: 'required' });
  if (draft.metrics.length > METRICS_MAX)
    errors.push({ field: 'metrics', code: 'tooMany', max: METRICS_MAX });
  const seen = new Set<string>();
  for (const m of draft.metrics) {
    const key = `${m.fact}/${m.rule}`;
    if (seen.has(key)) errors.push({ field: 'metrics', code: 'duplicateMetric', row: m.rowId });
    seen.add(key);
  }
  const source = draft.source.trim();
  if (isNew && source === '') errors.push({ field: 'source', code: 'required' });
  if (source.length > SOURCE_MAX)
    errors.push({ field: 'source', code: 'tooLong', max: SOURCE_MAX });
  if (errors.length > 0) return { ok: false, errors };
  const fields = {
    name,
    indicators,
    defaultWeight: weight,
    aggregation: draft.aggregation,
    metrics: draft.metrics.map((m) => ({
      fact: m.fact,
      rule: m.rule,
      ...(m.requirement ? { requirement: m.requirement } : {}),
    })),
  };
  return {
    ok: true,
    input: { ...fields, source },
    change: source === '' ? fields : { ...fields, source },
  };
}
