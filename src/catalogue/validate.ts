import {
  type CatalogueError,
  type PathSegment,
  capErrors,
  formatPath,
  previewValue,
  protoKeyErrors,
  ROOT_PATH,
  zodIssuesToErrors,
} from './catalogue-errors';
import { CATALOGUE_LIMITS, catalogueSchema } from './schema';
import type { Catalogue, StackPattern } from './types';

export type { CatalogueError } from './catalogue-errors';

/** A validated catalogue (the parsed data, typed by inference), or every problem found. */
export type CatalogueResult =
  { ok: true; catalogue: Catalogue } | { ok: false; errors: CatalogueError[] };

/** Ids that name a property every object has; refused so an id can key a plain record. */
export const RESERVED_IDS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

const EXISTING_TECHNOLOGY = 'an existing technology id';
const ENTERED_SOURCE =
  'the source the user entered ({ "source": "a URL, a benchmark, team estimate" })';
const EXISTING_SECTION = 'an existing section id (one of the catalogue’s sections)';
const EXISTING_LAYER = 'an existing layer id';
const EXISTING_DIMENSION = 'an existing dimension id';
const EXISTING_SCENARIO = 'an existing scenario id';
const NOT_RESERVED = `an id other than ${RESERVED_IDS.join(', ')}`;

/** Collects cross-reference errors with their paths. */
class Checker {
  readonly errors: CatalogueError[] = [];

  add(path: readonly PathSegment[], value: unknown, expected: string): void {
    this.errors.push({ path: formatPath(path), value: previewValue(value), expected });
  }

  /** An error whose value is a description ("90,720 stacks"), not a value from the input. */
  addDescribed(path: readonly PathSegment[], value: string, expected: string): void {
    this.errors.push({ path: formatPath(path), value, expected });
  }

  /** Ids of one collection: unique and not reserved. */
  ids(collection: string, ids: readonly string[]): void {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const path = [collection, i, 'id'];
      if (RESERVED_IDS.includes(id)) this.add(path, id, NOT_RESERVED);
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, i);
      else this.add(path, id, `a unique id (${formatPath([collection, earlier, 'id'])} has it)`);
    });
  }
}

function checkPattern(
  check: Checker,
  pattern: StackPattern,
  path: readonly PathSegment[],
  techLayer: ReadonlyMap<string, string>,
  layerIds: ReadonlySet<string>,
): void {
  for (const [layer, ids] of Object.entries(pattern)) {
    if (!layerIds.has(layer)) {
      check.add([...path, layer], layer, `a key that is ${EXISTING_LAYER}`);
      continue;
    }
    ids.forEach((id, i) => {
      const actual = techLayer.get(id);
      if (actual === undefined) check.add([...path, layer, i], id, EXISTING_TECHNOLOGY);
      else if (actual !== layer)
        check.add(
          [...path, layer, i],
          id,
          `a technology of layer ${layer} ("${id}" is in layer ${actual})`,
        );
    });
  }
}

/** No list of a catalogue may be longer (the longest the schema allows is 2,000 rules). */
export const MAX_LIST_ITEMS = 10_000;
/** How deep the list check looks: the schema's lists all sit within the first levels. */
const LIST_CHECK_DEPTH = 8;

/**
 * The first list longer than MAX_LIST_ITEMS within the first levels, as an error; null when
 * there is none. Run before the schema, which would check (and report) every item of a list
 * of a million — seconds on the main thread for a hostile file. Iterative: no recursion depth.
 */
function oversizedList(input: unknown): CatalogueError | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value) && value.length > MAX_LIST_ITEMS)
      return {
        path: formatPath(path),
        value: previewValue(value),
        expected: `at most ${MAX_LIST_ITEMS} items`,
      };
    if (path.length >= LIST_CHECK_DEPTH) continue;
    if (Array.isArray(value))
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else
      for (const key of Object.keys(value))
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
  }
  return null;
}

/**
 * Checks a catalogue's shape (zod) and every cross-reference. Returns the parsed catalogue, or
 * every problem with its path, a preview of the value and what was expected. Never throws,
 * whatever the input (huge strings, deep nesting, `__proto__` keys).
 */
