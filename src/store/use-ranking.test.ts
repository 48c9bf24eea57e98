import { describe, expect, it } from 'vitest';

import { openRequirements, scenarios } from '../catalogue/scenarios';
import { assessCached, comparedIndex, rankCached, rankFor } from './use-ranking';

const edge = scenarios.find((s) => s.id === 'edge')!;

describe('shared ranking caches', () => {
  it('return the same result for the same inputs and a new one when an input object changes', () => {
    const requirements = { ...edge.requirements };
    const assessed = assessCached(requirements, 'edge');
    expect(assessCached(requirements, 'edge')).toBe(assessed);
    expect(assessCached({ ...requirements }, 'edge')).not.toBe(assessed);
    // The same requirements under another scenario score under that scenario's focus.
    expect(assessCached(requirements, 'default')).not.toBe(assessed);

    const again = assessCached(requirements, 'edge');
    const weights = { ...edge.weights };
    const ranked = rankCached(again, weights, { mode: 'fitFirst', showInvalid: false });
    expect(rankCached(again, weights, { mode: 'fitFirst', showInvalid: false })).toBe(ranked);
    expect(rankCached(again, weights, { mode: 'scoreOnly', showInvalid: false })).not.toBe(ranked);
    expect(ranked.map((r) => r.stack.id)).toEqual(
      rankFor(requirements, weights, { mode: 'fitFirst', showInvalid: false }, edge).map(
        (r) => r.stack.id,
      ),
    );
    expect(ranked[0]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+flannel+opa-wasm');
  });

  it('ranks open requirements with every valid stack', () => {
    const ranked = rankCached(assessCached(openRequirements, 'default'), edge.weights, {
      mode: 'fitFirst',
      showInvalid: false,
    });
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
