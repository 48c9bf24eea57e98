import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { defaultInputs, scenarioById } from '../../store/app-store';
import type { Preset } from '../../store/preset-storage';
import {
  addPreset,
  builtinPresets,
  inputsWithBuiltin,
  inputsWithPreset,
  newPresetId,
  removePreset,
  renamePreset,
  uniqueName,
} from './preset-list';

const edgeInputs = () => ({
  ...defaultInputs(),
  scenarioId: null,
  baseScenarioId: 'edge',
  weights: { ...scenarioById('edge').weights, cost: 5 },
  requirements: scenarioById('edge').requirements,
  rankMode: 'scoreOnly' as const,
  showInvalid: true,
  method: 'topsis' as const,
  judgements: [3, -2, 1, 1, 5, -9, 2, 2, 1, 1, 4, 1, -3, 1, 9],
});

describe('uniqueName', () => {
  it('cleans the name and suffixes repeats, staying within 60 characters', () => {
    expect(uniqueName('  Edge  ', [])).toBe('Edge');
    expect(uniqueName('Edge', ['Edge'])).toBe('Edge (2)');
    expect(uniqueName('Edge', ['Edge', 'Edge (2)'])).toBe('Edge (3)');
    const long = 'x'.repeat(60);
    expect(uniqueName(long, [long])).toBe(`${'x'.repeat(56)} (2)`);
    expect(uniqueName(' \t ', [])).toBe('');
  });
});

describe('preset list operations', () => {
  it('adds the current weights, requirements, methods, judgements and base scenario only', () => {
    const list = addPreset([], edgeInputs(), ' Edge, cheap ', 'p1')!;
    expect(list).toEqual([
      {
        id: 'p1',
        name: 'Edge, cheap',
        weights: { resource: 4, performance: 3, scale: 2, availability: 2, cost: 5, maturity: 1 },
        requirements: scenarioById('edge').requirements,
        rankMode: 'scoreOnly',
        showInvalid: true,
        baseScenarioId: 'edge',
        method: 'topsis',
        judgements: [3, -2, 1, 1, 5, -9, 2, 2, 1, 1, 4, 1, -3, 1, 9],
      },
    ]);
    expect(addPreset(list, edgeInputs(), 'Edge, cheap', 'p2')!.map((p) => p.name)).toEqual([
      'Edge, cheap',
      'Edge, cheap (2)',
    ]);
    expect(addPreset(list, edgeInputs(), '   ', 'p2')).toBeNull();
  });

  it('renames (unique among the others) and removes', () => {
    const a = addPreset([], edgeInputs(), 'A', 'p1')!;
    const ab = addPreset(a, edgeInputs(), 'B', 'p2')!;
    expect(renamePreset(ab, 'p2', 'A')!.map((p) => p.name)).toEqual(['A', 'A (2)']);
    expect(renamePreset(ab, 'p1', ' A ')!.map((p) => p.name)).toEqual(['A', 'B']);
    expect(renamePreset(ab, 'p1', '')).toBeNull();
    expect(removePreset(ab, 'p1').map((p: Preset) => p.id)).toEqual(['p2']);
  });
});

describe('applying presets', () => {
  it('a saved preset replaces weights, requirements and method, marks the inputs custom, based on the scenario it started from', () => {
    const current = { ...defaultInputs(), baseScenarioId: 'serverless', selectedIds: ['x'] };
    const preset = addPreset([], edgeInputs(), 'E', 'p1')![0]!;
    expect(inputsWithPreset(current, preset)).toEqual({
      ...current,
      weights: preset.weights,
      requirements: preset.requirements,
      rankMode: 'scoreOnly',
      showInvalid: true,
      method: 'topsis',
      judgements: preset.judgements,
      scenarioId: null,
      baseScenarioId: 'edge',
    });
  });

  it('a preset saved before methods and judgements ranks by the weighted sum, without judgements', () => {
    const older = addPreset([], edgeInputs(), 'E', 'p1')![0]!;
    delete older.method;
    delete older.judgements;
    expect(inputsWithPreset(edgeInputs(), older)).toMatchObject({
      method: 'weightedSum',
      judgements: [],
    });
  });

  it('a saved preset without a base scenario (saved before it was kept) is based on the seed defaults', () => {
    const current = { ...defaultInputs(), baseScenarioId: 'serverless' };
    const older = addPreset([], edgeInputs(), 'E', 'p1')![0]!;
    delete older.baseScenarioId;
    expect(inputsWithPreset(current, older)).toMatchObject({
      scenarioId: null,
      baseScenarioId: 'default',
    });
  });

  it('a built-in preset switches the scenario like the sidebar, with the default method', () => {
    const current = { ...edgeInputs(), selectedIds: ['x'] };
    const largeScale = builtinPresets(seedCatalogue).find((p) => p.id === 'large-scale')!;
    expect(inputsWithBuiltin(current, largeScale)).toEqual({
      ...current,
      weights: scenarioById('large-scale').weights,
      requirements: scenarioById('large-scale').requirements,
      rankMode: 'fitFirst',
      showInvalid: false,
      method: 'weightedSum',
      judgements: [],
      scenarioId: 'large-scale',
      baseScenarioId: 'large-scale',
      selectedIds: [],
    });
    expect(builtinPresets(seedCatalogue).map((p) => p.id)).toEqual([
      'default',
      'edge',
      'serverless',
      'ai-inference',
      'large-scale',
      'hybrid',
    ]);
  });

  it('makes ids the storage schema accepts', () => {
    expect(newPresetId(1_732_560_000_000, 0.5)).toBe('p-m3xdhnuo-i00000');
    expect(newPresetId(0, 0)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });
});
