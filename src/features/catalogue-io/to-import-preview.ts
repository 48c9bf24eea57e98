import { diffCatalogues, isEmpty, type CatalogueDiff } from '../../catalogue/diff';
import { namesOf, type Names } from '../../catalogue/names';
import type {
  Catalogue,
  CompatibilityRule,
  Language,
  LocalizedText,
  Requirements,
  Weights,
} from '../../catalogue/types';
import { fieldLabel } from '../../components/field-labels';
import type { RankOptions } from '../../engine/evaluate';
import { reconcileWeights, scenarioIn } from '../../engine/presets';
import { rankFor } from '../../store/use-ranking';

/** The inputs a preview ranks under: the store's, as they stand. */
export interface PreviewInputs extends RankOptions {
  requirements: Requirements;
  weights: Weights;
  baseScenarioId: string;
}

/** The collections a preview lists item by item, in the order it shows them. */
export const PREVIEW_COLLECTIONS = [
  'technologies',
  'layers',
  'dimensions',
  'compatibility',
  'scenarios',
] as const;
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number];

/** A changed item: its name and the fields that differ, by their labels ("Start time", "Name", …). */
export interface ChangedEntry {
  name: string;
  fields: string[];
}

/** One collection's changes by name; only collections with a change are listed. */
export interface PreviewGroup {
  collection: PreviewCollection;
  added: string[];
  removed: string[];
  changed: ChangedEntry[];
}

/** What else differs, without names: cases, sections, the printed tables, item order. */
export type OtherChange = 'cases' | 'sections' | 'tables' | 'order';

/** The #1 stack under one catalogue, or null when the ranking is empty. */
export interface TopStack {
  id: string;
  name: string;
}

/** What an import would change, in names, and how the ranking would move. */
export interface ImportPreview {
  /** True when the imported catalogue equals the current one. */
  unchanged: boolean;
  groups: PreviewGroup[];
  other: OtherChange[];
  top: { before: TopStack | null; after: TopStack | null };
  stacks: { before: number; after: number };
}

const OTHER_LANG: Record<Language, Language> = { en: 'zh', zh: 'en' };
const text = (value: LocalizedText, lang: Language) => value[lang] || value[OTHER_LANG[lang]];

/** A rule as a line: the technologies it fires on, then its reason. */
function ruleLabel(rule: CompatibilityRule, names: Names, lang: Language): string {
  const reason = text(rule.reason, lang);
  const when = rule.when.map((id) => names.technology(id)).join(' + ');
  return reason ? `${when}: ${reason}` : when || rule.id;
}

/** The name of an item of a collection in a catalogue (the id when it lacks the item). */
function nameIn(
  catalogue: Catalogue,
  collection: PreviewCollection,
  id: string,
  lang: Language,
): string {
  const names = namesOf(catalogue);
  switch (collection) {
    case 'technologies':
      return names.technology(id);
    case 'layers':
      return names.layer(id, lang);
    case 'dimensions':
      return names.dimension(id, lang);
    case 'scenarios':
      return names.scenario(id, lang);
    case 'compatibility': {
      const rule = catalogue.compatibility.find((r) => r.id === id);
      return rule ? ruleLabel(rule, names, lang) : id;
    }
  }
}

function groupOf(
  diff: CatalogueDiff,
  collection: PreviewCollection,
  current: Catalogue,
  imported: Catalogue,
  lang: Language,
): PreviewGroup {
  const d = diff[collection];
  return {
    collection,
    added: d.added.map((item) => nameIn(imported, collection, item.id, lang)),
    removed: d.removed.map((id) => nameIn(current, collection, id, lang)),
    changed: d.changed.map(({ id, fields }) => ({
      name: nameIn(imported, collection, id, lang),
      fields: fields.map((field) => fieldLabel(field, lang)),
    })),
  };
}

function otherChanges(diff: CatalogueDiff): OtherChange[] {
  const changed = (k: 'cases' | 'sections') =>
    diff[k].added.length + diff[k].removed.length + diff[k].changed.length > 0;
  const out: OtherChange[] = [];
  if (changed('cases')) out.push('cases');
  if (changed('sections')) out.push('sections');
  if (
    diff.decisionMatrix.changed ||
    diff.schemeComparison.changed ||
    diff.compatibilityMatrix.changed
  )
    out.push('tables');
  const keyed = [...PREVIEW_COLLECTIONS, 'cases', 'sections'] as const;
  if (keyed.some((k) => diff[k].reordered)) out.push('order');
  return out;
}

/** The ranking of the inputs under a catalogue: its weights and scenario carried over as the store would. */
function rankingUnder(catalogue: Catalogue, inputs: PreviewInputs) {
  const scenario = scenarioIn(catalogue, inputs.baseScenarioId);
  return rankFor(
    catalogue,
    inputs.requirements,
    reconcileWeights(catalogue, inputs.weights),
    { mode: inputs.mode, showInvalid: inputs.showInvalid },
    scenario,
  );
}

/**
 * What importing `imported` over `current` would do: the added, removed and changed items of
 * each collection by name (in `lang`), what else differs, the #1 stack and the number of ranked
 * stacks before and after, for the same inputs. Pure; deterministic.
 */
export function toImportPreview(
  current: Catalogue,
  imported: Catalogue,
  inputs: PreviewInputs,
  lang: Language,
): ImportPreview {
  const diff = diffCatalogues(current, imported);
  const groups = PREVIEW_COLLECTIONS.map((c) => groupOf(diff, c, current, imported, lang)).filter(
    (g) => g.added.length + g.removed.length + g.changed.length > 0,
  );
  const before = rankingUnder(current, inputs);
  const after = rankingUnder(imported, inputs);
  const top = (rows: typeof before, catalogue: Catalogue): TopStack | null => {
    const first = rows[0];
    return first ? { id: first.stack.id, name: namesOf(catalogue).stack(first.stack.id) } : null;
  };
  return {
    unchanged: isEmpty(diff),
    groups,
    other: otherChanges(diff),
    top: { before: top(before, current), after: top(after, imported) },
    stacks: { before: before.length, after: after.length },
  };
}
