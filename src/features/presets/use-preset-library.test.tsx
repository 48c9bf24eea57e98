// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PRESETS_KEY, serialisePresets, type Preset } from '../../store/preset-storage';
import { resetStore, testPreset } from '../../store/store-fixtures';

const preset = testPreset;

/** Fresh modules, so the page's one load of the stored presets happens again (with its own store). */
async function mountLibrary() {
  vi.resetModules();
  const { usePresetLibrary } = await import('./use-preset-library');
  const { useAppStore: store } = await import('../../store/app-store');
  return { ...renderHook(() => usePresetLibrary()), store };
}

const names = (list: Preset[]) => list.map((p) => p.name);

describe('usePresetLibrary', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStore();
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('builds on what another tab stored since load', async () => {
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine')]));
    const { result } = await mountLibrary();
    localStorage.setItem(
      PRESETS_KEY,
      serialisePresets([preset('a', 'Mine'), preset('b', 'Theirs')]),
    );
    let change: ReturnType<typeof result.current.save> = null;
    act(() => {
      change = result.current.save('New');
    });
    expect(change).toEqual({ name: 'New', outcome: 'stored' });
    expect(names(result.current.presets)).toEqual(['Mine', 'Theirs', 'New']);
    expect(names(JSON.parse(localStorage.getItem(PRESETS_KEY)!).presets)).toEqual([
      'Mine',
      'Theirs',
      'New',
    ]);
    expect(result.current.sessionOnly).toBeNull();
  });

  it('keeps changes in the session once storage holds a newer format, even after it changes back', async () => {
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine')]));
    const { result, store } = await mountLibrary();
    const v2 = JSON.stringify({ v: 2, presets: [preset('z', 'Future')] });
    localStorage.setItem(PRESETS_KEY, v2);
    let change: ReturnType<typeof result.current.save> = null;
    act(() => {
      change = result.current.save('Today');
    });
    expect(change).toEqual({ name: 'Today', outcome: 'newer' });
    expect(names(result.current.presets)).toEqual(['Mine', 'Today']);
    expect(result.current.sessionOnly).toBe('newer');
    expect(localStorage.getItem(PRESETS_KEY)).toBe(v2);
    expect(store.getState().notices.map((n) => n.id)).toEqual(['presets-save']);
    // Writing now would drop "Today" from storage's view or the stored list from this one.
    const v1 = serialisePresets([preset('b', 'Elsewhere')]);
    localStorage.setItem(PRESETS_KEY, v1);
    act(() => {
      change = result.current.remove('a');
    });
    expect(change).toEqual({ name: 'Mine', outcome: 'newer' });
    expect(names(result.current.presets)).toEqual(['Today']);
    expect(localStorage.getItem(PRESETS_KEY)).toBe(v1);
  });

  it('says a preset renamed or deleted here was already deleted in another tab, and shows what storage holds', async () => {
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine'), preset('b', 'Gone')]));
    const { result } = await mountLibrary();
    localStorage.setItem(
      PRESETS_KEY,
      serialisePresets([preset('a', 'Mine'), preset('d', 'Theirs')]),
    );
    let change: ReturnType<typeof result.current.rename> = null;
    act(() => {
      change = result.current.rename('b', 'Renamed');
    });
    expect(change).toEqual({ name: 'Gone', outcome: 'gone' });
    expect(names(result.current.presets)).toEqual(['Mine', 'Theirs']);
    // A blank new name for a preset that exists is still no change, and no status.
    act(() => {
      change = result.current.rename('a', '   ');
    });
    expect(change).toBeNull();
    // Another tab deletes "Mine" while it is shown here: deleting it here says so too.
    const stored = serialisePresets([preset('d', 'Theirs')]);
    localStorage.setItem(PRESETS_KEY, stored);
    act(() => {
      change = result.current.remove('a');
    });
    expect(change).toEqual({ name: 'Mine', outcome: 'gone' });
    expect(names(result.current.presets)).toEqual(['Theirs']);
    expect(localStorage.getItem(PRESETS_KEY)).toBe(stored);
  });

  it('leaves a value unreadable as a whole in place at load: changes stay in the session', async () => {
    const damaged = '{"v":1,"presets":[{"id":';
    localStorage.setItem(PRESETS_KEY, damaged);
    const { result, store } = await mountLibrary();
    expect(result.current.sessionOnly).toBe('unreadable');
    expect(localStorage.getItem(PRESETS_KEY)).toBe(damaged);
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('sdm.presets.corrupt.'));
    expect(backups.map((k) => localStorage.getItem(k))).toEqual([damaged]);
    expect(store.getState().notices.map((n) => [n.id, n.tone])).toEqual([
      ['presets-load', 'warning'],
    ]);
    let change: ReturnType<typeof result.current.save> = null;
    act(() => {
      change = result.current.save('Kept here');
    });
    expect(change).toEqual({ name: 'Kept here', outcome: 'unreadable' });
    expect(names(result.current.presets)).toEqual(['Kept here']);
    expect(localStorage.getItem(PRESETS_KEY)).toBe(damaged);
  });

  it('keeps the offer to start a new list while storage is full, then leaves session-only mode', async () => {
    const damaged = '{"v":1,"presets":[{"id":';
    localStorage.setItem(PRESETS_KEY, damaged);
    const { result, store } = await mountLibrary();
    const [key] = Object.keys(localStorage).filter((k) => k.startsWith('sdm.presets.corrupt.'));
    expect(result.current.unreadable).toEqual({ backupKey: key });
    act(() => {
      result.current.save('Kept here');
    });
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      act(() => {
        expect(result.current.replaceUnreadable!()).toEqual({ kind: 'quota' });
      });
    } finally {
      spy.mockRestore();
    }
    expect(result.current.sessionOnly).toBe('unreadable');
    expect(result.current.unreadable).toEqual({ backupKey: key });
    expect(localStorage.getItem(PRESETS_KEY)).toBe(damaged);
    act(() => {
      expect(result.current.replaceUnreadable!().kind).toBe('stored');
    });
    expect(result.current.sessionOnly).toBeNull();
    expect(result.current.unreadable).toBeNull();
    expect(store.getState().notices).toEqual([]);
    expect(names(JSON.parse(localStorage.getItem(PRESETS_KEY)!).presets)).toEqual(['Kept here']);
    expect(localStorage.getItem(key!)).toBe(damaged);
  });

  it('saves over an oversized name another tab stored even when the copy does not fit', async () => {
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine')]));
    const { result, store } = await mountLibrary();
    localStorage.setItem(
      PRESETS_KEY,
      JSON.stringify({ v: 1, presets: [preset('a', 'Mine'), preset('b', 'B'.repeat(5000))] }),
    );
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.startsWith('sdm.presets.corrupt.'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    });
    let change: ReturnType<typeof result.current.save> = null;
    try {
      act(() => {
        change = result.current.save('New');
      });
    } finally {
      spy.mockRestore();
    }
    expect(change).toEqual({ name: 'New', outcome: 'stored' });
    expect(result.current.sessionOnly).toBeNull();
    expect(names(JSON.parse(localStorage.getItem(PRESETS_KEY)!).presets)).toEqual([
      'Mine',
      'B'.repeat(60),
      'New',
    ]);
    const notice = store.getState().notices.find((n) => n.id === 'presets-load')!;
    expect(notice.message.en).toMatch(
      /^1 preset was cleaned .* The browser’s storage had no room for a copy of the original/,
    );
  });
});
