import { scenarioById, defaultInputs, shallowEqual, type Inputs } from './app-store';
import { SCENARIO_IDS, scenarioHolds } from './inputs-schema';
import { PARAMS } from './url-params';

/**
 * Share links: the whole decision as a short, readable query string, e.g. the edge preset
 * with Chinese and the path view: `v=1&s=edge&w=4,3,0,2,0,1&c=10&o=1&lang=zh&view=path`.
 *
 *   v      format version (always 1; any other version is ignored as a whole)
 *   s | b  scenario: s = a preset as applied, b = custom inputs that started from a preset
 *   w      weights in dimension order (resource … maturity), 0 … 5, at most 2 decimals
 *   n m c  nodes, memory per node (MB), cold start (ms); "none" = no limit
 *   o h db offline, high availability, existing database (1 / 0)
 *   np pc  network policy, policy complexity
 *   lang view theme rank (fit | score) inv (show invalid, 1 / 0)
 *   f      technology filter: layer letter + index, e.g. "r2,s1" (url-codes.ts)
 *   sort   the sorted column, "-" first when descending, e.g. "-total"
 *   sel    compared stacks, one base-36 digit per layer each, e.g. "102131,011210"
 *   open   the stack whose details are open
 *
 * A parameter holding its default (defaultInputs()) is left out. Decoding is the one
 * restore step for untrusted links: size cap, URLSearchParams, zod per part, fresh state.
 */

export const LINK_VERSION = '1';
/** Longer links are ignored as a whole (chat apps truncate near 2,048 characters). */
export const MAX_LINK_LENGTH = 2048;

export interface DecodeResult {
  inputs: Inputs;
  /** Names of the parts of the link that were invalid and fell back to defaults. */
  ignored: string[];
  /** Set when the whole link was ignored and the inputs are the defaults. */
  rejected?: 'tooLong' | 'version' | 'unreadable';
}

const presetHolds = (id: string, inputs: Inputs) =>
  shallowEqual(inputs.weights, scenarioById(id).weights) &&
  shallowEqual(inputs.requirements, scenarioById(id).requirements);

/** The scenario part: s for an applied preset, b for custom inputs, nothing when it reads back as the default. */
function scenarioPart(inputs: Inputs): string | null {
  if (inputs.scenarioId !== null && scenarioHolds(inputs)) {
    return inputs.scenarioId === 'default' ? null : `s=${inputs.scenarioId}`;
  }
  const base = SCENARIO_IDS.includes(inputs.baseScenarioId) ? inputs.baseScenarioId : 'default';
  // Custom inputs based on the defaults read back as custom without b, unless they equal the preset.
  return base === 'default' && !presetHolds(base, inputs) ? null : `b=${base}`;
}

/** The inputs as a compact, versioned query string (without "?"); defaults are left out. */
export function encodeInputs(inputs: Inputs): string {
  const parts = [`v=${LINK_VERSION}`];
  const scenario = scenarioPart(inputs);
  if (scenario) parts.push(scenario);
  for (const [key, spec] of PARAMS) {
    const text = spec.write(inputs);
    if (text !== null) parts.push(`${key}=${text}`);
  }
  return parts.join('&');
}

const rejected = (reason: NonNullable<DecodeResult['rejected']>, part: string): DecodeResult => ({
  inputs: defaultInputs(),
  ignored: [part],
  rejected: reason,
});

/** Which of the scenario parts were used; sets them on `next`. s wins over b. */
function readScenario(params: Map<string, string[]>, next: Inputs): Set<string> {
  const used = new Set<string>();
  const single = (key: string) => {
    const values = params.get(key);
    return values?.length === 1 && SCENARIO_IDS.includes(values[0]!) ? values[0]! : null;
  };
  const s = single('s');
  const b = single('b');
  if (s !== null) {
    // A hand-written "?s=edge" means the edge preset: start from its values, then read the rest.
    const preset = scenarioById(s);
    next.weights = { ...preset.weights };
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

function decode(query: string): DecodeResult {
  if (query.length > MAX_LINK_LENGTH) return rejected('tooLong', 'link');
  // A Map, never a plain object: keys such as __proto__ stay plain strings.
  const params = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(query)) {
    const values = params.get(key);
    if (values) values.push(value);
    else params.set(key, [value]);
  }
  const version = params.get('v');
  if (version && (version.length !== 1 || version[0] !== LINK_VERSION)) {
    return rejected('version', 'v');
  }
  const next = defaultInputs();
  const scenarioUsed = readScenario(params, next);
  const ignored: string[] = [];
  for (const [key, values] of params) {
    if (key === 'v' || scenarioUsed.has(key)) continue;
    const spec = PARAMS.get(key);
    // A repeated parameter is ambiguous: neither value is used.
    if (!spec || values.length !== 1 || spec.read(values[0]!, next) !== 'ok') ignored.push(key);
  }
  // A link that names a preset but changes its weights or requirements holds custom inputs.
  if (!scenarioHolds(next)) next.scenarioId = null;
  return { inputs: next, ignored };
}

/** Decodes an untrusted query string (with or without "?") into fresh inputs; never throws. */
export function decodeInputs(query: string): DecodeResult {
  try {
    return typeof query === 'string' ? decode(query) : rejected('unreadable', 'link');
  } catch {
    return rejected('unreadable', 'link');
  }
}

/** The full share link of the inputs for a page location. */
export function shareUrl(inputs: Inputs, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}?${encodeInputs(inputs)}`;
}
