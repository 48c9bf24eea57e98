import {
  DEFAULT_SYNTHETIC_SEED,
  parseSyntheticSeed,
  parseSyntheticSize,
  syntheticCatalogue,
  syntheticSpecOf,
  type SyntheticError,
  type SyntheticSize,
} from '../catalogue/synthetic';
import type { Catalogue } from '../catalogue/types';

/** `?synthetic=<options>x<layers>`: open a synthetic catalogue of that size (not an input). */
export const SYNTHETIC_PARAM = 'synthetic';
/** `&seed=<n>` beside `synthetic`: the seed its facts are drawn from (17 when absent). */
export const SYNTHETIC_SEED_PARAM = 'seed';

/** A synthetic catalogue's size and seed. */
export interface SyntheticChoice extends SyntheticSize {
  seed: number;
}

/** What a link's `synthetic` (and `seed`) asked for: the catalogue made, or why none was. */
export type SyntheticLink =
  | { ok: true; choice: SyntheticChoice; catalogue: Catalogue }
  /** `text`: the value refused, as written; `repeated`: the parameter was given more than once. */
  | { ok: false; error: SyntheticError | 'repeated'; text: string };

/**
 * The synthetic catalogue a page's query asks for (`?synthetic=10x6&seed=3`), or why it
 * cannot be made; null when the query has no `synthetic`. Never throws.
 */
export function readSyntheticLink(search: string): SyntheticLink | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const sizes = params.getAll(SYNTHETIC_PARAM);
  if (sizes.length === 0) return null;
  const seeds = params.getAll(SYNTHETIC_SEED_PARAM);
  if (sizes.length > 1) return { ok: false, error: 'repeated', text: SYNTHETIC_PARAM };
  if (seeds.length > 1) return { ok: false, error: 'repeated', text: SYNTHETIC_SEED_PARAM };
  const size = parseSyntheticSize(sizes[0]!);
  if (!size.ok) return { ok: false, error: size.error, text: sizes[0]! };
  const seed = seeds.length === 0 ? DEFAULT_SYNTHETIC_SEED : parseSyntheticSeed(seeds[0]!);
  if (seed === null) return { ok: false, error: 'seed', text: seeds[0]! };
  const choice = { options: size.options, layers: size.layers, seed };
  return { ok: true, choice, catalogue: syntheticCatalogue(choice) };
}

/** The query that opens a synthetic catalogue: "?synthetic=10x6", with "&seed=n" unless the seed is 17. */
export function syntheticSearch({ options, layers, seed }: SyntheticChoice): string {
  const size = `?${SYNTHETIC_PARAM}=${options}x${layers}`;
  return seed === DEFAULT_SYNTHETIC_SEED ? size : `${size}&${SYNTHETIC_SEED_PARAM}=${seed}`;
}

/**
 * The `synthetic=…` part of the address of a page showing a synthetic catalogue generated
 * from a link or the Catalogue view's form ('' for any other catalogue), so a reload or a
 * copied address opens the same catalogue again.
 */
export function syntheticQuery(catalogue: Catalogue): string {
  const spec = syntheticSpecOf(catalogue);
  return spec ? syntheticSearch(spec).slice(1) : '';
}
