import { z } from 'zod';

import { CATALOGUE_FILE_VERSION, CATALOGUE_FORMAT } from '../catalogue/catalogue-file';
import type { Catalogue } from '../catalogue/types';
import { type CatalogueResult, validateCatalogue } from '../catalogue/validate';
import { isQuotaError } from './quota-error';

/** The one localStorage key of the user's catalogue (named like `sdm.presets`). */
export const CATALOGUE_KEY = 'sdm.catalogue';
/** Unreadable stored values are copied to this prefix plus an ISO timestamp; never deleted by the app. */
export const ASIDE_KEY_PREFIX = `${CATALOGUE_KEY}.aside.`;
/** The stored value and the export file share one envelope (catalogue-file.ts) and version. */
export { CATALOGUE_FORMAT };
export const CATALOGUE_VERSION = CATALOGUE_FILE_VERSION;
/** Above this many UTF-16 code units the catalogue is not stored (browsers allow about 5 M per origin). */
export const MAX_STORED_CHARS = 4 * 1024 * 1024;

/** The stored value, version 1; `catalogue` is checked separately (see `checkCatalogue`). */
export interface StoredEnvelope {
  format: typeof CATALOGUE_FORMAT;
  version: typeof CATALOGUE_VERSION;
  savedAt: string;
  catalogue: unknown;
}

/** The subset of Storage used here (key/length find existing aside copies); tests pass a fake. */
export type CatalogueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

/**
 * What the stored catalogue gave. `keptAside`: the app uses the seed with a notice; `asideKey`
 * is the copy of an unreadable value (null if it could not be written), or CATALOGUE_KEY
 * itself for a newer version, which stays where it is.
 */
export type LoadResult =
  | { status: 'none' }
  | { status: 'loaded'; catalogue: Catalogue; migrated: boolean }
  | { status: 'keptAside'; reason: 'corrupt' | 'newer' | 'invalid'; asideKey: string | null }
  | { status: 'unavailable' };

export type SaveResult =
  'saved' | 'removed' | 'quota' | 'newerInStorage' | 'unreadableInStorage' | 'unavailable';

/** The one validation step for a stored catalogue (a fresh object of known fields only). */
function checkCatalogue(value: unknown): CatalogueResult {
  return validateCatalogue(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The version a parsed stored value declares: 0 for a bare catalogue, null when it is no stored catalogue. */
function storedVersion(value: unknown): number | null {
  if (!isRecord(value)) return null;
  if (!Object.hasOwn(value, 'format') && !Object.hasOwn(value, 'version')) return 0;
  const { format, version } = value;
  if (format !== CATALOGUE_FORMAT || typeof version !== 'number') return null;
  return Number.isSafeInteger(version) && version >= 1 ? version : null;
}

const envelopeSchema = z.object({
  format: z.literal(CATALOGUE_FORMAT),
  version: z.literal(CATALOGUE_VERSION),
  savedAt: z.string(),
  catalogue: z.unknown(),
});

/** One step per stored version, from that version to the next; the last step yields CATALOGUE_VERSION. */
export const MIGRATIONS: Record<number, (value: unknown, now: Date) => unknown> = {
  // A bare catalogue (a hand edit, an early export) gains the envelope; its save time is unknown.
  0: (catalogue, now) => ({
    format: CATALOGUE_FORMAT,
    version: 1,
    savedAt: now.toISOString(),
    catalogue,
  }),
};

/** Brings a parsed stored value to the current envelope step by step; never throws, never validates the catalogue. */
export function migrateStored(
  raw: unknown,
  now: Date = new Date(),
):
  | { ok: true; value: StoredEnvelope; migrated: boolean }
  | { ok: false; reason: 'newer' | 'corrupt' } {
  let value = raw;
  let version = storedVersion(value);
  if (version === null) return { ok: false, reason: 'corrupt' };
  if (version > CATALOGUE_VERSION) return { ok: false, reason: 'newer' };
  const migrated = version < CATALOGUE_VERSION;
  while (version < CATALOGUE_VERSION) {
    const step = MIGRATIONS[version];
    if (step === undefined) return { ok: false, reason: 'corrupt' };
    value = step(value, now);
    const next = storedVersion(value);
    // A step that does not move forward would loop; treat its output as unreadable.
    if (next === null || next <= version) return { ok: false, reason: 'corrupt' };
    version = next;
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: 'corrupt' };
  return { ok: true, value: envelope.data, migrated };
}

type Reading =
  | { kind: 'none' }
  | { kind: 'loaded'; catalogue: Catalogue; migrated: boolean }
  | { kind: 'newer' }
  | { kind: 'unreadable'; reason: 'corrupt' | 'invalid'; raw: string };

/** What a stored text holds. Not JSON is 'corrupt'; JSON that is not a valid catalogue is 'invalid'. */
function readStored(raw: string | null, now: Date): Reading {
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', reason: 'corrupt', raw };
  }
  const migration = migrateStored(json, now);
  if (!migration.ok)
    return migration.reason === 'newer'
      ? { kind: 'newer' }
      : { kind: 'unreadable', reason: 'invalid', raw };
  const checked = checkCatalogue(migration.value.catalogue);
  if (!checked.ok) return { kind: 'unreadable', reason: 'invalid', raw };
  return { kind: 'loaded', catalogue: checked.catalogue, migrated: migration.migrated };
}

/**
 * The key of an aside copy holding exactly `raw`: an existing one, else a new one (`created`).
 * Throws what setItem throws.
 */
function copyAsideOnce(
  storage: CatalogueStorage,
  raw: string,
  now: Date,
): { key: string; created: boolean } {
  const taken = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === null || !key.startsWith(ASIDE_KEY_PREFIX)) continue;
    if (storage.getItem(key) === raw) return { key, created: false };
    taken.add(key);
  }
  const base = `${ASIDE_KEY_PREFIX}${now.toISOString()}`;
  let key = base;
  for (let n = 1; taken.has(key); n++) key = `${base}-${n}`;
  storage.setItem(key, raw);
  return { key, created: true };
}

