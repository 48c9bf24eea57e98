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
