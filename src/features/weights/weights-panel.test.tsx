// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { ScenarioPresets } from './scenario-presets';
import { WeightsPanel } from './weights-panel';

describe('WeightsPanel', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('names each slider after its dimension, in both languages', () => {
    render(<WeightsPanel />);
    const resource = screen.getByRole('slider', { name: 'Resource' }) as HTMLInputElement;
    expect(resource.value).toBe('3');
    expect(screen.getAllByRole('slider')).toHaveLength(6);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('slider', { name: '资源' })).toBeTruthy();
  });

  it('sets a weight while dragging and shows the new shares', () => {
    render(<WeightsPanel />);
    fireEvent.change(screen.getByRole('slider', { name: 'Maturity' }), {
      target: { value: '5' },
    });
    expect(useAppStore.getState().weights.maturity).toBe(5);
    // 3/3/2/2/2/5 out of 17: maturity holds 29%.
    expect(screen.getByRole('slider', { name: 'Maturity' }).getAttribute('aria-valuetext')).toBe(
      '5, 29% of the total',
    );
  });
});

describe('ScenarioPresets', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('marks the active scenario and shows "Custom" once the inputs change', () => {
    render(<ScenarioPresets />);
    fireEvent.click(screen.getByRole('button', { name: 'Edge computing' }));
    expect(
      screen.getByRole('button', { name: 'Edge computing' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(screen.getByText('§17.6.3')).toBeTruthy();
    act(() => useAppStore.getState().setWeight('cost', 1));
    expect(screen.getAllByText('Custom').length).toBeGreaterThan(0);
    expect(
      screen.getByRole('button', { name: 'Edge computing' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });
});
