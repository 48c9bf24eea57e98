import { describe, expect, it } from 'vitest';

import { openRequirements, scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { assessCached, comparedIndex, rankCached, rankFor } from './use-ranking';

const edge = scenarios.find((s) => s.id === 'edge')!;

describe('shared ranking caches', () => {
  it('return the same result for the same inputs and a new one when an input object changes', () => {
    const requirements = { ...edge.requirements };
    const assessed = assessCached(seedCatalogue, requirements, 'edge');
    expect(assessCached(seedCatalogue, requirements, 'edge')).toBe(assessed);
    expect(assessCached(seedCatalogue, { ...requirements }, 'edge')).not.toBe(assessed);
    // The same requirements under another scenario score under that scenario's focus.
    expect(assessCached(seedCatalogue, requirements, 'default')).not.toBe(assessed);

    const again = assessCached(seedCatalogue, requirements, 'edge');
    const weights = { ...edge.weights };
    const ranked = rankCached(again, weights, { mode: 'fitFirst', showInvalid: false });
    expect(rankCached(again, weights, { mode: 'fitFirst', showInvalid: false })).toBe(ranked);
    expect(rankCached(again, weights, { mode: 'scoreOnly', showInvalid: false })).not.toBe(ranked);
    expect(ranked.map((r) => r.stack.id)).toEqual(
      rankFor(
        seedCatalogue,
        requirements,
        weights,
        { mode: 'fitFirst', showInvalid: false },
        edge,
      ).map((r) => r.stack.id),
    );
    expect(ranked[0]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+flannel+opa-wasm');
  });

  it('keeps one assessment per catalogue: an edited catalogue is assessed afresh', () => {
    const requirements = { ...edge.requirements };
    const seedRows = assessCached(seedCatalogue, requirements, 'edge');
    const edited = { ...seedCatalogue, technologies: [...seedCatalogue.technologies] };
    const editedRows = assessCached(edited, requirements, 'edge');
    expect(editedRows).not.toBe(seedRows);
    expect(editedRows.map((r) => r.stack.id)).toEqual(seedRows.map((r) => r.stack.id));
  });

  it('ranks open requirements with every valid stack', () => {
    const ranked = rankCached(
      assessCached(seedCatalogue, openRequirements, 'default'),
      edge.weights,
      {
        mode: 'fitFirst',
        showInvalid: false,
      },
    );
    expect(ranked).toHaveLength(240);
  });
});

describe('comparedIndex', () => {
  it('follows the selection when there is one, else the top 3 by rank', () => {
    expect(comparedIndex('b', 9, ['a', 'b'])).toBe(1);
    expect(comparedIndex('c', 1, ['a', 'b'])).toBeNull();
    expect(comparedIndex('x', 3, [])).toBe(2);
    expect(comparedIndex('x', 4, [])).toBeNull();
  });
});