export function validateCatalogue(input: unknown): CatalogueResult {
  let oversized: CatalogueError | null = null;
  try {
    oversized = oversizedList(input);
  } catch {
    // An input that throws when read (a trapping proxy) is reported by the schema's read below.
  }
  if (oversized) return { ok: false, errors: [oversized] };
  let parsed: ReturnType<typeof catalogueSchema.safeParse>;
  try {
    parsed = catalogueSchema.safeParse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        {
          path: ROOT_PATH,
          value: previewValue(input),
          expected: `a catalogue object that can be read (${reason.slice(0, 200)})`,
        },
      ],
    };
  }
  const protoErrors = protoKeyErrors(input);
  if (!parsed.success) {
    const shapeErrors = zodIssuesToErrors(parsed.error.issues, input);
    // Every error at once (an import lists them all): the cross-references too, as far as
    // they can be read from the unvalidated input; never where a shape error already points.
    const references = bestEffortReferences(input).filter(
      (r) =>
        !shapeErrors.some(
          (e) =>
            r.path === e.path || r.path.startsWith(`${e.path}.`) || r.path.startsWith(`${e.path}[`),
        ),
    );
    return {
      ok: false,
      errors: capErrors(
        [...protoErrors, ...shapeErrors, ...references],
        protoErrors.length + parsed.error.issues.length + references.length,
      ),
    };
  }
  if (protoErrors.length > 0) return { ok: false, errors: protoErrors };
  const errors = referenceErrors(parsed.data);
  return errors.length === 0
    ? { ok: true, catalogue: parsed.data }
    : { ok: false, errors: capErrors(errors) };
}

/**
 * The cross-reference checks on input that failed the schema: run inside try/catch on the
 * input read as a catalogue (its fields may have any type, so any check may throw); what
 * they find is added to the shape errors, and nothing else is done with the input.
 */
function bestEffortReferences(input: unknown): CatalogueError[] {
  try {
    return referenceErrors(input as Catalogue);
  } catch {
    return [];
  }
}

/** The most stacks a catalogue may make (Π technologies per layer): what the ranking can rank live. */
export const MAX_STACKS = CATALOGUE_LIMITS.stacks;