const copyAside = (storage: CatalogueStorage, raw: string, now: Date): string =>
  copyAsideOnce(storage, raw, now).key;

function tryCopyAside(storage: CatalogueStorage, raw: string, now: Date): string | null {
  try {
    return copyAside(storage, raw, now);
  } catch {
    return null;
  }
}

/**
 * Copies whatever the main key holds aside (an identical copy is reused) before another
 * catalogue replaces it — e.g. the catalogue of a share link the user went on to edit.
 * Returns the aside key, or null when there was nothing to keep or the copy failed.
 */
export function keepStoredAside(
  storage: CatalogueStorage | null,
  now: Date = new Date(),
): string | null {
  try {
    const raw = storage?.getItem(CATALOGUE_KEY) ?? null;
    return storage && raw !== null ? copyAside(storage, raw, now) : null;
  } catch {
    return null;
  }
}

/**
 * Reads the stored catalogue. An unreadable value is copied aside (an identical copy is
 * reused) and left in place; a newer version is left untouched. Never throws.
 */
export function loadCatalogue(
  storage: CatalogueStorage | null,
  now: Date = new Date(),
): LoadResult {
  if (storage === null) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(CATALOGUE_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  const reading = readStored(raw, now);
  switch (reading.kind) {
    case 'none':
      return { status: 'none' };
    case 'loaded':
      return { status: 'loaded', catalogue: reading.catalogue, migrated: reading.migrated };
    case 'newer':
      return { status: 'keptAside', reason: 'newer', asideKey: CATALOGUE_KEY };
    case 'unreadable':
      return {
        status: 'keptAside',
        reason: reading.reason,
        asideKey: tryCopyAside(storage, reading.raw, now),
      };
  }
}

// The text this page last stored: finding exactly it again needs no re-validation (a save of a
// large catalogue would otherwise parse and validate the previous one on every edit).
let lastWritten: string | null = null;

/**
 * Stores the catalogue, or removes the key when it is the seed. Re-reads the key first: a
 * newer version is never overwritten ('newerInStorage'); an unreadable value not kept aside
 * yet is copied aside and left in place ('unreadableInStorage', `onKeptAside` hears the
 * copy's key); one with an aside copy (made at load) may be replaced. Above MAX_STORED_CHARS,
 * or on any setItem error, the stored value is unchanged ('quota' / 'unavailable'). Never throws.
 */
export function saveCatalogue(
  storage: CatalogueStorage | null,
  catalogue: Catalogue,
  isSeed: boolean,
  now: Date = new Date(),
  onKeptAside?: (key: string) => void,
): SaveResult {
  if (storage === null) return 'unavailable';
  let text: string | null = null;
  try {
    if (!isSeed) {
      const envelope: StoredEnvelope = {
        format: CATALOGUE_FORMAT,
        version: CATALOGUE_VERSION,
        savedAt: now.toISOString(),
        catalogue,
      };
      text = JSON.stringify(envelope);
      if (text.length > MAX_STORED_CHARS) return 'quota';
    }
    // Issue 12: what storage holds is checked right before every write, never remembered from load.
    const raw = storage.getItem(CATALOGUE_KEY);
    const reading: Reading | { kind: 'written' } =
      raw !== null && raw === lastWritten ? { kind: 'written' } : readStored(raw, now);
    if (reading.kind === 'newer') return 'newerInStorage';
    // An unreadable value seen for the first time (another tab left it since this one last
    // looked) is copied aside and NOT overwritten: the user is told and can export. A value
    // already kept aside (at load, where the user was told) may be replaced.
    const aside = reading.kind === 'unreadable' ? copyAsideOnce(storage, reading.raw, now) : null;
    if (aside?.created) {
      onKeptAside?.(aside.key);
      return 'unreadableInStorage';
    }
    if (text === null) {
      if (reading.kind !== 'none') storage.removeItem(CATALOGUE_KEY);
      return 'removed';
    }
    storage.setItem(CATALOGUE_KEY, text);
    lastWritten = text;
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'quota' : 'unavailable';
  }
}

/** The page's localStorage, or null where the browser blocks it (SecurityError) or there is no window. */
export function browserCatalogueStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Calls `onChange` with a fresh load whenever another tab changes (or clears) the stored
 * catalogue; returns the unsubscribe function. The writing tab itself gets no event.
 */
export function subscribeCatalogue(onChange: (result: LoadResult) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (event: StorageEvent) => {
    if (event.key !== CATALOGUE_KEY && event.key !== null) return;
    const storage = browserCatalogueStorage();
    // sessionStorage fires the same event; only localStorage holds the catalogue.
    if (storage === null || event.storageArea !== storage) return;
    onChange(loadCatalogue(storage));
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
