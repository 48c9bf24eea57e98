// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withGateway, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { RankingPanel } from './ranking-panel';

// jsdom has no layout: give the table's scroll box a 1200×720 client area so the virtualizer
// renders the rows in view (720 / 66 px → rows 0–10) plus its overscan of 3; rows measure 66 px.
const sized = (className: string, size: number, fallback: PropertyDescriptor) => ({
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains(className) ? size : fallback.get!.call(this);
  },
});
const real = (proto: object, key: string) => Object.getOwnPropertyDescriptor(proto, key)!;
const realHeight = real(Element.prototype, 'clientHeight');
const realWidth = real(Element.prototype, 'clientWidth');
const realOffset = real(HTMLElement.prototype, 'offsetHeight');
beforeEach(() => {
  window.localStorage.clear();
  useAppStore.setState(defaultInputs());
  Object.defineProperty(
    HTMLElement.prototype,
    'clientHeight',
    sized('ranking-scroll', 720, realHeight),
  );
  Object.defineProperty(
    HTMLElement.prototype,
    'clientWidth',
    sized('ranking-scroll', 1200, realWidth),
  );
  Object.defineProperty(
    HTMLElement.prototype,
    'offsetHeight',
    sized('ranking-row', 66, realOffset),
  );
});
afterEach(() => {
  cleanup();
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  Reflect.deleteProperty(HTMLElement.prototype, 'clientWidth');
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', realOffset);
});

const bodyRows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-stack-id'));

describe('RankingPanel', () => {
  it('shows the top 50 of the ranking, rendering the rows in view, named by their stack', () => {
    render(<RankingPanel />);
    expect(screen.getByRole('heading', { name: 'Ranked stacks' })).toBeTruthy();
    const rows = bodyRows();
    expect(rows).toHaveLength(14);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('51');
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 2)),
    );
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

  it('under the hybrid preset, says the table ranks the sliders while the recommendation ranks each tier', () => {
    const note =
      'Hybrid (17.2.2): this table ranks the slider weights and the open requirements; the recommendation above ranks each tier with its own scenario.';
    render(<RankingPanel />);
    expect(screen.queryByText(note)).toBeNull();
    act(() => useAppStore.getState().applyScenario('hybrid'));
    expect(screen.getByText(note)).toBeTruthy();
    act(() => useAppStore.setState({ language: 'zh' }));
    expect(
      screen.getByText(
        '混合架构（17.2.2）：此表按滑块权重与当前需求排名；上方的推荐按各层自己的场景为每层排名。',
      ),
    ).toBeTruthy();
    // Custom inputs started from the hybrid rank nothing per tier: no note.
    act(() => useAppStore.getState().setWeight('cost', 5));
    expect(useAppStore.getState().scenarioId).toBeNull();
    expect(screen.queryByText(/^混合架构（17.2.2）/)).toBeNull();
  });
});

describe('RankingPanel columns', () => {
  it('draws identity, scores, then total and fit last', () => {
    render(<RankingPanel />);
    const all = screen.getAllByRole('columnheader');
    const order = [
      'Compare',
      'Rank',
      'Stack',
      'Resource',
      'Performance',
      'Scale',
      'Availability',
      'Cost',
      'Maturity',
      'Total',
      'Fit',
    ].map((name) => all.indexOf(screen.getByRole('columnheader', { name })));
    expect(order).toEqual(all.map((_, i) => i));
    const first = bodyRows()[0]!;
    const cells = first.querySelectorAll('td, th');
    expect(cells[cells.length - 2]!.className).toBe('col-total');
    expect(cells[cells.length - 1]!.className).toBe('col-fit');
  });

  it('hides a score column from the Columns menu and keeps the choice in localStorage', () => {
    render(<RankingPanel />);
    const toggle = screen.getByRole('button', { name: 'Columns' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('group', { name: 'Score columns to show' });
    expect(
      within(menu)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')!.textContent),
    ).toEqual(['Resource', 'Performance', 'Scale', 'Availability', 'Cost', 'Maturity']);
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Maturity' }));
    expect(screen.queryByRole('columnheader', { name: /Maturity/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Total/ })).toBeTruthy();
    expect(bodyRows()[0]!.querySelector('.col-dim-maturity')).toBeNull();
    expect(window.localStorage.getItem('sdm.rankingColumns')).toBe('{"v":1,"hidden":["maturity"]}');
    expect(screen.getByRole('button', { name: 'Columns 1 hidden' })).toBe(toggle);

    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);

    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Show every column' }));
    expect(screen.getByRole('columnheader', { name: /Maturity/ })).toBeTruthy();
    expect(window.localStorage.getItem('sdm.rankingColumns')).toBe('{"v":1,"hidden":[]}');
  });

  it('starts from a stored choice, and from every column when the stored value is damaged', () => {
    window.localStorage.setItem('sdm.rankingColumns', '{"v":1,"hidden":["cost","total","fit"]}');
    render(<RankingPanel />);
    expect(screen.queryByRole('columnheader', { name: /Cost/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Total/ })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Fit/ })).toBeTruthy();
    cleanup();
    window.localStorage.setItem('sdm.rankingColumns', '{"v":1,"hidden":');
    render(<RankingPanel />);
    expect(screen.getByRole('columnheader', { name: /Cost/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Columns' })).toBeTruthy();
  });

  it('names the menu in Chinese', () => {
    useAppStore.setState({ language: 'zh' });
    render(<RankingPanel />);
    fireEvent.click(screen.getByRole('button', { name: '显示列' }));
    const menu = screen.getByRole('group', { name: '要显示的得分列' });
    fireEvent.click(within(menu).getByRole('checkbox', { name: '成熟度' }));
    expect(screen.queryByRole('columnheader', { name: /成熟度/ })).toBeNull();
    expect(screen.getByRole('button', { name: '显示列 已隐藏 1 列' })).toBeTruthy();
  });
});

describe('RankingPanel with a user catalogue', () => {
  beforeEach(() => {
    const custom = withGateway(seedCatalogue);
    useAppStore.getState().loadCatalogue(withSecurity(custom));
  });
  afterEach(() => useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue }));

  it('has a column per dimension and a filter per layer of the store’s catalogue', () => {
    render(<RankingPanel />);
    const th = screen.getByRole('columnheader', { name: /Security/ });
    fireEvent.click(within(th).getByRole('button'));
    expect(useAppStore.getState().sorting).toEqual([{ id: 'security', desc: true }]);
    expect(th.getAttribute('aria-sort')).toBe('descending');
    const gateway = screen.getByLabelText('API gateway');
    expect(
      within(gateway)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Any', 'Kong', 'Traefik']);
    fireEvent.change(gateway, { target: { value: 'traefik' } });
    for (const row of bodyRows()) {
      expect(row.getAttribute('data-stack-id')!.split('+')).toHaveLength(7);
      expect(within(row).getByRole('rowheader').textContent).toContain(' + Traefik');
    }
  });
});
