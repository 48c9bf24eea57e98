import { seedCatalogue } from '../catalogue/seed-catalogue';
import { beforeEach, describe, expect, it } from 'vitest';

import { defaultInputs, MAX_SELECTED, scenarioById, shallowEqual, useAppStore } from './app-store';

const state = () => useAppStore.getState();

describe('app store', () => {
  beforeEach(() => useAppStore.setState(defaultInputs()));

  it('applies a scenario: its weights, requirements and a cleared selection', () => {
    state().toggleSelected('a');
    state().applyScenario('edge');
    expect(state().weights).toEqual(scenarioById('edge').weights);
    expect(state().requirements).toEqual(scenarioById('edge').requirements);
    expect([state().scenarioId, state().baseScenarioId, state().selectedIds]).toEqual([
      'edge',
      'edge',
      [],
    ]);
  });

  it('marks edits as custom and resets back to the scenario they started from', () => {
    state().applyScenario('edge');
    state().setWeight('cost', 3.3);
    expect(state().weights.cost).toBe(3.5);
    expect(state().scenarioId).toBeNull();
    state().resetWeights();
    expect(state().weights).toEqual(scenarioById('edge').weights);
    expect(state().scenarioId).toBe('edge');
  });

  it('a drag between half steps changes nothing; a new half step does, and hundredths are kept by setWeights', () => {
    state().applyScenario('edge');
    const before = state().weights;
    state().setWeight('cost', 2.2);
    expect(state().weights).toBe(before);
    expect(state().scenarioId).toBe('edge');
    state().setWeight('cost', 2.3);
    expect(state().weights).toEqual({ ...before, cost: 2.5 });
    state().setWeights({ cost: 3.214, scale: 9, other: 1 });
    expect(state().weights).toEqual({ ...before, cost: 3.21, scale: 5 });
  });

  it('keeps AHP judgements for the same dimensions and drops them for other ones', () => {
    const judgements = [3, -2, 1, 1, 5, -9, 2, 2, 1, 1, 4, 1, -3, 1, 9];
    state().setJudgements(judgements);
    const reordered = {
      ...seedCatalogue,
      dimensions: [...seedCatalogue.dimensions].reverse(),
    };
    state().setCatalogue(
      { ...seedCatalogue, technologies: seedCatalogue.technologies.slice(0, -1) },
      { action: 'import' },
    );
    expect(state().judgements).toEqual(judgements);
    state().setCatalogue(reordered, { action: 'import' });
    expect(state().judgements).toEqual([]);
    useAppStore.setState({ catalogue: seedCatalogue, catalogueUndo: [], catalogueRedo: [] });
  });

  it('resets requirements to the base scenario but stays custom while weights differ', () => {
    state().applyScenario('large-scale');
    state().setWeight('scale', 5);
    state().setRequirement('nodes', 7);
    state().resetRequirements();
    expect(state().requirements.nodes).toBe(1001);
    expect(state().scenarioId).toBeNull();
  });

  it('clamps weights to 0..5 in steps of 0.5', () => {
    state().setWeight('resource', -2);
    state().setWeight('performance', 9);
    expect([state().weights.resource, state().weights.performance]).toEqual([0, 5]);
  });

  it('selects at most six stacks and toggles them off again', () => {
    for (let i = 0; i < 8; i++) state().toggleSelected(`s${i}`);
    expect(state().selectedIds).toHaveLength(MAX_SELECTED);
    state().toggleSelected('s0');
    expect(state().selectedIds).toEqual(['s1', 's2', 's3', 's4', 's5']);
  });

  it('compares flat records by value', () => {
    expect(shallowEqual({ a: 1, b: null }, { a: 1, b: null })).toBe(true);
    expect(shallowEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
  });
});
