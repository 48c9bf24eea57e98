// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { withSecurity } from '../../catalogue/catalogue-fixtures';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Catalogue } from '../../catalogue/types';
import { defaultInputs, scenarioById, useAppStore } from '../../store/app-store';
import type { Preset } from '../../store/preset-storage';
import { PresetsDialog } from './presets-dialog';
import type { PresetLibrary } from './use-preset-library';

// The seed with a security dimension and its edge scenario renamed by the user.
const custom: Catalogue = {
  ...withSecurity(seedCatalogue),
  scenarios: seedCatalogue.scenarios.map((s) =>
    s.id === 'edge' ? { ...s, name: { zh: '团队边缘', en: 'Team edge' } } : s,
  ),
};

// Saved under the seed catalogue: its weights do not name the security dimension.
const mine: Preset = {
  id: 'p1',
  name: 'Mine',
  weights: scenarioById('edge').weights,
  requirements: scenarioById('edge').requirements,
  rankMode: 'fitFirst',
  showInvalid: false,
  baseScenarioId: 'edge',
};

const library: PresetLibrary = {
  presets: [mine],
  sessionOnly: null,
  save: () => null,
  rename: () => null,
  remove: () => null,
};

describe('PresetsDialog under a catalogue of the user’s', () => {
  beforeEach(() => useAppStore.setState({ ...defaultInputs(custom), catalogue: custom }));
  afterEach(() => {
    cleanup();
    useAppStore.setState({ ...defaultInputs(), catalogue: seedCatalogue });
  });

  it('names its scenarios and weighs every dimension, a preset from the seed at the new one’s default', () => {
    render(<PresetsDialog library={library} onClose={() => {}} />);
    // jsdom does not open a modal <dialog>: its content counts as hidden to role queries.
    const hidden = true;
    expect(screen.getByRole('button', { name: 'Apply Team edge', hidden })).toBeTruthy();
    expect(screen.getByText(/started from Team edge/)).toBeTruthy();
    expect(
      screen.getByRole('img', {
        name: 'Weights of Mine: Resource 4, Performance 3, Scale 2, Availability 2, Cost 2, Maturity 1, Security 2',
        hidden,
      }),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Weights, A → B', hidden });
    expect(
      within(table)
        .getAllByRole('rowheader', { hidden })
        .map((th) => th.textContent),
    ).toEqual(['Resource', 'Performance', 'Scale', 'Availability', 'Cost', 'Maturity', 'Security']);
  });
});
