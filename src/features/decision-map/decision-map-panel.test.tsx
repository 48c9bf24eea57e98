// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubResizeObserver } from '../../components/charts/resize-observer-stub';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { DecisionMapPanel } from './decision-map-panel';

describe('DecisionMapPanel', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('draws the seed’s map and strip with the flip at 1,000 nodes named', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const { container } = render(<DecisionMapPanel />);
    expect(
      screen.getByRole('heading', { name: 'Where does the recommendation flip?' }),
    ).toBeTruthy();
    expect(
      (screen.getByRole('combobox', { name: 'Horizontal axis' }) as HTMLSelectElement).value,
    ).toBe('nodes');
    expect(
      (screen.getByRole('combobox', { name: 'Vertical axis' }) as HTMLSelectElement).value,
    ).toBe('memoryPerNodeMB');
    expect(screen.getByRole('combobox', { name: 'Strip along' })).toBeTruthy();
    const map = screen.getByRole('region', { name: 'Map: Nodes × Memory per node' });
    expect(within(map).getByText('above 1,000 nodes: Kubernetes')).toBeTruthy();
    expect(
      within(map).getByText(
        'Memory per node: no limit — the current point is drawn at the edge of the map.',
      ),
    ).toBeTruthy();
    const strip = screen.getByRole('region', { name: 'Strip: Nodes' });
    expect(strip.querySelector('ol')!.textContent).toBe('above 1,000 nodes: Kubernetes');
    const images = await screen.findAllByRole('img');
    expect(images.map((i) => i.getAttribute('aria-label')!.split(':')[0])).toEqual([
      'Decision map over Nodes and Memory per node',
      'Decision strip along Nodes',
    ]);
    expect(images[0]!.getAttribute('aria-label')).toMatch(/: 6 regions, 2 stacks at #1: /);
    // Six regions, and a hatch over the two where no stack meets the requirements.
    expect(container.querySelectorAll('.decision-map-chart .recharts-reference-area')).toHaveLength(
      8,
    );
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('has table twins: regions (x, y, #1, fit) and the strip’s stretches', () => {
    render(<DecisionMapPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Show as tables' }));
    const regions = screen.getByRole('table', { name: 'Regions of the map and their #1 stack' });
    expect(
      within(regions)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Nodes', 'Memory per node (MB)', '#1 stack', 'Fit there']);
    expect(within(regions).getAllByRole('row')).toHaveLength(7);
    const stretches = screen.getByRole('table', {
      name: 'Stretches of the strip and their #1 stack',
    });
    expect(
      within(stretches)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.children].map((c) => c.textContent)),
    ).toEqual([
      ['1', '1,000', 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm', 'meets the requirements'],
      [
        '1,001',
        '100,000',
        'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
        'meets the requirements',
      ],
    ]);
    expect(screen.getByRole('button', { name: 'Show as charts' })).toBeTruthy();
  });

  it('swaps the map’s axes when the horizontal one takes the vertical one’s requirement', () => {
    render(<DecisionMapPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Horizontal axis' }), {
      target: { value: 'memoryPerNodeMB' },
    });
    expect(screen.getByRole('heading', { name: 'Map: Memory per node × Nodes' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Strip along' }), {
      target: { value: 'coldStartMs' },
    });
    expect(screen.getByRole('heading', { name: 'Strip: Cold-start bound' })).toBeTruthy();
  });

  it('follows the scenario once the inputs rest, and the language', async () => {
    render(<DecisionMapPanel />);
    act(() => useAppStore.getState().applyScenario('serverless'));
    const strip = screen.getByRole('region', { name: 'Strip: Nodes' });
    expect(await within(strip).findByText('above 1,000 nodes: Kubernetes + Calico')).toBeTruthy();
    expect(within(strip).getByText('above 1 node: etcd')).toBeTruthy();
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '推荐在哪里改变？' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '横轴' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: '条带：节点数' })).getByText(
        '超过 1,000 个节点：Kubernetes + Calico',
      ),
    ).toBeTruthy();
  });
});
