import { useEffect, useState } from 'react';

import { useAppStore } from '../../store/app-store';
import {
  browserStorage,
  loadPresets,
  PRESETS_KEY,
  restorePresets,
  savePresets,
  type LoadResult,
  type Preset,
  type SaveFailure,
} from '../../store/preset-storage';
import { addPreset, newPresetId, removePreset, renamePreset } from './preset-list';
import { loadNotice, SAVE_NOTICE_ID, saveNotice } from './preset-notices';

let loaded: LoadResult | null = null;

/** The page's one read of the stored presets (module scope: StrictMode's double render must not back up twice). */
function loadOnce(): LoadResult {
  loaded ??= loadPresets(browserStorage, Date.now());
  return loaded;
}

/** Where a change went: into storage, or only into this session's list (and why). */
export type StoreOutcome = 'stored' | 'readOnly' | SaveFailure;

/** A change that was made: the preset's final name and where it was kept. */
export interface Change {
  name: string;
  outcome: StoreOutcome;
}

export interface PresetLibrary {
  presets: Preset[];
  /** True while changes live only in this session (storage read-only, blocked or full). */
  sessionOnly: boolean;
  /** Saves the current inputs; null when the name is blank. */
  save: (name: string) => Change | null;
  /** Renames a preset; null when the name is blank. */
  rename: (id: string, name: string) => Change | null;
  remove: (id: string) => Change | null;
}

/**
 * The saved presets of this session, loaded once per page (a load problem becomes a notice).
 * Every change writes the whole list in one setItem; when that fails the list still changes
 * in memory and a notice says so. Re-renders when the list changes.
 */
export function usePresetLibrary(): PresetLibrary {
  const [initial] = useState(loadOnce);
  const [presets, setPresets] = useState(initial.presets);
  const [failed, setFailed] = useState(false);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const dismissNotice = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    const notice = loadNotice(initial.problem);
    if (notice) pushNotice(notice);
  }, [initial, pushNotice]);

  // Another tab saved: show its list, so the next change here builds on it instead of erasing it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PRESETS_KEY || !initial.writable) return;
      const restored = restorePresets(event.newValue);
      if (!restored.unreadable && restored.futureVersion === null) setPresets(restored.presets);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [initial]);

  /** The list to change: what storage holds now (another tab may have written), else this session's. */
  const latest = (): Preset[] => {
    if (!initial.writable || failed) return presets;
    try {
      const restored = restorePresets(browserStorage().getItem(PRESETS_KEY));
      return restored.unreadable || restored.futureVersion !== null ? presets : restored.presets;
    } catch {
      return presets;
    }
  };

  const commit = (next: Preset[], name: string): Change => {
    setPresets(next);
    if (!initial.writable) return { name, outcome: 'readOnly' };
    const failure = savePresets(browserStorage, next);
    setFailed(failure !== null);
    if (failure) pushNotice(saveNotice(failure));
    else dismissNotice(SAVE_NOTICE_ID);
    return { name, outcome: failure ?? 'stored' };
  };

  return {
    presets,
    sessionOnly: !initial.writable || failed,
    save: (name) => {
      const next = addPreset(latest(), useAppStore.getState(), name, newId());
      return next ? commit(next, next.at(-1)!.name) : null;
    },
    rename: (id, name) => {
      const list = latest();
      const next = list.some((p) => p.id === id) ? renamePreset(list, id, name) : null;
      return next ? commit(next, next.find((p) => p.id === id)!.name) : null;
    },
    remove: (id) => {
      const list = latest();
      const preset = list.find((p) => p.id === id);
      return preset ? commit(removePreset(list, id), preset.name) : null;
    },
  };
}

const newId = () => newPresetId(Date.now(), Math.random());
