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
/** Damaged or cleaned stored values are copied under this prefix plus a timestamp before being replaced; never deleted by the app. */
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

/** The subset of Storage the presets use (key/length find an identical backup); tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'key' | 'length'>;
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
const envelopeSchema = z.object({ v: z.literal(PRESETS_VERSION), presets: z.array(z.unknown()) });

/** What one stored value holds, as far as it can be read. */
export interface Restored {
  presets: Preset[];
  /** Entries left out: invalid, or a repeated id. */
  ignored: number;
  /** Entries kept but changed by cleaning (an oversized or unsafe name, an oversized entry). */
  cleaned: number;
  /** The value as a whole was not a preset list (bad JSON, wrong shape, an unknown older `v`). */
  unreadable: boolean;
  /**
   * Set when the value is a JSON object with an integer `v` above PRESETS_VERSION, whatever
   * else it holds (written by a newer version): it must never be overwritten.
   */
  futureVersion: number | null;
}

/** Above this many characters of JSON an entry holds more than a preset needs: it is cleaned on load. */
export const MAX_ENTRY_CHARS = 8192;

/** True when keeping the parsed entry changes what was stored beyond filling in absent fields. */
function changedByCleaning(entry: unknown, parsed: Preset): boolean {
  const name = (entry as { name?: unknown }).name;
  if (name !== parsed.name) return true;
  return JSON.stringify(entry).length > MAX_ENTRY_CHARS;
}

/** The `v` of a stored JSON object when it marks a newer format (an integer above PRESETS_VERSION), else null. */
function newerVersion(json: unknown): number | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const v: unknown = (json as { v?: unknown }).v;
  return typeof v === 'number' && Number.isInteger(v) && v > PRESETS_VERSION ? v : null;
}

/**
 * The one restore step for stored presets: parse, validate each entry, keep the valid ones.
 * `v` is read first: a newer format is reported as such whatever the rest looks like (its
 * presets read as far as they can be). Never throws.
 */
export function restorePresets(raw: string | null): Restored {
  const none = { presets: [], ignored: 0, cleaned: 0, unreadable: false, futureVersion: null };
  if (raw === null) return none;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...none, unreadable: true };
  }
  const future = newerVersion(json);
  if (future !== null) {
    const entries = (json as { presets?: unknown }).presets;
    return { ...readEntries(Array.isArray(entries) ? entries : []), futureVersion: future };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ...none, unreadable: true };
  return { ...readEntries(envelope.data.presets), futureVersion: null };
}

/** The valid entries of a stored list (cleaned), and how many were left out or cleaned. */
function readEntries(entries: unknown[]): Omit<Restored, 'futureVersion'> {
  const presets: Preset[] = [];
  const ids = new Set<string>();
  let cleaned = 0;
  for (const entry of entries) {
    const parsed = presetSchema.safeParse(entry);
    if (!parsed.success || ids.has(parsed.data.id)) continue;
    ids.add(parsed.data.id);
    presets.push(parsed.data);
    if (changedByCleaning(entry, parsed.data)) cleaned++;
  }
  const ignored = entries.length - presets.length;
  return { presets, ignored, cleaned, unreadable: false };
}

/** The stored form of a preset list (the whole list, one value); also the export file's content. */
export function serialisePresets(presets: Preset[]): string {
  return JSON.stringify({ v: PRESETS_VERSION, presets });
}

/**
 * The key of a backup holding exactly `raw`: an existing `sdm.presets.corrupt.*` copy, else a
 * new `sdm.presets.corrupt.<now>` (suffixed `-1`, `-2`… when taken). Throws what storage throws.
 */
export function backupRaw(storage: StorageLike, raw: string, now: number): string {
  const taken = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(CORRUPT_KEY_PREFIX)) continue;
    if (storage.getItem(key) === raw) return key;
    taken.add(key);
  }
  const base = `${CORRUPT_KEY_PREFIX}${now}`;
  let key = base;
  for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
  storage.setItem(key, raw);
  return key;
}

/** A backup: its key, or why it could not be made. */
type Backup = { key: string } | { failure: SaveFailure };

