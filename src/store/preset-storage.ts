import { z } from 'zod';

import type { Requirements, Weights } from '../catalogue/types';
import type { RankMode } from '../engine/evaluate';
import { METHODS, type Method } from '../engine/methods';
import { catalogueKeySchema } from '../catalogue/ids';
import { judgementSchema, requirementsInputSchema, weightValueSchema } from './inputs-schema';
import { isQuotaError } from './quota-error';

/** The one localStorage key of the saved presets: `{ v: 1, presets: Preset[] }`. */
export const PRESETS_KEY = 'sdm.presets';
export const PRESETS_VERSION = 1;
/** Damaged stored values are copied under this prefix plus a timestamp before being replaced. */
export const CORRUPT_KEY_PREFIX = 'sdm.presets.corrupt.';
export const MAX_NAME_LENGTH = 60;

/**
 * A user's named preset: the weights, requirements and ranking method it was saved with, and
 * the scenario its inputs started from (its focus shapes the scores; absent means 'default').
 */
export interface Preset {
  id: string;
  name: string;
  weights: Weights;
  requirements: Requirements;
  rankMode: RankMode;
  showInvalid: boolean;
  baseScenarioId?: string;
  /** Absent in presets saved before aggregation methods: the weighted sum. */
  method?: Method;
  /** AHP judgements (absent or empty: none). */
  judgements?: number[];
}

/** The subset of Storage the presets use; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;
/** Returns the storage; may throw (a SecurityError when the browser blocks storage). */
export type StorageAccess = () => StorageLike;

// Bidi overrides and isolates can make a name display as something else; control characters too.
const UNSAFE_CHARS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A user-typed name made safe to keep: unsafe characters dropped, spaces collapsed, trimmed, at most 60 characters. */
export function cleanPresetName(text: string): string {
  const collapsed = text.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  // Array.from counts code points, so the cap never splits a surrogate pair.
  return Array.from(collapsed).slice(0, MAX_NAME_LENGTH).join('').trim();
}

// A weight per dimension of the catalogue the preset was saved with (the seed's six, or a
// user's): applied to another catalogue, its weights are reconciled (reconcileWeights).
const weightsSchema = z
  .record(catalogueKeySchema, weightValueSchema)
  .refine((w) => Object.keys(w).length >= 1 && Object.keys(w).length <= 12);
// Fields added after presets were first stored get the value that constrains nothing, which
// is what a preset saved before they existed meant.
const requirementsSchema = z.object({
  ...requirementsInputSchema.shape,
  site: requirementsInputSchema.shape.site.default('any'),
  alphaApi: requirementsInputSchema.shape.alphaApi.default(false),
  gpu: requirementsInputSchema.shape.gpu.default(false),
});
// z.object drops unknown keys, so a parsed entry is a fresh object of known fields only.
const presetSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().transform(cleanPresetName).pipe(z.string().min(1)),
  weights: weightsSchema,
  requirements: requirementsSchema,
  rankMode: z.enum(['fitFirst', 'scoreOnly']),
  showInvalid: z.boolean(),
  // Optional (older presets lack it); a scenario the catalogue does not know falls back to
  // its defaults when the preset is applied.
  baseScenarioId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,48}$/)
    .optional()
    .catch(undefined),
  // Added with issue 11; absent in older presets (the weighted sum, no judgements).
  method: z.enum(METHODS).optional().catch(undefined),
  judgements: z.array(judgementSchema).max(120).optional().catch(undefined),
});
const envelopeSchema = z.object({ v: z.number(), presets: z.array(z.unknown()) });

/** What one stored value holds, as far as it can be read. */
export interface Restored {
  presets: Preset[];
  /** Entries left out: invalid, or a repeated id. */
  ignored: number;
  /** The value as a whole was not a preset list (bad JSON, wrong shape). */
  unreadable: boolean;
  /** Set when the value was written by a newer version: it must never be overwritten. */
  futureVersion: number | null;
}

/** The one restore step for stored presets: parse, validate each entry, keep the valid ones. Never throws. */
export function restorePresets(raw: string | null): Restored {
  const none = { presets: [], ignored: 0, unreadable: false, futureVersion: null };
  if (raw === null) return none;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...none, unreadable: true };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ...none, unreadable: true };
  const { v, presets: entries } = envelope.data;
  const future = Number.isInteger(v) && v > PRESETS_VERSION;
  if (!future && v !== PRESETS_VERSION) return { ...none, unreadable: true };
  const presets: Preset[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const parsed = presetSchema.safeParse(entry);
    if (!parsed.success || ids.has(parsed.data.id)) continue;
    ids.add(parsed.data.id);
    presets.push(parsed.data);
  }
  const ignored = entries.length - presets.length;
  return { presets, ignored, unreadable: false, futureVersion: future ? v : null };
}

/** The stored form of a preset list (the whole list, one value). */
export function serialisePresets(presets: Preset[]): string {
  return JSON.stringify({ v: PRESETS_VERSION, presets });
}

export type LoadProblem =
  | { kind: 'unavailable' }
  | { kind: 'future'; version: number; kept: number }
  | {
      kind: 'recovered';
      kept: number;
      ignored: number;
      unreadable: boolean;
      backupKey: string | null;
    };

export interface LoadResult {
  presets: Preset[];
  /** False when writing would lose data (a newer format, a damaged value not backed up) or is impossible. */
  writable: boolean;
  problem: LoadProblem | null;
}

/**
 * Reads the saved presets. A damaged value is first copied to `sdm.presets.corrupt.<now>`, then
 * replaced by its valid entries; if the copy fails, the value is left alone and the list is not
 * writable this session. A newer format is read as far as possible and never written. Never throws.
 */
export function loadPresets(access: StorageAccess, now: number): LoadResult {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = access();
    raw = storage.getItem(PRESETS_KEY);
  } catch {
    return { presets: [], writable: false, problem: { kind: 'unavailable' } };
  }
  const restored = restorePresets(raw);
  const { presets, ignored, unreadable, futureVersion } = restored;
  if (futureVersion !== null) {
    const problem = { kind: 'future', version: futureVersion, kept: presets.length } as const;
    return { presets, writable: false, problem };
  }
  if (raw === null || (!unreadable && ignored === 0))
    return { presets, writable: true, problem: null };
  let backupKey: string | null = `${CORRUPT_KEY_PREFIX}${now}`;
  try {
    storage.setItem(backupKey, raw);
  } catch {
    backupKey = null;
  }
  // A failed rewrite is harmless: the damaged value stays, and the next load backs it up again.
  if (backupKey !== null) savePresets(() => storage, presets);
  const problem = {
    kind: 'recovered',
    kept: presets.length,
    ignored,
    unreadable,
    backupKey,
  } as const;
  return { presets, writable: backupKey !== null, problem };
}

export type SaveFailure = 'quota' | 'unavailable';

/** Writes the whole list in one setItem; on failure the stored value is unchanged. Never throws. */
export function savePresets(access: StorageAccess, presets: Preset[]): SaveFailure | null {
  try {
    access().setItem(PRESETS_KEY, serialisePresets(presets));
    return null;
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/** The page's localStorage; throws where the browser blocks it. */
export const browserStorage: StorageAccess = () => window.localStorage;
