import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import { presetWeights, scenarioIn } from '../engine/presets';
import { defaultInputs, shallowEqual, type Inputs } from './app-store';
import { scenarioHolds } from './inputs-schema';
import { isSeedCatalogue } from './seed-baseline';
import { SYNTHETIC_PARAM, SYNTHETIC_SEED_PARAM } from './synthetic-link';
import { paramsFor } from './url-params';

/**
 * Share links: the whole decision as a short, readable query string, e.g. the edge preset
 * with Chinese and the path view: `v=1&s=edge&w=4,3,0,2,0,1&c=10&o=1&lang=zh&view=path`.
 *
 *   v      format version (always 1; any other version is ignored as a whole)
 *   own    1 in a link into a user's catalogue (ids instead of positions; see url-codes.ts)
 *   s | b  scenario: s = a preset as applied, b = custom inputs that started from a preset
 *   w      weights in the catalogue's dimension order (resource … maturity), 0 … 5, at most 2 decimals
 *   n m c  nodes, memory per node (MB), cold start (ms); "none" = no limit
 *   o h db offline, high availability, existing database (1 / 0)
 *   np pc  network policy, policy complexity
 *   lang view theme rank (fit | score) inv (show invalid, 1 / 0)
 *   agg    aggregation method: wp (weighted product) or topsis; the weighted sum is the default
 *   ahp    AHP judgements, one character per dimension pair: 1–9, or b–i for 1/2 … 1/9
 *   dom    1: dominated stacks are hidden from the ranking table
 *   f      technology filter: layer letter + index, e.g. "r2,s1" (url-codes.ts); ids in a user's catalogue
 *   sort   the sorted column, "-" first when descending, e.g. "-total"
 *   sel    compared stacks, one base-36 digit per layer each, e.g. "102131,011210"; in a
 *          user's catalogue technology ids joined by "."
 *   open   the stack whose details are open
 *
 * A parameter holding its default (defaultInputs()) is left out. Decoding is the one
 * restore step for untrusted links: size cap, URLSearchParams, zod per part, fresh state.
 */

export const LINK_VERSION = '1';
/** `?catalogue=<https URL>`: a team catalogue to load (after the user confirms), not an input. */
export const TEAM_CATALOGUE_PARAM = 'catalogue';

/**
 * Marks a link into a user's catalogue (`own=1`): its stacks, technologies and weights are
 * read against that catalogue. A link without it was made with the seed catalogue.
 */
export const OWN_CATALOGUE_PARAM = 'own';

/** Params whose values depend on the catalogue (positions, ids, dimension order). */
export const CATALOGUE_BOUND_PARAMS = ['w', 'f', 'sel', 'open', 'sort'];

/**
 * True when a query was made with the seed catalogue and names its stacks, technologies or
 * weights: such a link shows the seed catalogue even where the user has their own saved.
 */
export function isSeedBoundLink(query: string): boolean {
  try {
    const params = new URLSearchParams(query);
    return (
      !params.has(OWN_CATALOGUE_PARAM) && CATALOGUE_BOUND_PARAMS.some((key) => params.has(key))
    );
  } catch {
    return false;
  }
}
/** Longer links are ignored as a whole (chat apps truncate near 2,048 characters). */
export const MAX_LINK_LENGTH = 2048;

export interface DecodeResult {
  inputs: Inputs;
  /** Names of the parts of the link that were invalid and fell back to defaults. */
  ignored: string[];
  /** Known parts used in part: the items that could not be read were dropped (a list). */
  partial?: string[];
  /** Set when the whole link was ignored and the inputs are the defaults. */
  rejected?: 'tooLong' | 'version' | 'unreadable';
}

const presetHolds = (catalogue: Catalogue, id: string, inputs: Inputs) => {
  const preset = scenarioIn(catalogue, id);
  return (
    shallowEqual(inputs.weights, presetWeights(catalogue, preset)) &&
    shallowEqual(inputs.requirements, preset.requirements)
  );
};

/** The scenario part: s for an applied preset, b for custom inputs, nothing when it reads back as the default. */
function scenarioPart(inputs: Inputs, catalogue: Catalogue): string | null {
  const defaultId = defaultInputs(catalogue).baseScenarioId;
  if (inputs.scenarioId !== null && scenarioHolds(inputs, catalogue)) {
    return inputs.scenarioId === defaultId ? null : `s=${encodeURIComponent(inputs.scenarioId)}`;
  }
  const known = catalogue.scenarios.some((s) => s.id === inputs.baseScenarioId);
  const base = known ? inputs.baseScenarioId : defaultId;
  // Custom inputs based on the defaults read back as custom without b, unless they equal the preset.
  // Encoded although the schema allows only letters, digits and - in ids: a second guard.
  return base === defaultId && !presetHolds(catalogue, base, inputs)
    ? null
    : `b=${encodeURIComponent(base)}`;
}

