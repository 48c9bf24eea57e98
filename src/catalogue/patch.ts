import { z } from 'zod';

import { type CatalogueError, zodIssuesToErrors } from './catalogue-errors';
import { itemsById, KEYED_COLLECTIONS, WHOLE_VALUES } from './diff';
import type { ItemOf, KeyedCollection, WholeValue } from './diff';
import { deepEqual } from './json-equal';
import type { Catalogue } from './types';

/**
 * A compact description of how to turn one catalogue into another. Keyed collections carry
 * the items to add or replace (whole items), the ids to remove and, only when the ids end up
 * in another order than applying the rest gives, the full id order. The printed tables
 * without ids are replaced whole (`null` removes an optional one).
 */
export interface CollectionPatch<T> {
  upsert?: T[];
  remove?: string[];
  order?: string[];
}

export type CataloguePatch = { [K in KeyedCollection]?: CollectionPatch<ItemOf<K>> } & {
  [K in WholeValue]?: NonNullable<Catalogue[K]> | null;
};

/** A decoded patch may not nest deeper than this (a catalogue nests about 8 levels). */
export const MAX_PATCH_DEPTH = 32;
// Keys that reach an object's prototype. Refused anywhere in a patch, so no later step (a
// spread, a merge, a schema) can be tricked into touching Object.prototype.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const RESERVED_MESSAGE = 'no key named __proto__, constructor or prototype';

/** Where a JSON value has a reserved key or nests too deep, and what is expected; walked without recursion. */
function hostileShape(root: unknown): { path: PropertyKey[]; message: string } | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length > MAX_PATCH_DEPTH) {
      return { path, message: `at most ${MAX_PATCH_DEPTH} levels of nesting` };
    }
    if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key)) return { path: [...path, key], message: RESERVED_MESSAGE };
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

const idSchema = z.string().min(1).max(200);
const itemSchema = z.looseObject({ id: idSchema });
const collectionPatchSchema = z.object({
  upsert: z.array(itemSchema).optional(),
  remove: z.array(idSchema).optional(),
  order: z.array(idSchema).optional(),
});
const wholeValueSchema = z.array(z.looseObject({})).nullable().optional();

/**
 * The shape of an untrusted patch: reserved keys and deep nesting refused first, then each
 * known collection checked; unknown collections are dropped. Items are checked only for an
 * id here: the patched catalogue is validated whole by the caller.
 */
export const cataloguePatchSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const hostile = hostileShape(value);
    if (hostile) ctx.addIssue({ code: 'custom', message: hostile.message, path: hostile.path });
  })
  .pipe(
    z.object({
      ...Object.fromEntries(KEYED_COLLECTIONS.map((k) => [k, collectionPatchSchema.optional()])),
      ...Object.fromEntries(WHOLE_VALUES.map((k) => [k, wholeValueSchema])),
    }),
  );

type Item = { id: string };

function patchCollection(
  base: readonly Item[],
  next: readonly Item[],
): CollectionPatch<Item> | null {
  const baseById = itemsById(base);
  const nextIds = new Set(next.map((item) => item.id));
  const remove = [...baseById.keys()].filter((id) => !nextIds.has(id));
  const upsert = next.filter((item) => !deepEqual(baseById.get(item.id), item));
  // The order applyPatch gives without `order`: kept items in place, new ones appended.
  const natural = [
    ...[...baseById.keys()].filter((id) => nextIds.has(id)),
    ...upsert.map((item) => item.id).filter((id) => !baseById.has(id)),
  ];
  const order = next.map((item) => item.id);
  const patch: CollectionPatch<Item> = {};
  if (upsert.length > 0) patch.upsert = upsert;
  if (remove.length > 0) patch.remove = remove;
  if (!deepEqual(natural, order)) patch.order = order;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The patch that turns `base` into `next`: `{}` when they are equal. Ids are unique per collection. */
export function makePatch(base: Catalogue, next: Catalogue): CataloguePatch {
  const patch: Record<string, unknown> = {};
  for (const k of KEYED_COLLECTIONS) {
    const part = patchCollection(base[k], next[k]);
    if (part) patch[k] = part;
  }
  for (const k of WHOLE_VALUES) {
    if (!deepEqual(base[k], next[k])) patch[k] = next[k] ?? null;
  }
  return patch as CataloguePatch;
}

function applyCollection(base: readonly Item[], part: CollectionPatch<Item>): Item[] {
  const removed = new Set(part.remove ?? []);
  const items = base.filter((item) => !removed.has(item.id));
  // Index by id so a huge hostile patch costs linear time, not quadratic.
  const at = new Map<string, number>();
  items.forEach((item, i) => {
    if (!at.has(item.id)) at.set(item.id, i);
  });
  for (const item of part.upsert ?? []) {
    const i = at.get(item.id);
    if (i !== undefined) items[i] = item;
    else at.set(item.id, items.push(item) - 1);
  }
  if (!part.order) return items;
  // Listed ids first, in the listed order; anything the order leaves out keeps its place after.
  const rank = new Map<string, number>();
  part.order.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const position = (item: Item) => rank.get(item.id) ?? part.order!.length;
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => position(a.item) - position(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

export type ApplyPatchResult =
  { ok: true; value: unknown } | { ok: false; errors: CatalogueError[] };

/**
 * Applies an untrusted patch to `base`: checks it with `cataloguePatchSchema`, then builds a
 * new plain object (base is never mutated). The value is not yet a catalogue: validate it
 * with validateCatalogue. Never throws; a malformed patch gives every problem with its path.
 */
export function applyPatch(base: Catalogue, patch: unknown): ApplyPatchResult {
  let parsed: ReturnType<typeof cataloguePatchSchema.safeParse>;
  try {
    parsed = cataloguePatchSchema.safeParse(patch);
  } catch {
    // Only a value that is not plain JSON (a throwing getter, a proxy) gets here.
    return {
      ok: false,
      errors: [{ path: 'patch', value: '(unreadable)', expected: 'plain JSON' }],
    };
  }
  if (!parsed.success) {
    return { ok: false, errors: zodIssuesToErrors(parsed.error.issues, patch, ['patch']) };
  }
  const data = parsed.data as Record<string, unknown>;
  const result: Record<string, unknown> = { ...base };
  for (const k of KEYED_COLLECTIONS) {
    const part = data[k] as CollectionPatch<Item> | undefined;
    if (part) result[k] = applyCollection(base[k], part);
  }
  for (const k of WHOLE_VALUES) {
    const value = data[k];
    if (value === null) delete result[k];
    else if (value !== undefined) result[k] = value;
  }
  return { ok: true, value: result };
}
