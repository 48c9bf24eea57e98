import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, scenarioById } from '../../store/app-store';
import type { Preset } from '../../store/preset-storage';
import { compareOptions, defaultCompareB, resolveSpec } from './compare-options';

const { weights, requirements } = defaultInputs();
const saved: Preset[] = [
  {
    id: 'p1',
    name: '<b>Mine</b>',
    weights,
    requirements,
    rankMode: 'scoreOnly',
    showInvalid: false,
  },
];

describe('compare options', () => {
  it('lists built-ins by localized name and saved presets by their own name', () => {
    const options = compareOptions(seedCatalogue, saved, 'zh');
    expect(options.builtin[1]).toEqual({ key: 'builtin:edge', label: '边缘计算' });
    expect(options.saved).toEqual([{ key: 'saved:p1', label: '<b>Mine</b>' }]);
  });

  it('resolves keys, and names nothing for a missing or malformed key', () => {
    const current = defaultInputs();
    expect(resolveSpec(seedCatalogue, 'current', saved, current)).toBe(current);
    expect(resolveSpec(seedCatalogue, 'builtin:large-scale', saved, current)!.weights).toEqual(
      scenarioById('large-scale').weights,
    );
    expect(resolveSpec(seedCatalogue, 'saved:p1', saved, current)).toBe(saved[0]);
    expect(resolveSpec(seedCatalogue, 'saved:gone', saved, current)).toBeNull();
    expect(resolveSpec(seedCatalogue, 'builtin:nope', saved, current)).toBeNull();
    expect(resolveSpec(seedCatalogue, 'edge', saved, current)).toBeNull();
  });

  it('starts B at the latest saved preset, else at edge', () => {
    expect(defaultCompareB(saved)).toBe('saved:p1');
    expect(defaultCompareB([])).toBe('builtin:edge');
  });
});