/** Every cross-reference problem of a catalogue of the right shape: ids, sections, layers, patterns. */
function referenceErrors(cat: Catalogue): CatalogueError[] {
  const check = new Checker();
  const sectionIds = new Set(cat.sections.map((s) => s.id));
  const layerIds = new Set(cat.layers.map((l) => l.id));
  const dimensionIds = new Set(cat.dimensions.map((d) => d.id));
  const techLayer = new Map(cat.technologies.map((t) => [t.id, t.layer]));
  const scenarioIds = new Set(cat.scenarios.map((s) => s.id));

  for (const collection of [
    'sections',
    'layers',
    'technologies',
    'dimensions',
    'scenarios',
    'cases',
    'compatibility',
  ] as const) {
    check.ids(
      collection,
      cat[collection].map((item) => item.id),
    );
  }

  /** A citation of a section; `user` (an item the user entered) cites none. */
  const cite = (source: string, path: readonly PathSegment[]) => {
    if (source !== 'user' && !sectionIds.has(source)) check.add(path, source, EXISTING_SECTION);
  };
  const citeAll = (sources: readonly string[], path: readonly PathSegment[]) =>
    sources.forEach((src, i) => cite(src, [...path, i]));
  /** An item's provenance: a seed section it cites, or `user` with what the user typed as the source. */
  const sourced = (
    item: { source: string; entered?: { source: string } | undefined },
    path: readonly PathSegment[],
  ) => {
    cite(item.source, [...path, 'source']);
    if (item.source === 'user' && item.entered === undefined)
      check.add([...path, 'entered'], undefined, ENTERED_SOURCE);
  };

  cat.layers.forEach((layer, i) => {
    sourced(layer, ['layers', i]);
    if (!cat.technologies.some((t) => t.layer === layer.id))
      check.add(['layers', i, 'id'], layer.id, 'a layer with at least one technology');
  });
  cat.technologies.forEach((tech, i) => {
    const at = ['technologies', i];
    if (!layerIds.has(tech.layer)) check.add([...at, 'layer'], tech.layer, EXISTING_LAYER);
    for (const [key, fact] of Object.entries(tech.facts)) {
      if (!fact) continue;
      sourced(fact, [...at, 'facts', key]);
      if (fact.reading) citeAll(fact.reading.rests, [...at, 'facts', key, 'reading', 'rests']);
    }
    if (tech.includes) {
      cite(tech.includes.source, [...at, 'includes', 'source']);
      citeAll(tech.includes.reading.rests, [...at, 'includes', 'reading', 'rests']);
      tech.includes.ids.forEach((id, j) => {
        if (!techLayer.has(id)) check.add([...at, 'includes', 'ids', j], id, EXISTING_TECHNOLOGY);
      });
    }
  });
  cat.dimensions.forEach((dim, i) => sourced(dim, ['dimensions', i]));
  cat.scenarios.forEach((s, i) => {
    const at = ['scenarios', i];
    citeAll(s.sources, [...at, 'sources']);
    for (const field of ['weights', 'weightDerivation', 'focus'] as const) {
      for (const key of Object.keys(s[field])) {
        if (!dimensionIds.has(key))
          check.add([...at, field, key], key, `a key that is ${EXISTING_DIMENSION}`);
      }
    }
    s.variants.forEach((v, j) => {
      if (RESERVED_IDS.includes(v.id)) check.add([...at, 'variants', j, 'id'], v.id, NOT_RESERVED);
      checkPattern(check, v.stack, [...at, 'variants', j, 'stack'], techLayer, layerIds);
      citeAll(v.sections, [...at, 'variants', j, 'sections']);
    });
    for (const [field, derivations] of [
      ['weightDerivation', s.weightDerivation],
      ['requirementDerivation', s.requirementDerivation],
    ] as const) {
      for (const [key, d] of Object.entries(derivations)) {
        if (d) citeAll(d.sections, [...at, field, key, 'sections']);
      }
    }
    for (const [key, f] of Object.entries(s.focus)) {
      citeAll(f.derivation.sections, [...at, 'focus', key, 'derivation', 'sections']);
    }
    for (const tier of ['central', 'edge'] as const) {
      const id = s.tiers?.[tier];
      if (id !== undefined && !scenarioIds.has(id))
        check.add([...at, 'tiers', tier], id, EXISTING_SCENARIO);
    }
  });
  cat.cases.forEach((c, i) => {
    cite(c.section, ['cases', i, 'section']);
    checkPattern(check, c.stack, ['cases', i, 'stack'], techLayer, layerIds);
  });
  cat.compatibility.forEach((rule, i) => {
    sourced(rule, ['compatibility', i]);
    if (rule.reading) citeAll(rule.reading.rests, ['compatibility', i, 'reading', 'rests']);
    for (const field of ['when', 'unless'] as const) {
      (rule[field] ?? []).forEach((id, j) => {
        if (!techLayer.has(id)) check.add(['compatibility', i, field, j], id, EXISTING_TECHNOLOGY);
      });
    }
  });
  cat.decisionMatrix.forEach((row, i) =>
    checkPattern(check, row.stack, ['decisionMatrix', i, 'stack'], techLayer, layerIds),
  );
  const stacks = stackCount(cat);
  if (stacks > MAX_STACKS)
    check.addDescribed(
      ['technologies'],
      `${stacks.toLocaleString('en-US')} stacks`,
      `at most ${MAX_STACKS.toLocaleString('en-US')} stacks (one technology per layer: the product of the layers' technology counts)`,
    );
  return check.errors;
}

/** How many stacks the catalogue makes: the product of its layers' technology counts. */
export function stackCount(cat: Pick<Catalogue, 'layers' | 'technologies'>): number {
  const perLayer = new Map(cat.layers.map((l) => [l.id, 0]));
  for (const t of cat.technologies) {
    const n = perLayer.get(t.layer);
    if (n !== undefined) perLayer.set(t.layer, n + 1);
  }
  let product = 1;
  for (const n of perLayer.values()) product *= n;
  return product;
}