/**
 * The inputs as a compact, versioned query string (without "?"); defaults are left out. Links
 * into a user's catalogue name technologies by id (url-codes.ts).
 */
export function encodeInputs(inputs: Inputs, catalogue: Catalogue = seedCatalogue): string {
  const parts = [`v=${LINK_VERSION}`];
  if (!isSeedCatalogue(catalogue)) parts.push(`${OWN_CATALOGUE_PARAM}=1`);
  const scenario = scenarioPart(inputs, catalogue);
  if (scenario) parts.push(scenario);
  for (const [key, spec] of paramsFor(catalogue)) {
    const text = spec.write(inputs);
    if (text !== null) parts.push(`${key}=${text}`);
  }
  return parts.join('&');
}

const rejected = (
  reason: NonNullable<DecodeResult['rejected']>,
  part: string,
  catalogue: Catalogue,
): DecodeResult => ({
  inputs: defaultInputs(catalogue),
  ignored: [part],
  rejected: reason,
});

/** Which of the scenario parts were used; sets them on `next`. s wins over b. */
function readScenario(
  params: Map<string, string[]>,
  next: Inputs,
  catalogue: Catalogue,
): Set<string> {
  const used = new Set<string>();
  const single = (key: string) => {
    const values = params.get(key);
    const id = values?.length === 1 ? values[0]! : null;
    return id !== null && catalogue.scenarios.some((s) => s.id === id) ? id : null;
  };
  const s = single('s');
  const b = single('b');
  if (s !== null) {
    // A hand-written "?s=edge" means the edge preset: start from its values, then read the rest.
    const preset = scenarioIn(catalogue, s);
    next.weights = presetWeights(catalogue, preset);
    next.requirements = { ...preset.requirements };
    next.scenarioId = s;
    next.baseScenarioId = s;
    used.add('s');
  } else if (b !== null) {
    next.scenarioId = null;
    next.baseScenarioId = b;
    used.add('b');
  }
  return used;
}

function decode(query: string, catalogue: Catalogue): DecodeResult {
  if (query.length > MAX_LINK_LENGTH) return rejected('tooLong', 'link', catalogue);
  // A Map, never a plain object: keys such as __proto__ stay plain strings.
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(query)) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  const version = params.get('v');
  if (version && (version.length !== 1 || version[0] !== LINK_VERSION)) {
    return rejected('version', 'v', catalogue);
  }
  const next = defaultInputs(catalogue);
  const scenarioUsed = readScenario(params, next, catalogue);
  const PARAMS = paramsFor(catalogue);
  const ignored: string[] = [];
  const partial: string[] = [];
  for (const [key, values] of params) {
    if (
      key === 'v' ||
      key === TEAM_CATALOGUE_PARAM ||
      key === OWN_CATALOGUE_PARAM ||
      // The synthetic catalogue's size and seed are read (and reported) at load: catalogue-sync.ts.
      key === SYNTHETIC_PARAM ||
      (key === SYNTHETIC_SEED_PARAM && params.has(SYNTHETIC_PARAM)) ||
      scenarioUsed.has(key)
    )
      continue;
    const spec = PARAMS.get(key);
    // A repeated parameter is ambiguous: neither value is used.
    const outcome = spec && values.length === 1 ? spec.read(values[0]!, next) : 'invalid';
    if (outcome === 'partial') partial.push(key);
    else if (outcome !== 'ok') ignored.push(key);
  }
  // A link that names a preset but changes its weights or requirements holds custom inputs.
  if (!scenarioHolds(next, catalogue)) next.scenarioId = null;
  return { inputs: next, ignored, ...(partial.length > 0 ? { partial } : {}) };
}

/**
 * Decodes an untrusted query string (with or without "?") into fresh inputs for the catalogue
 * (the seed's by default); never throws.
 */
export function decodeInputs(query: string, catalogue: Catalogue = seedCatalogue): DecodeResult {
  try {
    return typeof query === 'string'
      ? decode(query, catalogue)
      : rejected('unreadable', 'link', catalogue);
  } catch {
    return rejected('unreadable', 'link', catalogue);
  }
}

/** The full share link of the inputs for a page location (without a catalogue fragment). */
export function shareUrl(
  inputs: Inputs,
  location: Pick<Location, 'origin' | 'pathname'>,
  catalogue: Catalogue = seedCatalogue,
): string {
  return `${location.origin}${location.pathname}?${encodeInputs(inputs, catalogue)}`;
}
