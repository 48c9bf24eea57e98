// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { PRESETS_KEY, serialisePresets, type Preset } from '../../store/preset-storage';
import { resetStore, testPreset } from '../../store/store-fixtures';

const DAMAGED = '{"v":1,"presets":[{"id":';
// jsdom does not open a modal <dialog>: its content counts as hidden to role queries.
const hidden = true;

const stored = testPreset('a', 'Stored');

/** Fresh modules (the page's one load happens again), then the dialog over the real library. */
async function mountDialog() {
  vi.resetModules();
  const { usePresetLibrary } = await import('./use-preset-library');
  const { PresetsDialog } = await import('./presets-dialog');
  const { useAppStore: store } = await import('../../store/app-store');
  function Harness() {
    return <PresetsDialog library={usePresetLibrary()} onClose={() => {}} />;
  }
  render(<Harness />);
  return store;
}

const backups = (): [string, string | null][] =>
  Object.keys(localStorage)
    .filter((k) => k.startsWith('sdm.presets.corrupt.'))
    .map((k) => [k, localStorage.getItem(k)]);

const startButton = (name = 'Start a new preset list here') =>
  screen.queryByRole('button', { name, hidden });

function saveAs(name: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Preset name', hidden }), {
    target: { value: name },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Save', hidden }));
}

describe('PresetsDialog over a stored value unreadable as a whole', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStore();
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('offers a new list; the session’s presets become the saved list, the damaged text stays in its copy', async () => {
    localStorage.setItem(PRESETS_KEY, DAMAGED);
    const store = await mountDialog();
    const [key] = backups()[0]!;
    expect(
      screen.getByText(
        `The unreadable saved value is kept as a copy (${key}); your presets from this session become the saved list.`,
      ),
    ).toBeTruthy();
    saveAs('Session one');
    expect(screen.getByText('This session only')).toBeTruthy();
    expect(localStorage.getItem(PRESETS_KEY)).toBe(DAMAGED);

    act(() => {
      fireEvent.click(startButton()!);
    });
    const saved = JSON.parse(localStorage.getItem(PRESETS_KEY)!) as {
      v: number;
      presets: Preset[];
    };
    expect(saved.v).toBe(1);
    expect(saved.presets.map((p) => p.name)).toEqual(['Session one']);
    expect(backups()).toEqual([[key, DAMAGED]]);
    expect(screen.getByRole('status', { hidden }).textContent).toBe(
      `Started a new preset list: 1 preset saved in this browser. The unreadable value is kept under “${key}”.`,
    );
    expect(startButton()).toBeNull();
    expect(screen.queryByText('This session only')).toBeNull();
    expect(store.getState().notices.map((n) => n.id)).toEqual([]);

    // Later changes are stored as usual.
    saveAs('Next');
    expect(
      (JSON.parse(localStorage.getItem(PRESETS_KEY)!) as { presets: Preset[] }).presets.map(
        (p) => p.name,
      ),
    ).toEqual(['Session one', 'Next']);
  });

  it('speaks Chinese too, and refuses when another tab changed the value since load', async () => {
    localStorage.setItem(PRESETS_KEY, DAMAGED);
    const store = await mountDialog();
    act(() => store.setState({ language: 'zh' }));
    const [key] = backups()[0]!;
    expect(
      screen.getByText(
        `无法读取的已保存数据会保留一份副本（${key}）；本次会话中的预设将成为已保存的列表。`,
      ),
    ).toBeTruthy();
    localStorage.setItem(PRESETS_KEY, 'other damage');
    act(() => {
      fireEvent.click(startButton('在此开始新的预设列表')!);
    });
    expect(localStorage.getItem(PRESETS_KEY)).toBe('other damage');
    expect(screen.getByRole('status', { hidden }).textContent).toBe(
      '未替换：自本页面加载以来，另一个标签页更改了已保存的预设。请重新加载页面查看。',
    );
    expect(startButton('在此开始新的预设列表')).toBeNull();
  });

  it('is not offered for a readable list, a list with damaged entries, a newer format or blocked storage', async () => {
    const values = [
      serialisePresets([stored]),
      JSON.stringify({ v: 1, presets: [stored, 42] }),
      JSON.stringify({ v: 2, presets: [stored] }),
    ];
    for (const raw of values) {
      localStorage.clear();
      localStorage.setItem(PRESETS_KEY, raw);
      await mountDialog();
      expect(screen.getByRole('heading', { name: /Your presets/, hidden })).toBeTruthy();
      expect(startButton()).toBeNull();
      cleanup();
    }
    const spy = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      await mountDialog();
      expect(screen.getByText('This session only')).toBeTruthy();
      expect(startButton()).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });
});
