/** Inclusive bounds for a typed requirement figure. */
export interface Limits {
  min: number;
  max: number;
}

export const NODE_LIMITS: Limits = { min: 1, max: 100_000 };
/** Per-node memory budget: 1 MB … 1 TB. */
export const MEMORY_LIMITS: Limits = { min: 1, max: 1_048_576 };
/** Cold-start bound: 1 ms … 1 min. */
export const COLD_START_LIMITS: Limits = { min: 1, max: 60_000 };

/** Node counts offered as one-click picks: edge node, small cluster, K3s' cap, large-scale scenario. */
export const NODE_QUICK_PICKS = [1, 10, 1000, 2000] as const;

export type ParsedInput =
  { kind: 'value'; value: number; clamped: boolean } | { kind: 'empty' } | { kind: 'invalid' };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads what the user typed as a whole number within the limits: full-width digits and
 * digit grouping ("2,000", "2 000") are accepted, decimals are rounded, out-of-range
 * figures are clamped. Blank text is `empty`; anything else unreadable is `invalid`. Never throws.
 */
export function parseBoundedInteger(text: string, limits: Limits): ParsedInput {
  const cleaned = text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_，]/g, '');
  if (cleaned === '') return { kind: 'empty' };
  if (!NUMBER.test(cleaned)) return { kind: 'invalid' };
  const n = Math.round(Number(cleaned));
  if (!Number.isFinite(n)) return { kind: 'invalid' };
  const value = Math.min(limits.max, Math.max(limits.min, n));
  return { kind: 'value', value, clamped: value !== n };
}

/**
 * What an edit of a number field should store: a number, null for "no limit" (only for an
 * optional field left blank), or undefined to keep the stored value. `final` is true on blur,
 * so that a field being cleared to retype is not committed as "no limit" half-way.
 */
export function requirementFromInput(
  text: string,
  limits: Limits,
  options: { optional: boolean; final: boolean },
): number | null | undefined {
  const parsed = parseBoundedInteger(text, limits);
  if (parsed.kind === 'value') return parsed.value;
  if (parsed.kind === 'empty' && options.optional && options.final) return null;
  return undefined;
}
