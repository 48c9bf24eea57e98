import { deepEqual, definedKeys } from './json-equal';
import type { Catalogue } from './types';

/** The catalogue's collections whose items carry an `id`, compared item by item. */
export const KEYED_COLLECTIONS = [
  'layers',
  'technologies',
  'dimensions',
  'compatibility',
  'scenarios',
  'cases',
  'sections',
] as const;
export type KeyedCollection = (typeof KEYED_COLLECTIONS)[number];

/** The printed tables without ids: compared and replaced as whole values. */
export const WHOLE_VALUES = ['decisionMatrix', 'schemeComparison', 'compatibilityMatrix'] as const;
export type WholeValue = (typeof WHOLE_VALUES)[number];

export type ItemOf<K extends KeyedCollection> = Catalogue[K][number];

/** One item present in both catalogues with different contents, and which fields differ. */
export interface ChangedItem {
  id: string;
  /** Top-level field names, sorted; a technology's facts are named one by one (`facts.startTime`). */
  fields: string[];
}

/** How one keyed collection differs between two catalogues. */
export interface CollectionDiff<T> {
  /** Items of the next catalogue whose id the base lacks, in the next catalogue's order. */
  added: T[];
  /** Ids of the base that the next catalogue lacks, in the base's order. */
  removed: string[];
  /** Items in both that differ, in the next catalogue's order. */
  changed: ChangedItem[];
  /** True when the ids present in both appear in another relative order. */
  reordered: boolean;
}

export type CatalogueDiff = { [K in KeyedCollection]: CollectionDiff<ItemOf<K>> } & {
  [K in WholeValue]: { changed: boolean };
};

/** The items of a collection by id; a repeated id keeps its first item. */
export function itemsById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  return byId;
}

function changedFields(base: object, next: object, collection: KeyedCollection): string[] {
  const b = base as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = new Set([...definedKeys(b), ...definedKeys(n)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (deepEqual(b[key], n[key])) continue;
    if (collection === 'technologies' && key === 'facts') {
      fields.push(...changedFields(asObject(b[key]), asObject(n[key]), 'sections').map(factField));
    } else fields.push(key);
  }
  return fields.sort();
}

const factField = (key: string) => `facts.${key}`;
const asObject = (value: unknown): object =>
  typeof value === 'object' && value !== null ? value : {};

function diffCollection<T extends { id: string }>(
  base: readonly T[],
  next: readonly T[],
  collection: KeyedCollection,
): CollectionDiff<T> {
  const baseById = itemsById(base);
  const nextById = itemsById(next);
  const added: T[] = [];
  const changed: ChangedItem[] = [];
  for (const [id, item] of nextById) {
    const before = baseById.get(id);
    if (before === undefined) added.push(item);
    else if (!deepEqual(before, item))
      changed.push({ id, fields: changedFields(before, item, collection) });
  }
  const removed = [...baseById.keys()].filter((id) => !nextById.has(id));
  const commonInBase = [...baseById.keys()].filter((id) => nextById.has(id));
  const commonInNext = [...nextById.keys()].filter((id) => baseById.has(id));
  return { added, removed, changed, reordered: !deepEqual(commonInBase, commonInNext) };
}

/** What changed from `base` to `next`, collection by collection; deterministic, never mutates. */
export function diffCatalogues(base: Catalogue, next: Catalogue): CatalogueDiff {
  const keyed = Object.fromEntries(
    KEYED_COLLECTIONS.map((k) => [k, diffCollection<{ id: string }>(base[k], next[k], k)]),
  ) as { [K in KeyedCollection]: CollectionDiff<ItemOf<K>> };
  const whole = Object.fromEntries(
    WHOLE_VALUES.map((k) => [k, { changed: !deepEqual(base[k], next[k]) }]),
  ) as { [K in WholeValue]: { changed: boolean } };
  return { ...keyed, ...whole };
}

/** True when the diff records no change at all (order included). */
export function isEmpty(diff: CatalogueDiff): boolean {
  return (
    KEYED_COLLECTIONS.every((k) => {
      const d = diff[k];
      return !d.reordered && d.added.length + d.removed.length + d.changed.length === 0;
    }) && WHOLE_VALUES.every((k) => !diff[k].changed)
  );
}
