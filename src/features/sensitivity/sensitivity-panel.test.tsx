// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { stubResizeObserver } from '../../components/charts/resize-observer-stub';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { SensitivityPanel } from './sensitivity-panel';

const ETCD = 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm';
const SQLITE = 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm';
const K8S = 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm';

const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent);

describe('SensitivityPanel', () => {
  beforeAll(() => stubResizeObserver());
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('names the nearest reversal and every weight’s interval for the seed defaults', () => {
    render(<SensitivityPanel />);
    expect(screen.getByRole('heading', { name: 'How stable is the #1?' })).toBeTruthy();
    expect(
      screen.getByText(`Below 1.86 for Scale (share 15 %), ${SQLITE} replaces ${ETCD} at #1.`),
    ).toBeTruthy();
    const table = screen.getByRole('table', {
      name: 'Each weight’s interval where the current #1 stays #1, and who takes over',
    });
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[0]!)).toEqual([
      'Weight',
      'Now',
      '#1 holds from',
      'to',
      'Takes over below',
      'Takes over above',
    ]);
    expect(rows.slice(1).map((r) => cells(r).slice(0, 4))).toEqual([
      ['Resource', '3', '0', '3.26'],
      ['Performance', '3', '2', '3.91'],
      ['Scale', '2', '1.87', '4.62'],
      ['Availability', '2', '1.76', '5'],
      ['Cost', '2', '0.69', '2.26'],
      ['Maturity', '1', '0', '5'],
    ]);
    // The nearest reversal's end is tagged; maturity moves nothing within 0 … 5.
    expect(cells(rows[3]!).slice(4)).toEqual([`${SQLITE}nearest`, K8S]);
    expect(cells(rows[6]!).slice(4)).toEqual(['nobody, down to 0', 'nobody, up to 5']);
  });

  it('sweeps the nearest reversal’s weight by default: chart, crossings, table twin', async () => {
    const error = vi.spyOn(console, 'error');
    const { container } = render(<SensitivityPanel />);
    const select = screen.getByRole('combobox', { name: 'Weight to sweep' }) as HTMLSelectElement;
    expect(select.value).toBe('scale');
    const sweep = screen.getByRole('region', {
      name: 'Scores of the top 5 as Scale sweeps 0 … 5',
    });
    const chart = await within(sweep).findByRole('img');
    // Kubernetes takes #1 above 4.62 from outside the top 5: it is drawn too.
    expect(chart.getAttribute('aria-label')).toBe(
      'Scores of the top 5 stacks, and of 1 stack that takes #1 past an end, as Scale sweeps 0 … 5, now 2: 9 crossings.',
    );
    expect(container.querySelectorAll('.sweep-chart .recharts-line')).toHaveLength(6);
    // Crossings at one point share a dot: 9 crossings at 7 points (two twins cross the sqlite
    // stack at one point, and Kubernetes crosses both twins at one point and so on).
    expect(container.querySelectorAll('.sweep-chart .recharts-reference-dot')).toHaveLength(
      new Set(
        [...container.querySelectorAll('.sweep-chart .recharts-reference-dot circle')].map(
          (c) => `${c.getAttribute('cx')},${c.getAttribute('cy')}`,
        ),
      ).size,
    );
    expect(container.querySelectorAll('.sweep-chart .recharts-reference-dot')).toHaveLength(7);
    const crossings = within(sweep)
      .getAllByRole('listitem')
      .filter((li) => li.closest('ol'));
    expect(crossings[0]!.textContent).toBe(
      `At 1.87 (share 15 %): ${SQLITE} overtakes ${ETCD}, both at 66.5.`,
    );
    expect(crossings).toHaveLength(9);
    expect(within(sweep).getByText('Takes #1 past an end:').parentElement!.textContent).toBe(
      `Takes #1 past an end: ${K8S}`,
    );
    expect(within(sweep).queryByText(/^Not drawn/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const scores = within(sweep).getByRole('table', {
      name: 'Scores of the top 5 at each half step of Scale (0–100)',
    });
    const rows = within(scores).getAllByRole('row');
    expect(cells(rows[0]!)).toEqual(['Stack', ...'0 0.5 1 1.5 2 2.5 3 3.5 4 4.5 5'.split(' ')]);
    expect(rows).toHaveLength(7);
    expect(cells(rows[1]!).slice(0, 2)).toEqual([`#1 ${ETCD}`, '64.0']);
    expect(cells(rows[6]!)[0]).toBe(`Takes #1 past an end: ${K8S}`);
    expect(within(sweep).queryByRole('img')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });

  it('sweeps the weight the user picks, and speaks Chinese', () => {
    render(<SensitivityPanel />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Weight to sweep' }), {
      target: { value: 'cost' },
    });
    expect(
      screen.getByRole('heading', { name: 'Scores of the top 5 as Cost sweeps 0 … 5' }),
    ).toBeTruthy();
    // The pick stays when the weights move.
    act(() => useAppStore.getState().setWeight('resource', 5));
    expect(
      (screen.getByRole('combobox', { name: 'Weight to sweep' }) as HTMLSelectElement).value,
    ).toBe('cost');
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('heading', { name: '第 1 名有多稳？' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '扫描的权重' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '成本从 0 扫描到 5 时前 5 名的得分' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '以表格显示' })).toBeTruthy();
  });
});
