// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withGateway, withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue } from '../../catalogue/types';
import { defaultInputs, useAppStore } from '../../store/app-store';
import { RankingSlide } from './ranking-slide';
import { WeightsSlide } from './weights-slide';

// The seed plus a gateway layer (Kong, Traefik) and a security dimension.
const custom: Catalogue = withSecurity(withGateway(seedCatalogue));

describe('the slides follow a catalogue of the user’s', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(custom), catalogue: custom }));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('draws a weight bar per dimension, the user’s with its default weight', () => {
    render(<WeightsSlide />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Resource',
      'Performance',
      'Scale',
      'Availability',
      'Cost',
      'Maturity',
      'Security',
    ]);
    expect(rows.at(-1)!.textContent).toContain('default: 2');
    expect(rows[0]!.textContent).toContain('seed: high');
  });

  it('shows every layer of a stack, the gateway too', () => {
    render(<RankingSlide />);
    const first = screen.getAllByRole('row')[1]!;
    const chips = [...first.querySelectorAll('[data-layer]')].map((c) => [
      c.getAttribute('data-layer'),
      c.textContent,
    ]);
    expect(chips).toEqual([
      ['orchestration', 'K3s'],
      ['runtime', 'WasmEdge'],
      ['ociRuntime', 'crun'],
      ['storage', 'etcd'],
      ['network', 'Cilium'],
      ['policy', 'OPA-Wasm'],
      ['gateway', 'Kong'],
    ]);
    expect(first.textContent).toContain('K3s + WasmEdge + crun + etcd + Cilium + OPA-Wasm + Kong');
  });
});
