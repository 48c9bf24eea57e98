import { useEffect, useState } from 'react';

import { useAppStore } from '../../store/app-store';
import {
  applyPresetChange,
  browserStorage,
  loadPresets,
  replaceUnreadable,
  writePresets,
  type LoadProblem,
  type LoadResult,
  type Preset,
  type PresetChange,
  type ReplaceOutcome,
} from '../../store/preset-storage';
import { addPreset, newPresetId, removePreset, renamePreset } from './preset-list';
import {
  cleanedNotice,
  loadNotice,
  LOAD_NOTICE_ID,
  SAVE_NOTICE_ID,
  writeNotice,
} from './preset-notices';

let loaded: LoadResult | null = null;

/** The page's one read of the stored presets (module scope: StrictMode's double render must not back up twice). */
function loadOnce(): LoadResult {
  loaded ??= loadPresets(browserStorage, Date.now());
  return loaded;
}

/** Why this session's list is not (or may not be) what storage holds. */
export type SessionReason = 'newer' | 'unreadable' | 'quota' | 'unavailable';

/**
 * Where a change went: into storage, only into this session's list (and why), or nowhere
 * (`full`: the cap; `gone`: the preset was already deleted in another tab).
 */
export type StoreOutcome = 'stored' | 'full' | 'gone' | SessionReason;

/** A change that was asked for: the preset's final name and where it was kept. */
export interface Change {
  name: string;
  outcome: StoreOutcome;
}

export interface PresetLibrary {
  presets: Preset[];
  /** Set while changes live only in this session (or the stored list could not be read as this version's). */
  sessionOnly: SessionReason | null;
  /** Saves the current inputs; null when the name is blank. */
  save: (name: string) => Change | null;
  /** Renames a preset; null when the name is blank; `gone` when another tab deleted it. */
  rename: (id: string, name: string) => Change | null;
  /** Deletes a preset; `gone` when another tab already deleted it. */
  remove: (id: string) => Change | null;
  /**
   * Set while storage holds a value unreadable as a whole (seen at load) that this session may
   * replace: the key of its copy (null: the copy is made on replacing). Never for a newer format.
   */
  unreadable?: { backupKey: string | null } | null;
  /** Replaces that value by this session's list after keeping a copy (`replaceUnreadable`). */
  replaceUnreadable?: () => ReplaceOutcome;
}

/** What the load says about this session's list until a write decides again. */
function reasonAtLoad(problem: LoadProblem | null): SessionReason | null {
  if (problem?.kind === 'future') return 'newer';
  if (problem?.kind === 'unavailable') return 'unavailable';
  if (problem?.kind === 'unreadable') return 'unreadable';
  // Left as it was: a write refuses damaged entries; a list that only needed cleaning was not
  // rewritten because storage refused the write.
  if (problem?.kind === 'recovered' && !problem.rewritten)
    return problem.ignored > 0 ? 'unreadable' : 'unavailable';
  return null;
}

/**
 * The saved presets of this session, loaded once per page (a load problem becomes a notice).
 * Every change goes through `writePresets`, which re-reads storage and decides there and then
 * whether it may write (another tab may have stored a newer format or a damaged value since).
 * Once a change could not be stored, the session's list and storage differ, so later changes
 * stay in this session too (writing either list would lose the other); a notice says so and the
 * dialog offers an export. Re-renders when the list changes.
 */
