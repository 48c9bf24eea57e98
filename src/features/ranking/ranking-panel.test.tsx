// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { RankingPanel } from './ranking-panel';

beforeEach(() => useAppStore.setState(defaultInputs()));
afterEach(cleanup);

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-stack-id'));

describe('RankingPanel', () => {
  it('shows the top 50 of the ranking as rows named by their stack', () => {
    render(<RankingPanel />);
    expect(screen.getByRole('heading', { name: 'Ranked stacks' })).toBeTruthy();
    const rows = bodyRows();
    expect(rows).toHaveLength(50);
    const first = rows[0]!;
    const id = first.getAttribute('data-stack-id')!;
    const header = within(first).getByRole('rowheader');
    expect(header.textContent).toContain(' + ');
    expect(id.split('+')).toHaveLength(6);
    expect(screen.getByRole('status').textContent).toMatch(/^Showing 50 of \d+ stacks · /);
  });

  it('sorts through the store and reports it with aria-sort', () => {
    render(<RankingPanel />);
    const th = screen.getByRole('columnheader', { name: /Resource/ });
    expect(th.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(th).getByRole('button'));
    expect(useAppStore.getState().sorting).toEqual([{ id: 'resource', desc: true }]);
    expect(th.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters to stacks holding every chosen technology', () => {
    render(<RankingPanel />);
    fireEvent.change(screen.getByLabelText('Storage'), { target: { value: 'etcd' } });
    fireEvent.change(screen.getByLabelText('Network'), { target: { value: 'cilium' } });
    expect(useAppStore.getState().technologyFilter).toEqual(['etcd', 'cilium']);
    expect(bodyRows().length).toBeGreaterThan(0);
    for (const row of bodyRows()) {
      const parts = row.getAttribute('data-stack-id')!.split('+');
      expect(parts).toContain('etcd');
      expect(parts).toContain('cilium');
    }
  });

  it('disables unchecked compare boxes once six stacks are selected', () => {
    render(<RankingPanel />);
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
    boxes.slice(0, 6).forEach((box) => fireEvent.click(box));
    expect(useAppStore.getState().selectedIds).toHaveLength(6);
    expect((boxes[6] as HTMLInputElement).disabled).toBe(true);
    expect((boxes[0] as HTMLInputElement).disabled).toBe(false);
  });

  it('opens a stack from its Details button', () => {
    render(<RankingPanel />);
    const row = bodyRows()[2]!;
    fireEvent.click(within(row).getByRole('button', { name: /^Details for / }));
    expect(useAppStore.getState().openStackId).toBe(row.getAttribute('data-stack-id'));
  });
});
