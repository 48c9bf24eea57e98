// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { defaultInputs, useAppStore, type Inputs } from './app-store';
import { createUrlWriter, isDiscreteChange, REPLACE_INTERVAL_MS, useUrlSync } from './url-sync';

const state = () => useAppStore.getState();
const base = defaultInputs();

/** A window whose history records its calls and moves its location like a browser's. */
function fakeWindow() {
  const calls: string[] = [];
  const location = { pathname: '/app/', search: '', hash: '#x' };
  const move = (kind: string) => (_: unknown, __: string, url?: string | URL | null) => {
    calls.push(`${kind} ${url}`);
    location.search = String(url)
      .replace(/^[^?]*/, '')
      .replace(/#.*$/, '');
  };
  const history = { state: null, pushState: move('push'), replaceState: move('replace') };
  const win = { history, location, setTimeout, clearTimeout } as unknown as Window;
  return { win, calls };
}

describe('isDiscreteChange', () => {
  it.each<[string, Partial<Inputs>, boolean]>([
    ['a weight', { weights: { ...base.weights, cost: 4 }, scenarioId: null }, false],
    [
      'a requirement',
      { requirements: { ...base.requirements, nodes: 9 }, scenarioId: null },
      false,
    ],
    [
      'sorting, selection, filter',
      { sorting: [{ id: 'total', desc: true }], selectedIds: ['a'], technologyFilter: ['k3s'] },
      false,
    ],
    [
      'rank mode, show invalid, theme',
      { rankMode: 'scoreOnly', showInvalid: true, theme: 'dark' },
      false,
    ],
    ['a scenario', { scenarioId: 'edge', baseScenarioId: 'edge' }, true],
    ['the view', { view: 'path' }, true],
    ['the language', { language: 'zh' }, true],
    ['a stack opened', { openStackId: 'x' }, true],
  ])('%s → %s', (_, change, discrete) => {
    expect(isDiscreteChange(base, { ...base, ...change })).toBe(discrete);
  });

  it('counts a reset back to the preset (null → base) as a step', () => {
    expect(isDiscreteChange({ ...base, scenarioId: null }, base)).toBe(true);
  });
});

describe('createUrlWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces continuous changes into one replace per interval', () => {
    const { win, calls } = fakeWindow();
    const writer = createUrlWriter(win);
    for (const cost of [2.5, 3, 3.5, 4]) {
      writer.change(base, { ...base, scenarioId: null, weights: { ...base.weights, cost } });
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(calls).toEqual(['replace /app/?v=1&w=3,3,2,2,4,1#x']);
  });

  it('pushes a discrete change at once, after writing the pending replace', () => {
    const { win, calls } = fakeWindow();
    const writer = createUrlWriter(win);
    const custom = { ...base, scenarioId: null, weights: { ...base.weights, cost: 4 } };
    writer.change(base, custom);
    writer.change(custom, { ...custom, view: 'path' });
    expect(calls).toEqual([
      'replace /app/?v=1&w=3,3,2,2,4,1#x',
      'push /app/?v=1&w=3,3,2,2,4,1&view=path#x',
    ]);
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(calls).toHaveLength(2);
  });

  it('writes nothing when the URL already holds the inputs, and drops a replace on reset', () => {
    const { win, calls } = fakeWindow();
    win.location.search = '?v=1&lang=zh';
    const writer = createUrlWriter(win);
    writer.change({ ...base, language: 'en' }, { ...base, language: 'zh' });
    writer.change(base, { ...base, theme: 'dark' });
    writer.reset();
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(calls).toEqual([]);
  });

  it('knows whether the query moved since it last wrote (Back) or only the hash did', () => {
    const { win } = fakeWindow();
    const writer = createUrlWriter(win);
    writer.change(base, { ...base, view: 'path' });
    expect(writer.unmoved()).toBe(true);
    win.location.hash = '#main';
    expect(writer.unmoved()).toBe(true);
    win.location.search = '';
    expect(writer.unmoved()).toBe(false);
    writer.reset();
    expect(writer.unmoved()).toBe(true);
  });
});

describe('useUrlSync', () => {
  beforeEach(() => {
    useAppStore.setState({ ...defaultInputs(), notices: [] });
    window.history.replaceState(null, '', '/');
  });

  it('applies the link on load, rewrites it canonically and shows a notice for ignored parts', () => {
    window.history.replaceState(null, '', '/?lang=zh&view=path&w=bad&v=1');
    const { unmount } = renderHook(() => useUrlSync());
    expect([state().language, state().view]).toEqual(['zh', 'path']);
    expect(window.location.search).toBe('?v=1&lang=zh&view=path');
    expect(state().notices.map((n) => n.id)).toEqual(['share-link']);
    unmount();
  });

  it('leaves a page without a query alone until the inputs change', () => {
    const { unmount } = renderHook(() => useUrlSync());
    expect(window.location.search).toBe('');
    act(() => state().setView('catalogue'));
    expect(window.location.search).toBe('?v=1&view=catalogue');
    unmount();
  });

  it('restores an entry on Back without writing history', () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => state().applyScenario('edge'));
    expect(window.location.search).toBe('?v=1&s=edge&w=4,3,2,2,2,1&c=10&o=1&site=edge');
    const length = window.history.length;
    act(() => {
      window.history.replaceState(null, '', '/');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(state().scenarioId).toBe('default');
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(length);
    unmount();
  });

  it('keeps the inputs when only the hash moves (the skip link)', () => {
    const { unmount } = renderHook(() => useUrlSync());
    act(() => state().setView('path'));
    act(() => state().setWeight('cost', 4));
    act(() => {
      window.history.pushState(null, '', '#main');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect([state().view, state().weights.cost]).toEqual(['path', 4]);
    unmount();
    expect(window.location.search).toBe('?v=1&w=3,3,2,2,4,1&view=path');
  });
});
