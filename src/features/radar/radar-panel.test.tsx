// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubResizeObserver } from '../../components/charts/resize-observer-stub';
import { withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { RadarPanel } from './radar-panel';

describe('RadarPanel', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('draws the top 3 as a radar with a text summary, without console noise', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const { container } = render(<RadarPanel />);
    expect(screen.getByRole('heading', { name: 'Compare stacks' })).toBeTruthy();
    expect(screen.getByText(/Select up to 6 stacks in the ranking to compare/)).toBeTruthy();
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toMatch(/^Radar chart of 3 stacks on six dimensions/);
    expect(container.querySelectorAll('.recharts-radar')).toHaveLength(3);
    expect(container.querySelector('.recharts-radar path, .recharts-radar polygon')).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('shows the same scores as a table, one row per dimension and a column per stack', () => {
    render(<RadarPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(within(table).getByText(/Dimension scores \(0–100\)/)).toBeTruthy();
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(table).getByRole('rowheader', { name: 'Availability' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show as chart' }));
    expect(screen.getByRole('img')).toBeTruthy();
  });

  it('offers to clear a selection and speaks Chinese', () => {
    render(<RadarPanel />);
    const ids = useAppStore.getState().selectedIds;
    expect(ids).toEqual([]);
    act(() => useAppStore.getState().setSelected(['k3s+wasmedge+crun+sqlite+flannel+opa-wasm']));
    expect(screen.queryByText(/Select up to/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(useAppStore.getState().selectedIds).toEqual([]);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '技术栈对比' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '以表格显示' })).toBeTruthy();
  });
});

describe('RadarPanel legend and differences', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  const legendButtons = () =>
    within(screen.getByRole('list', { name: 'Compared stacks' })).getAllByRole('button');

  it('shows and hides stacks from the legend, never the last one', () => {
    const { container } = render(<RadarPanel />);
    expect(legendButtons().map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['#1etcd', 'true'],
      ['#2sqlite', 'true'],
      ['#3External DB', 'true'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '#2 sqlite' }));
    expect(screen.getByRole('button', { name: '#2 sqlite' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(container.querySelectorAll('.recharts-radar')).toHaveLength(2);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Radar chart of 2 stacks/);
    fireEvent.click(screen.getByRole('button', { name: '#1 etcd' }));
    const last = screen.getByRole('button', { name: '#3 External DB' });
    expect(last.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(last);
    expect(last.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Radar chart of 1 stack /);
    // The table twin follows the legend.
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
  });

  it('emphasises the stack pointed at or focused in the legend and fades the others', () => {
    const { container } = render(<RadarPanel />);
    const state = () =>
      [...container.querySelectorAll('.recharts-radar')].map((r) =>
        r.classList.contains('radar-shape-emphasis')
          ? 'emphasis'
          : r.classList.contains('radar-shape-faded')
            ? 'faded'
            : 'normal',
      );
    expect(state()).toEqual(['normal', 'normal', 'normal']);
    fireEvent.mouseEnter(screen.getByRole('button', { name: '#2 sqlite' }));
    // The emphasised shape is drawn last, over the others.
    expect(state()).toEqual(['faded', 'faded', 'emphasis']);
    fireEvent.mouseLeave(screen.getByRole('button', { name: '#2 sqlite' }));
    expect(state()).toEqual(['normal', 'normal', 'normal']);
    fireEvent.focus(screen.getByRole('button', { name: '#3 External DB' }));
    expect(state()).toEqual(['faded', 'faded', 'emphasis']);
  });

  it('keeps only the dimensions where the shown stacks differ, says so, and the table follows', () => {
    render(<RadarPanel />);
    const toggle = screen.getByRole('button', { name: 'Differences only' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const note =
      'Differences only: 5 of 6 dimensions differ between the shown stacks; they score the same on Maturity.';
    expect(screen.getByText(note)).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Radar chart of 3 stacks on five dimensions, .* Differences only: 5 of 6/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table');
    expect(within(table).queryByRole('rowheader', { name: 'Maturity' })).toBeNull();
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
    expect(table.querySelector('caption')!.textContent).toContain(note);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('button', { name: '仅看差异' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('list', { name: '对比的技术栈' })).toBeTruthy();
    expect(screen.getByRole('table').querySelector('caption')!.textContent).toContain(
      '仅看差异：显示的技术栈在 6 个维度中有 5 个不同；在成熟度上得分相同。',
    );
  });
});

describe('RadarPanel differences between two stacks', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('shows fewer than three differing dimensions as the table, and says why', async () => {
    render(<RadarPanel />);
    // Two stacks that differ only in the network layer: Performance and Cost tell them apart.
    act(() =>
      useAppStore
        .getState()
        .setSelected([
          'k3s+wasmedge+crun+sqlite+flannel+opa-wasm',
          'k3s+wasmedge+crun+sqlite+calico+opa-wasm',
        ]),
    );
    // The chart follows the settled selection.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Radar chart of 2 stacks/);
    fireEvent.click(screen.getByRole('button', { name: 'Differences only' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as chart' })).toBeNull();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['Performance', 'Cost']);
    expect(table.querySelector('caption')!.textContent).toBe(
      'Dimension scores (0–100) of the compared stacks. All of them run K3s + WasmEdge + crun + sqlite + OPA-Wasm. ' +
        'Differences only: 2 of 6 dimensions differ between the shown stacks; they score the same on Resource, Scale, Availability, and Maturity. ' +
        'Fewer than three dimensions differ, so they are shown as a table.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Differences only' }));
    expect(screen.getByRole('img')).toBeTruthy();
  });
});

describe('RadarPanel with a user catalogue', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('has an axis per dimension of the store’s catalogue', () => {
    useAppStore.getState().loadCatalogue(withSecurity(seedCatalogue));
    render(<RadarPanel />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /^Radar chart of 3 stacks on seven dimensions, 0 to 100\. /,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('rowheader', { name: 'Security' })).toBeTruthy();
  });

  it('shows fewer than three dimensions as the table, with no chart to switch to', () => {
    useAppStore.getState().loadCatalogue({
      ...seedCatalogue,
      dimensions: seedCatalogue.dimensions.slice(0, 2),
    });
    render(<RadarPanel />);
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show as chart' })).toBeNull();
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['Resource', 'Performance']);
  });
});
