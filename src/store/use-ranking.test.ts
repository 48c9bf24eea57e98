import { describe, expect, it } from 'vitest';

import { openRequirements, scenarios } from '../catalogue/scenarios';
import { assessCached, comparedIndex, rankCached, rankFor } from './use-ranking';

const edge = scenarios.find((s) => s.id === 'edge')!;

describe('shared ranking caches', () => {
  it('return the same result for the same inputs and a new one when an input object changes', () => {
    const requirements = { ...edge.requirements };
    const assessed = assessCached(requirements);
    expect(assessCached(requirements)).toBe(assessed);
    expect(assessCached({ ...requirements })).not.toBe(assessed);

    const again = assessCached(requirements);
    const weights = { ...edge.weights };
    const ranked = rankCached(again, weights, { mode: 'fitFirst', showInvalid: false });
    expect(rankCached(again, weights, { mode: 'fitFirst', showInvalid: false })).toBe(ranked);
    expect(rankCached(again, weights, { mode: 'scoreOnly', showInvalid: false })).not.toBe(ranked);
    expect(ranked.map((r) => r.stack.id)).toEqual(
      rankFor(requirements, weights, { mode: 'fitFirst', showInvalid: false }).map(
        (r) => r.stack.id,
      ),
    );
    expect(ranked[0]!.stack.id).toBe('k3s+wasmedge+crun+sqlite+calico+opa-wasm');
  });

  it('ranks open requirements with every valid stack', () => {
    const ranked = rankCached(assessCached(openRequirements), edge.weights, {
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