function tryBackup(storage: StorageLike, raw: string, now: number): Backup {
  try {
    return { key: backupRaw(storage, raw, now) };
  } catch (error) {
    return { failure: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/**
 * Whether a stored v1 list may be replaced by its kept entries after `backup`: with a copy,
 * yes; without one only when the list merely needed cleaning and there was no room for the copy
 * (an oversized name: what is dropped is name text beyond 60 characters, hidden characters and
 * unknown data, nothing a user could type into a preset).
 */
function mayReplace(restored: Restored, backup: Backup): boolean {
  if ('key' in backup) return true;
  return backup.failure === 'quota' && restored.ignored === 0 && restored.cleaned > 0;
}

const keyOf = (backup: Backup) => ('key' in backup ? backup.key : null);

export type LoadProblem =
  | { kind: 'unavailable' }
  | { kind: 'future'; version: number; kept: number }
  /**
   * The value as a whole could not be read: left as it is (rewritten only when the user asks,
   * `replaceUnreadable`), copied to `backupKey` (null if the copy failed). `raw`: the value seen.
   */
  | { kind: 'unreadable'; backupKey: string | null; raw: string }
  /** A v1 list with entries left out (`ignored`) or cleaned. */
  | {
      kind: 'recovered';
      kept: number;
      ignored: number;
      /** Kept entries that were cleaned (an oversized name…); 0 when only damage was found. */
      cleaned: number;
      /** The copy of the original value; null when it could not be made. */
      backupKey: string | null;
      /** True when storage now holds the kept entries; false when the original was left as it is. */
      rewritten: boolean;
    };

export interface LoadResult {
  presets: Preset[];
  problem: LoadProblem | null;
}

/**
 * Reads the saved presets. A v1 list with damaged entries, or with entries changed by cleaning
 * (a 2 MB name), is first copied to a backup (`sdm.presets.corrupt.<now>`, or an identical
 * existing copy), then replaced by its valid, cleaned entries; if the copy fails, the value is
 * left alone, except that a list that only needed cleaning is still cleaned when there was no
 * room for the copy. A value unreadable as a whole (bad JSON, wrong shape) is copied and left
 * as it is, as a write would leave it. A newer format is read as far as possible and never
 * written. Whether a later change may be written is decided again at that write
 * (`writePresets`). Never throws.
 */
export function loadPresets(access: StorageAccess, now: number): LoadResult {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = access();
    raw = storage.getItem(PRESETS_KEY);
  } catch {
    return { presets: [], problem: { kind: 'unavailable' } };
  }
  const { presets, ignored, cleaned, unreadable, futureVersion } = restorePresets(raw);
  if (futureVersion !== null)
    return { presets, problem: { kind: 'future', version: futureVersion, kept: presets.length } };
  if (raw === null || (!unreadable && ignored === 0 && cleaned === 0))
    return { presets, problem: null };
  const backup = tryBackup(storage, raw, now);
  if (unreadable)
    return { presets, problem: { kind: 'unreadable', backupKey: keyOf(backup), raw } };
  // A failed rewrite is harmless: the original value stays, and the next load backs it up again
  // (into the same copy).
  const rewritten =
    mayReplace({ presets, ignored, cleaned, unreadable, futureVersion }, backup) &&
    savePresets(() => storage, presets) === null;
  const problem = {
    kind: 'recovered',
    kept: presets.length,
    ignored,
    cleaned,
    backupKey: keyOf(backup),
    rewritten,
  } as const;
  return { presets, problem };
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

/** At most this many saved presets: a save beyond it is refused (a longer stored list stays readable). */
export const MAX_PRESETS = 500;

/** A change to the preset list: the new list, or null when there is nothing to change (a blank name, an unknown id). */
export type PresetChange = (list: Preset[]) => Preset[] | null;

export type Applied =
  | { kind: 'changed'; presets: Preset[] }
  | { kind: 'unchanged' }
  /** The change would grow the list beyond MAX_PRESETS. */
  | { kind: 'full' };

/** A change applied to a list, refused when it would grow the list beyond MAX_PRESETS. */
export function applyPresetChange(list: Preset[], change: PresetChange): Applied {
  const next = change(list);
  if (next === null) return { kind: 'unchanged' };
  if (next.length > MAX_PRESETS && next.length > list.length) return { kind: 'full' };
  return { kind: 'changed', presets: next };
}

/** What a write did. Only `stored` changed storage; every other outcome left PRESETS_KEY as it was. */
export type WriteOutcome =
  /**
   * Written: `presets` is what storage holds now. `cleaned` entries of the stored value were
   * cleaned first, after a copy of it was kept under `backupKey` (null when nothing was cleaned,
   * or when there was no room for the copy: only cleaning, which loses nothing a user typed).
   */
  | { kind: 'stored'; presets: Preset[]; cleaned: number; backupKey: string | null }
  /** Applied to what storage holds (`presets`), the change is no change (e.g. another tab deleted the preset). */
  | { kind: 'unchanged'; presets: Preset[] }
  /** Applied to what storage holds, the change would grow the list beyond MAX_PRESETS. */
  | { kind: 'full' }
  /** Storage now holds a newer format (another tab of a newer version): never overwritten. */
  | { kind: 'newerInStorage'; version: number }
  /** Storage now holds a value this version cannot fully read: left as it is, copied to `backupKey` (null if the copy failed). */
  | { kind: 'unreadableInStorage'; backupKey: string | null }
  | { kind: SaveFailure };

/**
 * The one write path of the presets. Re-reads storage right before writing, so what another
 * tab stored since this page loaded is never lost: a newer format is not written over; a value
 * it cannot fully read (bad JSON, wrong shape, invalid entries) is backed up and not written
 * over; otherwise `change` is applied to what storage holds now (another tab's presets kept)
 * and the list written in one setItem. A stored list with entries changed by cleaning is
 * backed up before the cleaned list is written (written without a copy when storage has no
 * room for one: cleaning drops nothing a user typed). Never throws.
 */
export function writePresets(
  access: StorageAccess,
  change: PresetChange,
  now: number,
): WriteOutcome {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = access();
    raw = storage.getItem(PRESETS_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  const restored = restorePresets(raw);
  if (restored.futureVersion !== null)
    return { kind: 'newerInStorage', version: restored.futureVersion };
  if (raw !== null && (restored.unreadable || restored.ignored > 0))
    return { kind: 'unreadableInStorage', backupKey: keyOf(tryBackup(storage, raw, now)) };
  const applied = applyPresetChange(restored.presets, change);
  if (applied.kind === 'unchanged') return { kind: 'unchanged', presets: restored.presets };
  if (applied.kind === 'full') return applied;
  let backupKey: string | null = null;
  if (raw !== null && restored.cleaned > 0) {
    const backup = tryBackup(storage, raw, now);
    // Only cleaning is left to do here (damage was refused above): without room for a copy the
    // cleaned list is written anyway; a storage that refuses writes is reported as such.
    if (!mayReplace(restored, backup)) return { kind: 'unavailable' };
    backupKey = keyOf(backup);
  }
  const failure = savePresets(() => storage, applied.presets);
  if (failure) return { kind: failure };
  return { kind: 'stored', presets: applied.presets, cleaned: restored.cleaned, backupKey };
}

/** What replacing a stored value unreadable as a whole did. Only `stored` changed PRESETS_KEY. */
export type ReplaceOutcome =
  /** Storage now holds `presets`; the unreadable value is kept under `backupKey`. */
  | { kind: 'stored'; presets: Preset[]; backupKey: string }
  /** The stored value is no longer the one seen (another tab wrote or removed it): nothing written. */
  | { kind: 'changed' }
  /** Storage holds a newer format: never replaced. */
  | { kind: 'newerInStorage'; version: number }
  /** Storage holds a readable v1 list (or nothing): the normal write rules apply, nothing replaced. */
  | { kind: 'readable' }
  /** No copy of the unreadable value could be made: nothing written. */
  | { kind: 'noBackup'; failure: SaveFailure }
  /** The copy exists but the list could not be written (the stored value is unchanged). */
  | { kind: SaveFailure };

/**
 * Replaces a stored value unreadable as a whole (bad JSON, wrong shape) by `presets`, when the
 * user asks. Re-reads storage first: only the very value seen (`seenRaw`) is replaced, and only
 * while it is still unreadable as a whole and not a newer format. An identical
 * `sdm.presets.corrupt.*` copy is reused or a new one made; without a copy nothing is written.
 * Never throws.
 */
export function replaceUnreadable(
  access: StorageAccess,
  seenRaw: string,
  presets: Preset[],
  now: number,
): ReplaceOutcome {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = access();
    raw = storage.getItem(PRESETS_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw !== seenRaw) return { kind: 'changed' };
  const restored = restorePresets(raw);
  if (restored.futureVersion !== null)
    return { kind: 'newerInStorage', version: restored.futureVersion };
  if (raw === null || !restored.unreadable) return { kind: 'readable' };
  const backup = tryBackup(storage, raw, now);
  if (!('key' in backup)) return { kind: 'noBackup', failure: backup.failure };
  const failure = savePresets(() => storage, presets);
  if (failure) return { kind: failure };
  return { kind: 'stored', presets, backupKey: backup.key };
}

/** The page's localStorage; throws where the browser blocks it. */
export const browserStorage: StorageAccess = () => window.localStorage;
