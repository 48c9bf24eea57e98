// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { useAppStore } from '../../store/app-store';
import { resetStore } from '../../store/store-fixtures';
import { CatalogueEditor } from './catalogue-editor';

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const technologiesTable = () =>
  screen.getByRole('table', { name: /^Every technology of your catalogue/ });
const rowOf = (table: HTMLElement, name: string) =>
  within(table)
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name }));

/** Fills the technology dialog's first fact (start time, a team estimate) and saves. */
function saveWithStartTime(form: ReturnType<typeof within>, from: string, to: string) {
  const fact = within(form.getByRole('group', { name: 'Fact 1: Start time' }));
  type(fact.getByLabelText('From'), from);
  type(fact.getByLabelText('To'), to);
  type(fact.getByLabelText('Source (URL, benchmark, team estimate)'), 'team estimate');
  fireEvent.click(form.getByRole('button', { name: 'Save' }));
}

/** Adds Podman as a runtime through the dialog, by label. */
function addPodman() {
  fireEvent.click(button('Add technology'));
  const dialog = screen.getByRole('dialog', { name: 'Add a technology' });
  const form = within(dialog);
  type(form.getByLabelText('Name'), 'Podman');
  expect((form.getByLabelText('Id') as HTMLInputElement).value).toBe('podman');
  fireEvent.change(form.getByLabelText('Layer'), { target: { value: 'runtime' } });
  type(form.getByLabelText('Summary (English)'), 'A daemonless container engine.');
  saveWithStartTime(form, '100', '300');
}

