import { seedCatalogue } from '../catalogue/seed-catalogue';
import { describe, expect, it } from 'vitest';

import { defaultInputs, scenarioById, type Inputs } from './app-store';
import { appliedVariant } from './applied-variant';

const preset = (id: string, requirements: Partial<Inputs['requirements']> = {}): Inputs => {
  const s = scenarioById(id);
  return {
    ...defaultInputs(),
    scenarioId: null,
    baseScenarioId: id,
    weights: { ...s.weights },
    requirements: { ...s.requirements, ...requirements },
  };
};

describe('appliedVariant', () => {
  it('names serverless large and AI cloud when exactly their inputs are set', () => {
    expect(appliedVariant(preset('serverless', { nodes: 1001 }), seedCatalogue)?.variant.id).toBe(
      'large',
    );
    expect(
      appliedVariant(preset('ai-inference', { site: 'cloud' }), seedCatalogue)?.variant.id,
    ).toBe('cloud');
  });

  it('is null for the preset itself, for other changes and for the first alternative', () => {
    expect(
      appliedVariant({ ...preset('serverless'), scenarioId: 'serverless' }, seedCatalogue),
    ).toBeNull();
    expect(appliedVariant(preset('serverless', { nodes: 2000 }), seedCatalogue)).toBeNull();
    expect(appliedVariant(preset('serverless'), seedCatalogue)).toBeNull();
    const heavier = preset('serverless', { nodes: 1001 });
    expect(
      appliedVariant({ ...heavier, weights: { ...heavier.weights, cost: 5 } }, seedCatalogue),
    ).toBeNull();
  });
});
