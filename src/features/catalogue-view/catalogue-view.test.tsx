// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withGateway, withPodman, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { CatalogueView } from './catalogue-view';

const region = (name: string) => screen.getByRole('region', { name });
const rowOf = (table: HTMLElement, header: string) =>
  within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: header }))!;

describe('CatalogueView', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(), view: 'catalogue' }));
  afterEach(cleanup);

  it('“On this page” links every panel of the page, in page order', () => {
    const { container } = render(<CatalogueView />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    const headings = [...container.querySelectorAll('.panel h2')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
    expect(links.map((a) => a.textContent)).toEqual(headings.map((h) => h.textContent));
    expect(links.map((a) => a.textContent)).toEqual([
      'Technologies',
      'Combination schemes',
      'Dimensions',
      'Compatibility rules',
      'Compatibility matrix',
      'Production cases',
    ]);
  });

  it('17.6.1: the model (facts, across layers) carries a reading badge; the row keeps its citation', () => {
    render(<CatalogueView />);
    const table = region('Table: Dimensions');
    const resource = rowOf(table, 'Resource');
    const reading = within(resource).getByRole('note', { name: "App's reading of §17.6.1" });
    expect(reading.textContent).toBe('Reading §17.6.1');
    expect(reading.getAttribute('aria-description')).toContain(
      '评估指标 “内存占用、CPU 占用、存储占用”',
    );
    expect(within(resource).getAllByRole('note', { name: /^Seed §17\.6\.1 / })).toHaveLength(1);
    expect(resource.textContent).toContain('Measured by: Control-plane memory');
    expect(within(table).getAllByRole('note', { name: "App's reading of §17.6.1" })).toHaveLength(
      6,
    );
  });

  it('shows the printed 17.2.2 and 17.7.3 tables with their citations, in Chinese as printed', () => {
    useAppStore.setState({ language: 'zh' });
    render(<CatalogueView />);
    const schemes = region('表格：组合方案对比');
    expect(rowOf(schemes, '方案 5：AI 推理').textContent).toContain('WasmEdge + GPU Plugin');
    expect(screen.getAllByRole('note', { name: /^种子文档 §17\.2\.2 / }).length).toBeGreaterThan(0);
    const matrix = region('表格：兼容性矩阵');
    const cells = within(rowOf(matrix, 'K3s + WasmEdge')).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      '✅ 100%',
      '⚠️ 需转换',
      '✅ flannel',
      '⚠️ sqlite 不兼容 etcd',
    ]);
    expect(screen.getAllByRole('note', { name: /^种子文档 §17\.7\.3 / }).length).toBeGreaterThan(0);
  });
});

describe('CatalogueView with a user catalogue', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(), view: 'catalogue' }));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('shows the store’s technologies, layers and dimensions, not the seed’s', () => {
    const custom = withGateway(withPodman(seedCatalogue));
    useAppStore.getState().loadCatalogue({ ...withSecurity(custom), schemeComparison: undefined });
    render(<CatalogueView />);
    expect(screen.getByRole('heading', { name: /^API gateway/ })).toBeTruthy();
    const podman = screen.getByRole('article', { name: 'Podman' });
    const scores = within(podman).getByRole('list', { name: 'Dimension scores f(t) × 100' });
    expect(within(scores).getAllByRole('listitem')).toHaveLength(7);
    expect(within(scores).getByText('Security')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Traefik' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      `Showing ${seedCatalogue.technologies.length + 3} of ${seedCatalogue.technologies.length + 3}`,
    );
    const security = rowOf(region('Table: Dimensions'), 'Security');
    expect(within(security).getAllByText('not in 17.6.1')).toHaveLength(2);
    // the user's model is no reading of the seed
    expect(within(security).queryByRole('note', { name: /reading/ })).toBeNull();
    expect(screen.getByText('This catalogue carries no copy of this printed table.')).toBeTruthy();
    expect(rowOf(region('Table: Compatibility matrix'), 'K3s + WasmEdge')).toBeTruthy();
  });
});
