import type {
  Catalogue,
  CompatibilityRule,
  Dimension,
  LocalizedText,
  StackPattern,
  Technology,
} from '../../catalogue/types';
import { copyIdFor, keyIdFor, ruleIdFor } from './edit-ids';

// Pure edit operations on a catalogue. Each returns a new catalogue and never mutates its
// input; the caller validates the result (validateCatalogue) before putting it in the store.

/** What an item the user entered carries: `source: 'user'` and the source they typed. */
export function userSource(typed: string): { source: 'user'; entered: { source: string } } {
  return { source: 'user', entered: { source: typed.trim() } };
}

/** Where a removed pattern was: a seed variant of a scenario, a production case, a matrix row. */
export type PatternRef =
  | { kind: 'variant'; scenario: string; variant: string }
  | { kind: 'case'; id: string }
  | { kind: 'matrixRow'; label: string };

/** What went with a deletion, so the UI can say it. Ids, in catalogue order. */
export interface Removed {
  technologies: string[];
  /** Rules that named a removed technology in `when`: they could never fire again. */
  rules: string[];
  /** Rules that only lost a removed technology from `unless`. */
  rulesChanged: string[];
  /** Technologies whose `includes` lost a removed technology. */
  includes: string[];
  patterns: PatternRef[];
}

/** A catalogue after an edit that may take other items with it. */
export interface EditOutcome {
  catalogue: Catalogue;
  removed: Removed;
}

const nothingRemoved = (): Removed => ({
  technologies: [],
  rules: [],
  rulesChanged: [],
  includes: [],
  patterns: [],
});

/** True when nothing went with the edit. */
export function isNothing(removed: Removed): boolean {
  return Object.values(removed).every((list: unknown[]) => list.length === 0);
}

/** A copy of `value` without `key` (absent, not undefined). */
function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

/** A pattern with `gone` technologies taken out of its slots; null when a slot is left empty. */
function prunePattern(pattern: StackPattern, gone: ReadonlySet<string>): StackPattern | null {
  const out: StackPattern = {};
  for (const [layer, ids] of Object.entries(pattern)) {
    const kept = ids.filter((id) => !gone.has(id));
    if (kept.length === 0) return null;
    out[layer] = kept;
  }
  return out;
}

/** A pattern without the slot of a removed layer; null when no slot is left. */
function dropSlot(pattern: StackPattern, layer: string): StackPattern | null {
  const out = Object.fromEntries(Object.entries(pattern).filter(([l]) => l !== layer));
  return Object.keys(out).length > 0 ? out : null;
}

/** Applies `edit` to every stack pattern; an entry whose pattern becomes null is dropped and reported. */
function editPatterns(
  catalogue: Catalogue,
  edit: (pattern: StackPattern) => StackPattern | null,
  removed: Removed,
): Pick<Catalogue, 'scenarios' | 'cases' | 'decisionMatrix'> {
  const scenarios = catalogue.scenarios.map((s) => {
    const variants = s.variants.flatMap((v) => {
      const stack = edit(v.stack);
      if (stack) return [{ ...v, stack }];
      removed.patterns.push({ kind: 'variant', scenario: s.id, variant: v.id });
      return [];
    });
    return { ...s, variants };
  });
  const cases = catalogue.cases.flatMap((c) => {
    const stack = edit(c.stack);
    if (stack) return [{ ...c, stack }];
    removed.patterns.push({ kind: 'case', id: c.id });
    return [];
  });
  const decisionMatrix = catalogue.decisionMatrix.flatMap((row) => {
    const stack = edit(row.stack);
    if (stack) return [{ ...row, stack }];
    removed.patterns.push({ kind: 'matrixRow', label: row.label });
    return [];
  });
  return { scenarios, cases, decisionMatrix };
}

/**
 * Removes technologies and every reference to them: a rule whose `when` names one is removed
 * (it could never fire again; dropping only that id would widen it), a rule's `unless` and a
 * technology's `includes` lose them, and a pattern whose slot is left empty is dropped.
 */
function removeTechnologies(catalogue: Catalogue, ids: readonly string[], removed: Removed) {
  const gone = new Set(ids);
  removed.technologies.push(
    ...catalogue.technologies.filter((t) => gone.has(t.id)).map((t) => t.id),
  );
  const technologies = catalogue.technologies
    .filter((t) => !gone.has(t.id))
    .map((t) => {
      if (!t.includes?.ids.some((id) => gone.has(id))) return t;
      removed.includes.push(t.id);
      const kept = t.includes.ids.filter((id) => !gone.has(id));
      return kept.length > 0
        ? { ...t, includes: { ...t.includes, ids: kept } }
        : omit(t, 'includes');
    });
  const compatibility = catalogue.compatibility.flatMap((rule): CompatibilityRule[] => {
    if (rule.when.some((id) => gone.has(id))) {
      removed.rules.push(rule.id);
      return [];
    }
    if (!rule.unless?.some((id) => gone.has(id))) return [rule];
    removed.rulesChanged.push(rule.id);
    const unless = rule.unless.filter((id) => !gone.has(id));
    return [unless.length > 0 ? { ...rule, unless } : omit(rule, 'unless')];
  });
  return { ...catalogue, technologies, compatibility };
}

