import { useSyncExternalStore } from 'react';

import { HIDDEN_COLUMNS_KEY, parseHiddenColumns, serialiseHiddenColumns } from './hidden-columns';

const listeners = new Set<() => void>();
/** Set once a write failed (storage blocked or full): the choice then lives for this page only. */
let memory: string | null | undefined;
let cached: { text: string | null; hidden: readonly string[] } = { text: null, hidden: [] };

/** The stored text, or the in-page copy where storage failed or is blocked. */
function readText(): string | null {
  if (memory !== undefined) return memory;
  try {
    return window.localStorage.getItem(HIDDEN_COLUMNS_KEY);
  } catch {
    return null;
  }
}

/**
 * Storage is read when the first reader mounts, then again only after a write here or in another
 * tab (renders during a slider drag stay cheap).
 */
let stale = true;

/** The hidden ids, the same array while the stored text is unchanged (useSyncExternalStore). */
function snapshot(): readonly string[] {
  if (!stale) return cached.hidden;
  stale = false;
  const text = readText();
  if (text !== cached.text) cached = { text, hidden: parseHiddenColumns(text) };
  return cached.hidden;
}

const EMPTY: readonly string[] = [];

function subscribe(listener: () => void) {
  // The first reader after none were mounted reads storage afresh.
  if (listeners.size === 0) stale = true;
  listeners.add(listener);
  // Another tab changed the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key === HIDDEN_COLUMNS_KEY || event.key === null) {
      stale = true;
      listener();
    }
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Saves the hidden column ids (in memory when storage fails) and re-renders the readers. */
export function setHiddenColumns(hidden: readonly string[]) {
  const text = serialiseHiddenColumns(hidden);
  try {
    if (memory !== undefined) throw new Error('storage failed before');
    window.localStorage.setItem(HIDDEN_COLUMNS_KEY, text);
  } catch {
    memory = text;
  }
  stale = true;
  listeners.forEach((listener) => listener());
}

/** The ranking columns the user hid; re-renders when that choice changes (here or in another tab). */
export function useHiddenColumns(): readonly string[] {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}
