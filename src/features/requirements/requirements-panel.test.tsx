// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, useAppStore } from '../../store/app-store';
import { RequirementsPanel } from './requirements-panel';

const requirements = () => useAppStore.getState().requirements;

describe('RequirementsPanel', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));
  afterEach(cleanup);

  it('labels every control', () => {
    render(<RequirementsPanel />);
    for (const name of ['Nodes', 'Memory per node', 'Cold-start bound'])
      expect(screen.getByRole('spinbutton', { name })).toBeTruthy();
    for (const name of [
      'No memory limit',
      'No cold-start limit',
      'Must run offline',
      'High availability',
      'Existing database to reuse',
      'Needs Alpha APIs',
      'GPU acceleration',
    ])
      expect(screen.getByRole('checkbox', { name })).toBeTruthy();
    for (const name of ['Site', 'Network policy', 'Policy complexity'])
      expect(screen.getByRole('combobox', { name })).toBeTruthy();
  });

  it('sets the site, Alpha API and GPU requirements, in both languages', () => {
    render(<RequirementsPanel />);
    const site = screen.getByRole('combobox', { name: 'Site' }) as HTMLSelectElement;
    expect([...site.options].map((o) => [o.value, o.text])).toEqual([
      ['any', 'Any'],
      ['edge', 'Edge'],
      ['cloud', 'Cloud'],
    ]);
    fireEvent.change(site, { target: { value: 'cloud' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Needs Alpha APIs' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'GPU acceleration' }));
    expect(requirements()).toMatchObject({ site: 'cloud', alphaApi: true, gpu: true });
    expect(useAppStore.getState().scenarioId).toBeNull();
    act(() => useAppStore.getState().setLanguage('zh'));
    const zhSite = screen.getByRole('combobox', { name: '部署位置' }) as HTMLSelectElement;
    expect([...zhSite.options].map((o) => o.text)).toEqual(['不限', '边缘', '云端']);
    expect(zhSite.value).toBe('cloud');
    expect(
      (screen.getByRole('checkbox', { name: '需要 Alpha API' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: '需要 GPU 加速' }) as HTMLInputElement).checked,
    ).toBe(true);
  });

  it('clamps a typed node count and shows the stored figure after blur', () => {
    render(<RequirementsPanel />);
    const nodes = screen.getByRole('spinbutton', { name: 'Nodes' }) as HTMLInputElement;
    fireEvent.change(nodes, { target: { value: '150000' } });
    expect(requirements().nodes).toBe(100_000);
    expect(screen.getByText('Kept within 1–100,000 nodes.')).toBeTruthy();
    fireEvent.blur(nodes);
    expect(nodes.value).toBe('100000');
  });

  it('keeps the node count while the field is cleared', () => {
    render(<RequirementsPanel />);
    const nodes = screen.getByRole('spinbutton', { name: 'Nodes' }) as HTMLInputElement;
    fireEvent.change(nodes, { target: { value: '' } });
    fireEvent.blur(nodes);
    expect(requirements().nodes).toBe(1);
    expect(nodes.value).toBe('1');
  });

  it('reads a blank optional figure as no limit, and the checkbox restores the last one', () => {
    render(<RequirementsPanel />);
    const memory = screen.getByRole('spinbutton', { name: 'Memory per node' });
    fireEvent.change(memory, { target: { value: '300' } });
    expect(requirements().memoryPerNodeMB).toBe(300);
    fireEvent.change(memory, { target: { value: '' } });
    expect(requirements().memoryPerNodeMB).toBe(300);
    fireEvent.blur(memory);
    expect(requirements().memoryPerNodeMB).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'No memory limit' }));
    expect(requirements().memoryPerNodeMB).toBe(300);
  });

  it('sets the node count from a quick pick and marks the scenario custom', () => {
    render(<RequirementsPanel />);
    fireEvent.click(screen.getByRole('button', { name: '2,000' }));
    expect(requirements().nodes).toBe(2000);
    expect(useAppStore.getState().scenarioId).toBeNull();
  });
});
