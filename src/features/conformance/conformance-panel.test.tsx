// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scenarioById, defaultInputs, useAppStore } from '../../store/app-store';
import { ConformancePanel } from './conformance-panel';

describe('ConformancePanel', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(), view: 'conformance' }));
  afterEach(cleanup);

  it('is a captioned table with scoped headers, one row per seed alternative', () => {
    render(<ConformancePanel />);
    const table = screen.getByRole('table');
    expect(within(table).getByText(/within 0\.5 points of #1/).tagName).toBe('CAPTION');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(headers.map(() => 'col'));
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual([
      'Seed defaults 17.8.1 default branches',
      'Edge computing Edge stack',
      'Serverless Small: K3s',
      'Serverless Large (> 1000 nodes): Kubernetes',
      'AI inference Edge AI: K3s',
      'AI inference Cloud AI: Kubernetes',
      'Large-scale production Traditional cloud-native stack',
      'Hybrid Central tier',
      'Hybrid Edge tier',
    ]);
    expect(rowHeaders.every((h) => h.getAttribute('scope') === 'row')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      '6 of 9 agree with the book; 1 co-recommended; 2 differ',
    );
  });

  it('"Apply these inputs" sets the alternative’s preset and requirements and opens the decision', () => {
    render(<ConformancePanel />);
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Apply these inputs: Serverless — Large (> 1000 nodes): Kubernetes',
      }),
    );
    const state = useAppStore.getState();
    expect(state.view).toBe('dashboard');
    expect(state.baseScenarioId).toBe('serverless');
    expect(state.weights).toEqual(scenarioById('serverless').weights);
    expect(state.requirements).toEqual({ ...scenarioById('serverless').requirements, nodes: 1001 });
  });

  it('a variant without requirements of its own keeps the preset intact', () => {
    render(<ConformancePanel />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Apply these inputs: Hybrid — Central tier' }),
    );
    const state = useAppStore.getState();
    expect([state.scenarioId, state.baseScenarioId, state.view]).toEqual([
      'hybrid',
      'hybrid',
      'dashboard',
    ]);
  });

  it('speaks Chinese', () => {
    render(<ConformancePanel />);
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '种子一致性' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '应用这些输入：混合架构 — 中心层' })).toBeTruthy();
  });
});

describe('ConformancePanel with a user catalogue', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(), view: 'conformance' }));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('reports a seed stack whose technology the catalogue lacks as absent', () => {
    act(() =>
      useAppStore.getState().loadCatalogue({
        ...seedCatalogue,
        technologies: seedCatalogue.technologies.filter((t) => t.id !== 'wasmedge'),
      }),
    );
    render(<ConformancePanel />);
    const edge = screen
      .getAllByRole('row')
      .find((r) => within(r).queryByRole('rowheader', { name: 'Edge computing Edge stack' }))!;
    expect(edge.className).toContain('cf-absent');
    expect(screen.getByRole('status').textContent).toBe(
      '0 of 9 agree with the book; 2 co-recommended; 1 differs; 6 not in catalogue',
    );
  });
});
