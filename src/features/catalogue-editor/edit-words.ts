import type { Catalogue, CompatibilityRule, Language } from '../../catalogue/types';
import { namesOf } from '../../catalogue/names';
import { fieldLabel } from '../../components/field-labels';
import { format } from '../../i18n/messages';
import type { CatalogueEdit } from '../../store/app-store';
import { isKeyed, type ChangeCount, type ChangeRow } from './change-rows';
import { ruleKindOf, type PatternRef, type Removed } from './edit-catalogue';
import type { EditorStrings } from './messages';

// The editor's sentences, built from codes: what an edit was, how the catalogue differs from
// the seed, what goes with a deletion, what a rule says.

/** An edit as the undo / redo buttons name it: "add technology Podman". */
export function editLabel(edit: CatalogueEdit, m: EditorStrings): string {
  const template = m[`${edit.action}Edit`];
  return format(template, { subject: edit.subject ?? '' }).trim();
}

const NOUNS = {
  technologies: ['technologyOne', 'technologyMany'],
  layers: ['layerOne', 'layerMany'],
  dimensions: ['dimensionOne', 'dimensionMany'],
  compatibility: ['ruleOne', 'ruleMany'],
  scenarios: ['scenarioOne', 'scenarioMany'],
  cases: ['caseOne', 'caseMany'],
  sections: ['sectionOne', 'sectionMany'],
} as const;

/** One count as words: "2 technologies added", "layers reordered", "the printed … changed". */
function countWords(count: ChangeCount, m: EditorStrings): string {
  const { collection, change, n } = count;
  if (!isKeyed(collection)) return format(m.wholePart, { noun: m[collection] });
  const [one, many] = NOUNS[collection];
  if (change === 'reordered') return format(m.reorderedPart, { noun: m[`${collection}Order`] });
  return format(m.changePart, { n, noun: m[n === 1 ? one : many], verb: m[change] });
}

/** The counts as one list: "1 technology added, 1 layer added". */
export function changeList(counts: readonly ChangeCount[], m: EditorStrings): string {
  return counts.map((c) => countWords(c, m)).join(m.listSep);
}

/** The line that says whether the catalogue differs from the seed. */
export function catalogueLine(counts: readonly ChangeCount[], m: EditorStrings): string {
  if (counts.length === 0) return m.seedCatalogue;
  return format(m.yourCatalogue, { changes: changeList(counts, m) });
}

/** The "Change" cell of a change row: its fields by their labels ("Changed: Start time, Summary"). */
export function changeText(row: ChangeRow, m: EditorStrings, lang: Language): string {
  switch (row.change) {
    case 'added':
      return m.addedChange;
    case 'removed':
      return m.removedChange;
    case 'reordered':
      return m.reorderedChange;
    case 'changed':
      return row.fields.length > 0
        ? format(m.changedFields, {
            fields: row.fields.map((f) => fieldLabel(f, lang)).join(m.listSep),
          })
        : m.changedChange;
  }
}

/** The "Kind" cell of a change row. */
export function kindText(row: ChangeRow, m: EditorStrings): string {
  return isKeyed(row.collection) ? m[`${row.collection}Kind`] : m.tableKind;
}

/** The "Item" cell of a change row. */
export function itemText(row: ChangeRow, m: EditorStrings, lang: Language): string {
  return isKeyed(row.collection) ? row.label[lang] : m[row.collection];
}

function patternWords(ref: PatternRef, catalogue: Catalogue, lang: Language, m: EditorStrings) {
  switch (ref.kind) {
    case 'variant':
      return format(m.variant, {
        scenario: namesOf(catalogue).scenario(ref.scenario, lang),
        variant: ref.variant,
      });
    case 'case':
      return format(m.case, { name: namesOf(catalogue).productionCase(ref.id, lang) });
    case 'matrixRow':
      return format(m.matrixRow, { label: ref.label });
  }
}

/** What goes with a deletion, one line each; `catalogue` is the one before it (it names them). */
export function removedLines(
  removed: Removed,
  catalogue: Catalogue,
  lang: Language,
  m: EditorStrings,
  without: readonly string[] = [],
): string[] {
  const tech = namesOf(catalogue).technology;
  const list = (items: string[]) => items.join(m.listSep);
  const lines: string[] = [];
  const technologies = removed.technologies.filter((id) => !without.includes(id));
  if (technologies.length > 0)
    lines.push(format(m.goneTechnologies, { list: list(technologies.map(tech)) }));
  if (removed.rules.length > 0) lines.push(format(m.goneRules, { list: list(removed.rules) }));
  if (removed.rulesChanged.length > 0)
    lines.push(format(m.changedRules, { list: list(removed.rulesChanged) }));
  if (removed.includes.length > 0)
    lines.push(format(m.goneIncludes, { list: list(removed.includes.map(tech)) }));
  if (removed.patterns.length > 0)
    lines.push(
      format(m.gonePatterns, {
        list: list(removed.patterns.map((p) => patternWords(p, catalogue, lang, m))),
      }),
    );
  return lines;
}

/** What a rule says, by technology name: "WasmEdge requires crun", "Kubernetes + sqlite cannot run together". */
export function ruleSentence(
  rule: CompatibilityRule,
  catalogue: Catalogue,
  m: EditorStrings,
): string {
  const tech = namesOf(catalogue).technology;
  const unless = rule.unless ?? [];
  switch (ruleKindOf(rule)) {
    case 'requires': {
      const sentence = format(m.requiresText, {
        a: rule.when.map(tech).join(m.andSep),
        list: unless.map(tech).join(m.orSep),
      });
      return sentence;
    }
    case 'excludes':
      return format(m.excludesText, { list: rule.when.map(tech).join(m.andSep) });
    case 'warns': {
      const sentence = format(m.warnsText, { list: rule.when.map(tech).join(m.andSep) });
      return unless.length > 0
        ? sentence + format(m.unlessText, { list: unless.map(tech).join(m.orSep) })
        : sentence;
    }
  }
}
