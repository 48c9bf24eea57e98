import { seedCatalogue } from '../catalogue/seed-catalogue';
import { defaultInputs, useAppStore, type AppState } from './app-store';
import { CATALOGUE_FORMAT, type CatalogueStorage } from './catalogue-storage';
import type { Preset } from './preset-storage';

// Test fixtures for the store: a Storage fake and a fresh store. Imported by tests only.

/**
 * A Map-backed Storage and its items; `failWrites` makes setItem throw the given error for
 * chosen keys. `access` hands it out as the presets ask for storage.
 */
export function fakeStorage(
  initial: Record<string, string> = {},
  failWrites?: (key: string) => Error | undefined,
) {
  const items = new Map(Object.entries(initial));
  const storage: CatalogueStorage = {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const error = failWrites?.(key);
      if (error) throw error;
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items, access: () => storage };
}

/** The text of a stored catalogue: its envelope of `version` around `catalogue`. */
export const envelopeText = (
  catalogue: unknown,
  version = 1,
  savedAt = '2026-03-01T10:00:00.000Z',
): string => JSON.stringify({ format: CATALOGUE_FORMAT, version, savedAt, catalogue });

/** The store as a page starts: the seed catalogue, default inputs, no history, no notices; then `extra`. */
export function resetStore(extra: Partial<AppState> = {}): void {
  useAppStore.setState({
    ...defaultInputs(),
    catalogue: seedCatalogue,
    catalogueUndo: [],
    catalogueRedo: [],
    notices: [],
    ...extra,
  });
}

/** The error a full storage throws. */
export const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A stored preset as the app writes it: the seed's dimensions, open requirements. */
export const testPreset = (id: string, name: string): Preset => ({
  id,
  name,
  weights: { resource: 4, performance: 3, scale: 2, availability: 2, cost: 5, maturity: 1 },
  requirements: {
    nodes: 1,
    memoryPerNodeMB: null,
    coldStartMs: null,
    offline: false,
    highAvailability: false,
    networkPolicy: 'none',
    policyComplexity: 'none',
    existingDatabase: false,
    site: 'any',
    alphaApi: false,
    gpu: false,
  },
  rankMode: 'fitFirst',
  showInvalid: false,
});
