// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubResizeObserver } from '../../components/charts/resize-observer-stub';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { BreakdownPanel } from './breakdown-panel';

describe('BreakdownPanel', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('stacks the contributions of the top 3 and says why #1 leads #2', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const { container } = render(<BreakdownPanel />);
    expect(screen.getByRole('heading', { name: 'Score breakdown' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why #1 over #2' })).toBeTruthy();
    expect(
      screen.getByText(/^#1 leads by \d+\.\d+ points; .+ decides it \(\+\d+\.\d+\)\.$/),
    ).toBeTruthy();
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(2);
    expect(images[0]!.getAttribute('aria-label')).toMatch(/^Stacked bars of 3 stacks: #1 /);
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(7);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('has a table twin for both charts, with totals and the gap', () => {
    render(<BreakdownPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(screen.getByRole('rowheader', { name: 'Total' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Total gap' })).toBeTruthy();
  });

  it('follows the weights and the language', () => {
    render(<BreakdownPanel />);
    act(() => {
      useAppStore.getState().setWeight('maturity', 5);
      useAppStore.getState().setLanguage('zh');
    });
    expect(screen.getByRole('heading', { name: '得分构成' })).toBeTruthy();
    expect(screen.getByText(/^#1 领先 .+ 分；决定因素是.+（\+.+）。$/)).toBeTruthy();
  });
});