/** Adds a technology at the end of its layer's technologies (the caller marks it as entered). */
export function addTechnology(catalogue: Catalogue, technology: Technology): Catalogue {
  const last = catalogue.technologies.findLastIndex((t) => t.layer === technology.layer);
  const at = last < 0 ? catalogue.technologies.length : last + 1;
  return {
    ...catalogue,
    technologies: [
      ...catalogue.technologies.slice(0, at),
      technology,
      ...catalogue.technologies.slice(at),
    ],
  };
}

/**
 * Replaces technology `id` with `next` (same id). When it moves to another layer, the
 * patterns lose it from their slots of the old layer (a slot left empty drops its entry).
 */
export function updateTechnology(catalogue: Catalogue, id: string, next: Technology): EditOutcome {
  const removed = nothingRemoved();
  const before = catalogue.technologies.find((t) => t.id === id);
  if (!before) return { catalogue, removed };
  const technologies = catalogue.technologies.map((t) => (t.id === id ? next : t));
  if (before.layer === next.layer) return { catalogue: { ...catalogue, technologies }, removed };
  const gone = new Set([id]);
  const patterns = editPatterns(catalogue, (p) => prunePattern(p, gone), removed);
  return { catalogue: { ...catalogue, technologies, ...patterns }, removed };
}

/** Copies technology `id` right after it: id `<id>-copy` (then `-copy-2` …), name "<name> (copy)". */
export function duplicateTechnology(catalogue: Catalogue, id: string): Catalogue {
  const at = catalogue.technologies.findIndex((t) => t.id === id);
  const original = catalogue.technologies[at];
  if (!original) return catalogue;
  const copy: Technology = {
    ...original,
    id: copyIdFor(
      id,
      catalogue.technologies.map((t) => t.id),
    ),
    name: `${original.name.slice(0, 73)} (copy)`,
  };
  return {
    ...catalogue,
    technologies: [
      ...catalogue.technologies.slice(0, at + 1),
      copy,
      ...catalogue.technologies.slice(at + 1),
    ],
  };
}

/** Deletes technology `id` and its references (see removeTechnologies); says what went with it. */
export function deleteTechnology(catalogue: Catalogue, id: string): EditOutcome {
  const removed = nothingRemoved();
  if (!catalogue.technologies.some((t) => t.id === id)) return { catalogue, removed };
  const gone = new Set([id]);
  const without = removeTechnologies(catalogue, [id], removed);
  const patterns = editPatterns(without, (p) => prunePattern(p, gone), removed);
  return { catalogue: { ...without, ...patterns }, removed };
}

/**
 * Adds a layer at the end, its id derived from the English (else Chinese) name and unique.
 * A layer needs a technology before the catalogue validates: add one in the same edit.
 */
export function addLayer(
  catalogue: Catalogue,
  input: { name: LocalizedText; source: string },
): Catalogue {
  const id = keyIdFor(
    input.name.en || input.name.zh,
    catalogue.layers.map((l) => l.id),
    'layer',
  );
  return {
    ...catalogue,
    layers: [...catalogue.layers, { id, name: input.name, ...userSource(input.source) }],
  };
}

/** Gives layer `id` a new name (both languages). */
export function renameLayer(catalogue: Catalogue, id: string, name: LocalizedText): Catalogue {
  return {
    ...catalogue,
    layers: catalogue.layers.map((l) => (l.id === id ? { ...l, name } : l)),
  };
}

/** Removing the last layer is refused; otherwise the layer, its technologies and what went with them. */
export type RemoveLayerResult = ({ ok: true } & EditOutcome) | { ok: false; reason: 'lastLayer' };

/**
 * Removes layer `id`: patterns lose its slot (an entry left with no slot is dropped), then its
 * technologies go as deleteTechnology removes them. Refuses to remove the last layer.
 */
export function removeLayer(catalogue: Catalogue, id: string): RemoveLayerResult {
  const removed = nothingRemoved();
  if (!catalogue.layers.some((l) => l.id === id)) return { ok: true, catalogue, removed };
  if (catalogue.layers.length <= 1) return { ok: false, reason: 'lastLayer' };
  const ids = catalogue.technologies.filter((t) => t.layer === id).map((t) => t.id);
  const patterns = editPatterns(catalogue, (p) => dropSlot(p, id), removed);
  const without = removeTechnologies({ ...catalogue, ...patterns }, ids, removed);
  const gone = new Set(ids);
  const pruned = editPatterns(without, (p) => prunePattern(p, gone), removed);
  return {
    ok: true,
    catalogue: { ...without, ...pruned, layers: catalogue.layers.filter((l) => l.id !== id) },
    removed,
  };
}

