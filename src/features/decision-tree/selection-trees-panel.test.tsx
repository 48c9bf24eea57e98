// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { SelectionTreesPanel } from './selection-trees-panel';

describe('SelectionTreesPanel', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue }));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('marks nothing with the seed catalogue', () => {
    render(<SelectionTreesPanel />);
    expect(screen.queryByText(/not in this catalogue/)).toBeNull();
  });

  it('marks the branches whose picks the store’s catalogue lacks', () => {
    act(() =>
      useAppStore.getState().loadCatalogue({
        ...seedCatalogue,
        technologies: seedCatalogue.technologies.filter((t) => t.id !== 'wasmedge'),
      }),
    );
    render(<SelectionTreesPanel />);
    const marked = screen
      .getAllByText(/not in this catalogue/)
      .map((el) => el.closest('li')!.querySelector('strong')!.textContent);
    expect(marked).toEqual(['WasmEdge + crun', 'WasmEdge + crun', 'WasmEdge + crun']);
  });
});
