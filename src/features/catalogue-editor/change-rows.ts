import {
  diffCatalogues,
  KEYED_COLLECTIONS,
  WHOLE_VALUES,
  type CatalogueDiff,
  type KeyedCollection,
  type WholeValue,
} from '../../catalogue/diff';
import { namesOf } from '../../catalogue/names';
import type { Catalogue, Language, LocalizedText } from '../../catalogue/types';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'reordered';

/** One line of "Changes against the seed": what kind of item, which, how it changed. */
export interface ChangeRow {
  collection: KeyedCollection | WholeValue;
  /** The item's id; the collection's name for a reordering or a whole-value change. */
  id: string;
  /** The item's name in both languages (a technology's name is the same in both). */
  label: LocalizedText;
  change: ChangeKind;
  /**
   * For `changed` items of a keyed collection: the fields that differ, as the diff names them
   * (`facts.startTime`, `summary`; shown through fieldLabel).
   */
  fields: string[];
}

/** The order collections are listed in: what the ranking reads first. */
export const CHANGE_ORDER = [
  'technologies',
  'layers',
  'dimensions',
  'compatibility',
  'scenarios',
  'cases',
  'sections',
] as const satisfies readonly KeyedCollection[];

const same = (text: string): LocalizedText => ({ zh: text, en: text });

/** The display label of an item of a collection, looked up in the catalogue that holds it. */
function labelOf(catalogue: Catalogue, collection: KeyedCollection, id: string): LocalizedText {
  const names = namesOf(catalogue);
  const both = (name: (lang: Language) => string): LocalizedText => ({
    zh: name('zh'),
    en: name('en'),
  });
  switch (collection) {
    case 'technologies':
      return same(names.technology(id));
    case 'layers':
      return both((lang) => names.layer(id, lang));
    case 'dimensions':
      return both((lang) => names.dimension(id, lang));
    case 'scenarios':
      return both((lang) => names.scenario(id, lang));
    case 'cases':
      return both((lang) => names.productionCase(id, lang));
    case 'sections':
      return both((lang) => `${id} ${names.section(id, lang)}`.trim());
    case 'compatibility':
      return same(id);
  }
}

/** Every change from `base` to `next`, collection by collection (CHANGE_ORDER), then the printed tables. */
export function toChangeRows(base: Catalogue, next: Catalogue, diff?: CatalogueDiff): ChangeRow[] {
  const d = diff ?? diffCatalogues(base, next);
  const rows: ChangeRow[] = [];
  for (const collection of CHANGE_ORDER) {
    const c = d[collection];
    for (const item of c.added)
      rows.push({
        collection,
        id: item.id,
        label: labelOf(next, collection, item.id),
        change: 'added',
        fields: [],
      });
    for (const id of c.removed)
      rows.push({
        collection,
        id,
        label: labelOf(base, collection, id),
        change: 'removed',
        fields: [],
      });
    for (const item of c.changed)
      rows.push({
        collection,
        id: item.id,
        label: labelOf(next, collection, item.id),
        change: 'changed',
        fields: item.fields,
      });
    if (c.reordered)
      rows.push({
        collection,
        id: collection,
        label: same(collection),
        change: 'reordered',
        fields: [],
      });
  }
  for (const whole of WHOLE_VALUES) {
    if (d[whole].changed)
      rows.push({
        collection: whole,
        id: whole,
        label: same(whole),
        change: 'changed',
        fields: [],
      });
  }
  return rows;
}

/** A count of one kind of change in one collection: "2 technologies added". */
export interface ChangeCount {
  collection: KeyedCollection | WholeValue;
  change: ChangeKind;
  n: number;
}

/** The changes counted by collection and kind, in the rows' order; empty when nothing changed. */
export function countChanges(rows: readonly ChangeRow[]): ChangeCount[] {
  const counts: ChangeCount[] = [];
  for (const row of rows) {
    const last = counts.at(-1);
    if (last && last.collection === row.collection && last.change === row.change) last.n += 1;
    else counts.push({ collection: row.collection, change: row.change, n: 1 });
  }
  return counts;
}

/** True when a collection is one whose items carry ids (not a printed table compared whole). */
export const isKeyed = (c: KeyedCollection | WholeValue): c is KeyedCollection =>
  (KEYED_COLLECTIONS as readonly string[]).includes(c);
