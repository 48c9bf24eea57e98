// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { AhpPanel } from './ahp-panel';

const judgements = () => useAppStore.getState().judgements;

describe('AhpPanel', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('a select per pair, named "A vs B", in both languages', () => {
    render(<AhpPanel />);
    expect(screen.getByRole('heading', { name: 'Pairwise weights (AHP)' })).toBeTruthy();
    expect(screen.getAllByRole('combobox')).toHaveLength(15);
    const pair = screen.getByRole('combobox', { name: 'Cost vs Maturity' }) as HTMLSelectElement;
    expect(pair.selectedOptions[0]!.textContent).toBe('Equally important (1)');
    expect(within(pair).getAllByRole('option')).toHaveLength(17);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '两两比较权重（AHP）' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '成本 vs 成熟度' })).toBeTruthy();
  });

  it('a judgement goes to the store; apply sets the sliders from the priorities', () => {
    render(<AhpPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Cost vs Maturity' }), {
      target: { value: '4' },
    });
    expect(judgements()).toEqual([...new Array(14).fill(1), 4]);
    expect(screen.getByRole('status').textContent).toMatch(/^Consistent enough: CR 0\.\d{3}/);
    fireEvent.click(screen.getByRole('button', { name: 'Apply to weights' }));
    const w = useAppStore.getState().weights;
    // Cost is the largest priority: it gets the top of the slider.
    expect(w.cost).toBe(5);
    expect(w.maturity).toBeLessThan(w.resource!);
    expect(w.resource).toBe(w.performance);
    expect(useAppStore.getState().scenarioId).toBeNull();
    expect(screen.getByText('The sliders hold these priorities.')).toBeTruthy();
  });

  it('starts from the sliders, and warns with the worst judgement when inconsistent', () => {
    render(<AhpPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Start from current weights' }));
    // The seed defaults 3/3/2/2/2/1 to the nearest scale values.
    expect(judgements()).toEqual([1, 2, 2, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1, 2, 2]);
    const select = screen.getByRole('combobox', {
      name: 'Resource vs Maturity',
    }) as HTMLSelectElement;
    expect(select.value).toBe('3');
    fireEvent.change(select, { target: { value: '-9' } });
    const status = screen.getByRole('status').textContent!;
    expect(status).toMatch(/^Not consistent enough: CR \d\.\d{3} > 0\.10\./);
    expect(status).toContain(
      'The most inconsistent judgement is Resource vs Maturity: you chose “Maturity extremely more important (1/9)”',
    );
  });

  it('the method switch is a pressed button pair', () => {
    render(<AhpPanel />);
    const group = screen.getByRole('group', { name: 'Priority method' });
    const gm = within(group).getByRole('button', { name: 'Geometric mean' });
    expect(gm.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(gm);
    expect(gm.getAttribute('aria-pressed')).toBe('true');
    expect(
      within(group)
        .getByRole('button', { name: 'Principal eigenvector' })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    const table = screen.getByRole('table', { name: 'Priorities from the judgements' });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
  });
});
