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
