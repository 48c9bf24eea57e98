// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PRESETS_KEY, serialisePresets, type Preset } from '../../store/preset-storage';
import { resetStore } from '../../store/store-fixtures';

const preset = (id: string, name: string): Preset => ({
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

  it('shows what storage holds when a change finds nothing to change (deleted in another tab)', async () => {
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine'), preset('b', 'Gone')]));
    const { result } = await mountLibrary();
    localStorage.setItem(PRESETS_KEY, serialisePresets([preset('a', 'Mine')]));
    let change: ReturnType<typeof result.current.rename> = preset('x', 'x') as never;
    act(() => {
      change = result.current.rename('b', 'Renamed');
    });
    expect(change).toBeNull();
    expect(names(result.current.presets)).toEqual(['Mine']);
  });
});
