import { z } from 'zod';

/**
 * The ranking columns the user hid: a display preference of this browser, so it lives in
 * localStorage (not in the inputs, which travel in share links and presets).
 */
export const HIDDEN_COLUMNS_KEY = 'sdm.rankingColumns';
export const HIDDEN_COLUMNS_VERSION = 1;

/** At most this many ids are kept; a catalogue has far fewer dimensions. */
const MAX_IDS = 64;

const storedSchema = z.object({
  v: z.literal(HIDDEN_COLUMNS_VERSION),
  hidden: z.array(z.string().min(1).max(64)).max(MAX_IDS),
});

/** The hidden column ids in a stored text; none for a missing, damaged or unknown-version text. */
export function parseHiddenColumns(text: string | null): string[] {
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  const result = storedSchema.safeParse(data);
  return result.success ? [...new Set(result.data.hidden)] : [];
}

/** The stored text of a list of hidden column ids (deduplicated, at most 64). */
export function serialiseHiddenColumns(hidden: readonly string[]): string {
  return JSON.stringify({
    v: HIDDEN_COLUMNS_VERSION,
    hidden: [...new Set(hidden)].slice(0, MAX_IDS),
  });
}

/** The list with `id` shown (`show`) or hidden, in the order the user hid them. */
export function withColumnShown(hidden: readonly string[], id: string, show: boolean): string[] {
  const rest = hidden.filter((h) => h !== id);
  return show ? rest : [...rest, id];
}
