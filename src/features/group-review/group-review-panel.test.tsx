// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { GroupReviewPanel } from './group-review-panel';

const edge = 'https://x.test/?v=1&s=edge';
const resourceFirst = 'https://x.test/?v=1&b=default&w=5,1,1,1,1,1';

describe('GroupReviewPanel', () => {
  beforeEach(() =>
    useAppStore.setState({ ...defaultInputs(), reviewLinks: [], reviewMean: 'geometric' }),
  );
  afterEach(cleanup);

  it('starts empty, with a labelled text box and the mean switch', () => {
    render(<GroupReviewPanel />);
    expect(screen.getByRole('heading', { name: 'Group review' })).toBeTruthy();
    expect(
      screen.getByRole('textbox', { name: 'Reviewers’ share links, one per line' }),
    ).toBeTruthy();
    expect(screen.getByText('Paste at least one reviewer’s link to combine weights.')).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Apply combined weights' }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    const group = screen.getByRole('group', { name: 'Combine by' });
    expect(
      within(group).getByRole('button', { name: 'Geometric mean' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('merging two links shows combined weights, each reviewer’s #1 and the spread', () => {
    render(<GroupReviewPanel />);
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Reviewers’ share links, one per line' }),
      {
        target: { value: `${resourceFirst}\nnot a link\n${edge}` },
      },
    );
    expect(useAppStore.getState().reviewLinks).toEqual([resourceFirst, 'not a link', edge]);
    expect(screen.getByText('Line 2: not a share link of this app, left out.')).toBeTruthy();
    const combined = screen.getByRole('table', { name: 'Combined weights' });
    expect(
      within(combined)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Dimension', 'Combined share', 'Combined weight', 'Reviewer 1', 'Reviewer 2']);
    const tops = screen.getByRole('table', { name: 'Each reviewer’s #1' });
    expect(within(tops).getAllByRole('row')).toHaveLength(3);
    expect(
      within(tops).getByText('K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm'),
    ).toBeTruthy();
    expect(
      within(tops).getByText('K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm'),
    ).toBeTruthy();
    const spread = screen.getByRole('table', {
      name: 'Where the reviewers disagree (largest spread first)',
    });
    expect(within(spread).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByRole('status').textContent).toMatch(/^The reviewers disagree most on /);
    fireEvent.click(screen.getByRole('button', { name: 'Arithmetic mean' }));
    expect(useAppStore.getState().reviewMean).toBe('arithmetic');
    fireEvent.click(screen.getByRole('button', { name: 'Apply combined weights' }));
    const w = useAppStore.getState().weights;
    expect(Math.max(...Object.values(w))).toBe(5);
    expect(screen.getByText('The sliders hold the combined weights.')).toBeTruthy();
  });

  it('speaks Chinese', () => {
    useAppStore.setState({ reviewLinks: [resourceFirst, edge] });
    render(<GroupReviewPanel />);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '小组评审' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '评审者的分享链接（每行一个）' })).toBeTruthy();
    expect(screen.getByRole('table', { name: '合并后的权重' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '应用合并权重' })).toBeTruthy();
  });
});