describe('CatalogueEditor', () => {
  beforeEach(() => resetStore({ view: 'catalogue' }));
  afterEach(cleanup);

  it('starts on the seed catalogue with nothing to undo or redo', () => {
    render(<CatalogueEditor />);
    expect(screen.getByText('The seed catalogue')).toBeTruthy();
    expect((button('Undo (nothing to undo)') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Redo (nothing to redo)') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Reset to the seed catalogue') as HTMLButtonElement).disabled).toBe(true);
    expect(within(technologiesTable()).getAllByRole('row')).toHaveLength(1 + 17);
    expect(screen.getByText('No changes: this is the seed catalogue.')).toBeTruthy();
  });

  it('adds a technology through the dialog, by label; it appears in the table and the store', () => {
    render(<CatalogueEditor />);
    addPodman();
    expect(screen.queryByRole('dialog')).toBeNull();
    const row = rowOf(technologiesTable(), 'Podman')!;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Runtime', '1', 'Entered: team estimate', 'EditDuplicateDelete']);
    expect(within(row).getByRole('button', { name: 'Edit Podman' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Duplicate Podman' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Delete Podman' })).toBeTruthy();
    expect(screen.getByText('Your catalogue: 1 technology added')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Done: add technology Podman.');
    expect((button('Undo: add technology Podman') as HTMLButtonElement).disabled).toBe(false);

    const podman = useAppStore.getState().catalogue.technologies.find((t) => t.id === 'podman');
    expect(podman).toEqual({
      id: 'podman',
      layer: 'runtime',
      name: 'Podman',
      // The empty Chinese summary takes the English one.
      summary: { en: 'A daemonless container engine.', zh: 'A daemonless container engine.' },
      facts: {
        startTime: {
          kind: 'range',
          min: 100,
          max: 300,
          unit: 'ms',
          source: 'user',
          entered: { source: 'team estimate' },
        },
      },
      entered: { source: 'team estimate' },
    });
    const changes = screen.getByRole('table', { name: /^What your catalogue adds/ });
    expect(within(changes).getAllByRole('row')[1]!.textContent).toBe('TechnologyPodmanAdded');
  });

  it('undo and redo by button and by Ctrl+Z / Shift+Ctrl+Z inside the editor', () => {
    render(<CatalogueEditor />);
    addPodman();
    fireEvent.click(button('Undo: add technology Podman'));
    expect(rowOf(technologiesTable(), 'Podman')).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('Undone: add technology Podman.');
    const redo = button('Redo: add technology Podman');
    fireEvent.keyDown(redo, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(rowOf(technologiesTable(), 'Podman')).toBeTruthy();
    fireEvent.keyDown(button('Add layer'), { key: 'z', metaKey: true });
    expect(rowOf(technologiesTable(), 'Podman')).toBeUndefined();
    // In a text field Ctrl+Z belongs to the text.
    fireEvent.keyDown(screen.getByLabelText('Name of layer Runtime (English)'), {
      key: 'z',
      ctrlKey: true,
      shiftKey: true,
    });
    expect(rowOf(technologiesTable(), 'Podman')).toBeUndefined();
  });

  it('lists what stops a save with its field, and changes nothing', () => {
    render(<CatalogueEditor />);
    fireEvent.click(button('Add technology'));
    const dialog = within(screen.getByRole('dialog', { name: 'Add a technology' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Save' }));
    const alert = dialog.getByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Name: required',
      'Id: required',
      'Summary: required',
      'Fact 1: Start time, From: a positive number',
      'Fact 1: Start time, To: a positive number',
    ]);
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
  });

  it('marks required fields, and says live which dimensions the facts leave without a figure', () => {
    render(<CatalogueEditor />);
    fireEvent.click(button('Add technology'));
    const dialog = within(screen.getByRole('dialog', { name: 'Add a technology' }));
    expect(dialog.getByText('Fields marked * are required.')).toBeTruthy();
    const required = (label: string) => (dialog.getByLabelText(label) as HTMLInputElement).required;
    expect(required('Name')).toBe(true);
    expect(required('Summary (English)')).toBe(true);
    expect(required('Summary (Chinese)')).toBe(true);
    // One language is enough: the other is no longer required.
    type(dialog.getByLabelText('Summary (English)'), 'An engine.');
    expect(required('Summary (Chinese)')).toBe(false);
    expect(dialog.getByLabelText('Name').parentElement!.textContent).toBe('Name*');

    const coverage = within(
      dialog.getByRole('region', { name: 'How the ranking reads these facts' }),
    );
    const line = (dimension: string) =>
      coverage.getAllByRole('listitem').find((li) => li.textContent!.startsWith(`${dimension}`))!
        .textContent;
    expect(line('Performance:')).toMatch(/^Performance: no figure \(it reads Start time, /);
    const fact = within(dialog.getByRole('group', { name: 'Fact 1: Start time' }));
    type(fact.getByLabelText('From'), '100');
    type(fact.getByLabelText('To'), '300');
    expect(line('Performance:')).toBe('Performance: scored on Start time.');
    expect(line('Maturity:')).toMatch(
      /Left out of Maturity: a stack scores the lowest of its other technologies/,
    );
    expect(line('Scale')).toMatch(/^Scale \(nodes × pods per node\): no node range/);
  });

  it('gives the layer name inputs visible labels', () => {
    render(<CatalogueEditor />);
    const runtime = screen.getByLabelText('Name of layer Runtime (English)');
    expect(runtime.closest('label')!.textContent).toBe('English');
    expect(
      screen.getByLabelText('Name of layer Runtime (Chinese)').closest('label')!.textContent,
    ).toBe('Chinese');
  });

  it('delete asks first and says which rules and seed stacks go with it', () => {
    render(<CatalogueEditor />);
    fireEvent.click(button('Delete WasmEdge'));
    const dialog = within(screen.getByRole('dialog', { name: 'Delete WasmEdge?' }));
    expect(
      dialog.getByText(/rules that name it: wasmedge-needs-crun, wasm-images-need-conversion/),
    ).toBeTruthy();
    expect(dialog.getByText(/rules that lose it from “unless”: opa-wasm-host/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(rowOf(technologiesTable(), 'WasmEdge')).toBeUndefined();
    expect(button('Undo: delete technology WasmEdge')).toBeTruthy();
  });

  it('adds a layer with its first technology as one edit', () => {
    render(<CatalogueEditor />);
    fireEvent.click(button('Add layer'));
    const layer = within(screen.getByRole('dialog', { name: 'Add a layer' }));
    type(layer.getByLabelText('Name (English)'), 'Gateway');
    type(layer.getByLabelText('Source (URL, benchmark, team estimate)'), '17.4.3 names Kong');
    fireEvent.click(layer.getByRole('button', { name: 'Next: its first technology' }));
    const tech = within(screen.getByRole('dialog', { name: 'Add a technology' }));
    expect((tech.getByLabelText('Layer') as HTMLSelectElement).value).toBe('gateway');
    type(tech.getByLabelText('Name'), 'Kong');
    type(tech.getByLabelText('Summary (Chinese)'), 'API 网关');
    saveWithStartTime(tech, '50', '80');
    const { catalogue } = useAppStore.getState();
    expect(catalogue.layers.at(-1)).toEqual({
      id: 'gateway',
      name: { en: 'Gateway', zh: 'Gateway' },
      source: 'user',
      entered: { source: '17.4.3 names Kong' },
    });
    expect(catalogue.technologies.at(-1)!.id).toBe('kong');
    expect(screen.getByText('Your catalogue: 1 technology added, 1 layer added')).toBeTruthy();
    expect(button('Undo: add layer Gateway')).toBeTruthy();
    expect(screen.getByLabelText('Name of layer Gateway (English)')).toBeTruthy();
  });

  it('reset asks first, returns to the seed and can be undone', () => {
    render(<CatalogueEditor />);
    addPodman();
    fireEvent.click(button('Reset to the seed catalogue'));
    const dialog = within(screen.getByRole('dialog', { name: 'Reset to the seed catalogue?' }));
    expect(dialog.getByText(/1 technology added/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Reset' }));
    expect(useAppStore.getState().catalogue).toBe(seedCatalogue);
    expect(screen.getByText('The seed catalogue')).toBeTruthy();
    fireEvent.click(button('Undo: reset to the seed catalogue'));
    expect(rowOf(technologiesTable(), 'Podman')).toBeTruthy();
  });

  it('speaks Chinese: buttons and undo names in zh', () => {
    act(() => useAppStore.getState().setLanguage('zh'));
    render(<CatalogueEditor />);
    expect(button('添加技术')).toBeTruthy();
    expect(button('添加层')).toBeTruthy();
    expect(button('编辑 K3s')).toBeTruthy();
    act(() => useAppStore.getState().setLanguage('en'));
    addPodman();
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(button('撤销：添加技术 Podman')).toBeTruthy();
    expect(button('编辑 Podman')).toBeTruthy();
    expect(button('复制 Podman')).toBeTruthy();
    expect(button('删除 Podman')).toBeTruthy();
    expect(screen.getByText('你的目录：新增 1 项技术')).toBeTruthy();
  });
});