export function usePresetLibrary(): PresetLibrary {
  const [initial] = useState(loadOnce);
  const [presets, setPresets] = useState(initial.presets);
  const [reason, setReason] = useState(() => reasonAtLoad(initial.problem));
  const [diverged, setDiverged] = useState(false);
  // The value unreadable as a whole that this page saw at load: the only one it may replace.
  const [unreadable, setUnreadable] = useState(() =>
    initial.problem?.kind === 'unreadable'
      ? { raw: initial.problem.raw, backupKey: initial.problem.backupKey }
      : null,
  );
  const pushNotice = useAppStore((s) => s.pushNotice);
  const dismissNotice = useAppStore((s) => s.dismissNotice);

  useEffect(() => {
    const notice = loadNotice(initial.problem);
    if (notice) pushNotice(notice);
  }, [initial, pushNotice]);

  /**
   * Applies a change (which records the preset's final name) and says where it went. `target`:
   * the preset a rename or delete is about, as this session shows it (for `gone`).
   */
  const run = (change: PresetChange, name: () => string, target?: Preset): Change | null => {
    if (!diverged) {
      const outcome = writePresets(browserStorage, change, now());
      if (outcome.kind === 'stored') {
        setPresets(outcome.presets);
        setReason(null);
        dismissNotice(SAVE_NOTICE_ID);
        if (outcome.cleaned > 0) pushNotice(cleanedNotice(outcome.cleaned, outcome.backupKey));
        return { name: name(), outcome: 'stored' };
      }
      if (outcome.kind === 'unchanged') {
        // E.g. a preset another tab deleted: show what storage holds, and say so.
        setPresets(outcome.presets);
        if (target && !outcome.presets.some((p) => p.id === target.id))
          return { name: target.name, outcome: 'gone' };
        return null;
      }
      if (outcome.kind === 'full') return { name: '', outcome: 'full' };
      // Not stored: the change still applies to this session's list, which now differs from storage.
      pushNotice(writeNotice(outcome));
      setDiverged(true);
      const why: SessionReason =
        outcome.kind === 'newerInStorage'
          ? 'newer'
          : outcome.kind === 'unreadableInStorage'
            ? 'unreadable'
            : outcome.kind;
      setReason(why);
      return session(change, name, why);
    }
    return session(change, name, reason ?? 'unavailable');
  };

  const session = (change: PresetChange, name: () => string, why: SessionReason) => {
    const applied = applyPresetChange(presets, change);
    if (applied.kind === 'unchanged') return null;
    if (applied.kind === 'full') return { name: '', outcome: 'full' as const };
    setPresets(applied.presets);
    return { name: name(), outcome: why };
  };

  /** Starts a new stored list from this session's presets over the unreadable value (on request). */
  const replace = (): ReplaceOutcome => {
    if (!unreadable) return { kind: 'changed' };
    const outcome = replaceUnreadable(browserStorage, unreadable.raw, presets, now());
    if (outcome.kind === 'stored') {
      setPresets(outcome.presets);
      setReason(null);
      setDiverged(false);
      setUnreadable(null);
      dismissNotice(LOAD_NOTICE_ID);
      dismissNotice(SAVE_NOTICE_ID);
    } else if (outcome.kind === 'newerInStorage') {
      setReason('newer');
      setDiverged(true);
      setUnreadable(null);
    } else if (outcome.kind === 'changed' || outcome.kind === 'readable') {
      // Storage holds something else now: the offer is void (a later save follows the normal rules).
      setUnreadable(null);
    }
    // A full or blocked storage: the offer stays (the user may free space and try again).
    return outcome;
  };

  return {
    presets,
    sessionOnly: reason,
    unreadable: unreadable && { backupKey: unreadable.backupKey },
    replaceUnreadable: replace,
    save: (text) => {
      const id = newId();
      let name = '';
      return run(
        (list) => {
          const next = addPreset(list, useAppStore.getState(), text, id);
          name = next?.at(-1)?.name ?? '';
          return next;
        },
        () => name,
      );
    },
    rename: (id, text) => {
      let name = '';
      return run(
        (list) => {
          const next = list.some((p) => p.id === id) ? renamePreset(list, id, text) : null;
          name = next?.find((p) => p.id === id)?.name ?? '';
          return next;
        },
        () => name,
        presets.find((p) => p.id === id),
      );
    },
    remove: (id) => {
      let name = '';
      return run(
        (list) => {
          const preset = list.find((p) => p.id === id);
          name = preset?.name ?? '';
          return preset ? removePreset(list, id) : null;
        },
        () => name,
        presets.find((p) => p.id === id),
      );
    },
  };
}

const now = () => Date.now();
const newId = () => newPresetId(now(), Math.random());
