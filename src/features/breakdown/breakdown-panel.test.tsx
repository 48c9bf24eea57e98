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
    useAppStore.getState().applyScenario('edge');
    const { container } = render(<BreakdownPanel />);
    expect(screen.getByRole('heading', { name: 'Score breakdown' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why #1 over #2' })).toBeTruthy();
    expect(screen.getByText('#1 leads by 1.4 points; Cost decides it (+1.4).')).toBeTruthy();
    expect(container.querySelector('.why-directions')!.textContent).toBe(
      '← favours #2favours #1 →',
    );
    const images = screen.getAllByRole('img');
    expect(images).toHaveLength(2);
    expect(images[0]!.getAttribute('aria-label')).toMatch(/^Stacked bars of 3 stacks: #1 /);
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(7);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('says an exact tie at #1 is a tie of co-recommended stacks, named, never “#1 over #1”', () => {
    useAppStore.getState().applyScenario('large-scale');
    const { container } = render(<BreakdownPanel />);
    expect(screen.getByRole('heading', { name: 'Why these two tie' })).toBeTruthy();
    expect(screen.getByText('containerd and Docker tie at 69.1 points.')).toBeTruthy();
    expect(
      screen.getByText(
        'Both are co-recommended. They tie: the same score on every dimension, so the seed’s facts cannot separate them.',
      ),
    ).toBeTruthy();
    expect(container.querySelector('.why-directions')!.textContent).toBe(
      '← favours Dockerfavours containerd →',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(
      screen.getByText('Per-dimension weighted difference between containerd and Docker (points)'),
    ).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'containerd score' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Docker score' })).toBeTruthy();
  });

  it('calls #1 and #2 within half a point co-recommended (the default inputs)', () => {
    render(<BreakdownPanel />);
    expect(screen.getByRole('heading', { name: 'Why these two are co-recommended' })).toBeTruthy();
    expect(
      screen.getByText(
        'Both are co-recommended. A gap under 0.5 points is finer than the seed’s ratings support: no verdict between them.',
      ),
    ).toBeTruthy();
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
