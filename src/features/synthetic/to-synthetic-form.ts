import { CATALOGUE_LIMITS } from '../../catalogue/schema';
import { SYNTHETIC_LIMITS, syntheticStackCount } from '../../catalogue/synthetic';
import type { Language } from '../../catalogue/types';
import { format } from '../../i18n/messages';
import { formatNumber } from '../../i18n/numbers';
import { syntheticSearch, type SyntheticChoice } from '../../store/synthetic-link';
import type { SyntheticStrings } from './messages';

/** The form's fields as typed. */
export interface SyntheticFields {
  options: string;
  layers: string;
  seed: string;
}

export type SyntheticField = keyof SyntheticFields;
/** What can be wrong: a field that does not read as a whole number in range, or too many stacks. */
export type SyntheticProblem = SyntheticField | 'stacks';

/** The form read: what Generate makes, the stacks it makes, what is wrong and the link. */
export interface SyntheticForm {
  /** The catalogue Generate makes; null while anything is wrong (the button is disabled). */
  choice: SyntheticChoice | null;
  /** The stacks options and layers make, once both read; null past 2^53 (only 99 × 8, 100 × 8). */
  count: number | null;
  problems: SyntheticProblem[];
  /** The link that opens the same catalogue ("?synthetic=10x6"); null while anything is wrong. */
  link: string | null;
}

/** A typed whole number within the limits (spaces around are ignored), or null. */
function wholeNumber(text: string, { min, max }: { min: number; max: number }): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,12}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** Reads the fields: every problem, the stack count while the size reads, the choice and its link. */
export function toSyntheticForm(fields: SyntheticFields): SyntheticForm {
  const options = wholeNumber(fields.options, SYNTHETIC_LIMITS.options);
  const layers = wholeNumber(fields.layers, SYNTHETIC_LIMITS.layers);
  const seed = wholeNumber(fields.seed, SYNTHETIC_LIMITS.seed);
  const problems: SyntheticProblem[] = [];
  if (options === null) problems.push('options');
  if (layers === null) problems.push('layers');
  if (seed === null) problems.push('seed');
  let count: number | null = null;
  if (options !== null && layers !== null) {
    const stacks = syntheticStackCount({ options, layers });
    if (Number.isSafeInteger(stacks)) count = stacks;
    if (stacks > CATALOGUE_LIMITS.stacks) problems.push('stacks');
  }
  if (problems.length > 0 || options === null || layers === null || seed === null)
    return { choice: null, count, problems, link: null };
  const choice = { options, layers, seed };
  return { choice, count, problems, link: syntheticSearch(choice) };
}

/** The form's words: the stack count ("1,000,000 stacks") and each problem's sentence. */
export function syntheticFormWords(
  form: SyntheticForm,
  m: SyntheticStrings,
  lang: Language,
): { count: string | null; problems: Partial<Record<SyntheticProblem, string>> } {
  const n = (value: number) => formatNumber(value, lang);
  const range = (key: SyntheticField) => ({
    min: n(SYNTHETIC_LIMITS[key].min),
    max: n(SYNTHETIC_LIMITS[key].max),
  });
  const sentence: Record<SyntheticProblem, () => string> = {
    options: () => format(m.optionsError, range('options')),
    layers: () => format(m.layersError, range('layers')),
    seed: () => format(m.seedError, range('seed')),
    stacks: () => format(m.stacksError, { max: n(CATALOGUE_LIMITS.stacks) }),
  };
  return {
    count: form.count === null ? null : format(m.stacks, { count: n(form.count), n: form.count }),
    problems: Object.fromEntries(form.problems.map((p) => [p, sentence[p]()])),
  };
}

/** A field's range as the form shows it beside the label: "1 to 100". */
export function rangeWords(field: SyntheticField, m: SyntheticStrings, lang: Language): string {
  const { min, max } = SYNTHETIC_LIMITS[field];
  return format(m.range, { min: formatNumber(min, lang), max: formatNumber(max, lang) });
}