/** Moves layer `id` one place up or down (the order of a stack's slots); unchanged at either end. */
export function moveLayer(catalogue: Catalogue, id: string, direction: 'up' | 'down'): Catalogue {
  const from = catalogue.layers.findIndex((l) => l.id === id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= catalogue.layers.length) return catalogue;
  const layers = [...catalogue.layers];
  [layers[from], layers[to]] = [layers[to]!, layers[from]!];
  return { ...catalogue, layers };
}

/** What the user gives for a new dimension. */
export type DimensionInput = Pick<
  Dimension,
  'name' | 'indicators' | 'defaultWeight' | 'metrics' | 'aggregation'
> & { source: string };

/** Adds a dimension at the end, its id derived from the English (else Chinese) name and unique. */
export function addDimension(catalogue: Catalogue, input: DimensionInput): Catalogue {
  const { source, ...fields } = input;
  const id = keyIdFor(
    fields.name.en || fields.name.zh,
    catalogue.dimensions.map((d) => d.id),
    'dimension',
  );
  return {
    ...catalogue,
    dimensions: [...catalogue.dimensions, { id, ...fields, ...userSource(source) }],
  };
}

/** The fields of a dimension the editor changes; a typed `source` marks it as the user's. */
export type DimensionChange = Partial<
  Pick<Dimension, 'name' | 'indicators' | 'defaultWeight' | 'metrics' | 'aggregation'>
> & { source?: string };

/** Changes dimension `id`'s name, indicators, metrics, aggregation or default weight (and source). */
export function updateDimension(
  catalogue: Catalogue,
  id: string,
  change: DimensionChange,
): Catalogue {
  const { source, ...fields } = change;
  const marks = source === undefined ? {} : userSource(source);
  return {
    ...catalogue,
    dimensions: catalogue.dimensions.map((d) => (d.id === id ? { ...d, ...fields, ...marks } : d)),
  };
}

/** The three kinds of rule the editor writes. */
export const RULE_KINDS = ['requires', 'excludes', 'warns'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * A rule as the user states it. requires: `technology` requires one of `others` (invalid
 * without them); excludes: `technology` and `others` cannot run together; warns: a warning
 * when the stack holds `technology` and every one of `others`, unless one of `unless`.
 */
export interface RuleInput {
  kind: RuleKind;
  technology: string;
  others: string[];
  unless?: string[];
  reason: LocalizedText;
  source: string;
}

/** The severity, `when` and `unless` of a rule the user states. */
export function ruleLogic(
  input: RuleInput,
): Pick<CompatibilityRule, 'severity' | 'when' | 'unless'> {
  switch (input.kind) {
    case 'requires':
      return { severity: 'invalid', when: [input.technology], unless: [...input.others] };
    case 'excludes':
      return { severity: 'invalid', when: [input.technology, ...input.others] };
    case 'warns': {
      const unless = input.unless ?? [];
      return {
        severity: 'warning',
        when: [input.technology, ...input.others],
        ...(unless.length > 0 ? { unless: [...unless] } : {}),
      };
    }
  }
}

/** How the editor reads a rule: invalid with `unless` = requires; invalid = excludes; warning = warns. */
export function ruleKindOf(rule: CompatibilityRule): RuleKind {
  if (rule.severity === 'warning') return 'warns';
  return rule.unless && rule.unless.length > 0 ? 'requires' : 'excludes';
}

/** Adds a user rule at the end; its id from its kind and technologies, unique. */
export function addRule(catalogue: Catalogue, input: RuleInput): Catalogue {
  const logic = ruleLogic(input);
  const id = ruleIdFor(
    input.kind,
    [...logic.when, ...(logic.unless ?? [])],
    catalogue.compatibility.map((r) => r.id),
  );
  const rule: CompatibilityRule = {
    id,
    ...logic,
    reason: input.reason,
    ...userSource(input.source),
  };
  return { ...catalogue, compatibility: [...catalogue.compatibility, rule] };
}

/** Rewrites rule `id` from the user's statement (same id); it becomes a user rule (no seed quote or reading). */
export function updateRule(catalogue: Catalogue, id: string, input: RuleInput): Catalogue {
  return {
    ...catalogue,
    compatibility: catalogue.compatibility.map((r) =>
      r.id === id
        ? { id, ...ruleLogic(input), reason: input.reason, ...userSource(input.source) }
        : r,
    ),
  };
}

/** Deletes rule `id`. */
export function deleteRule(catalogue: Catalogue, id: string): Catalogue {
  return { ...catalogue, compatibility: catalogue.compatibility.filter((r) => r.id !== id) };
}
