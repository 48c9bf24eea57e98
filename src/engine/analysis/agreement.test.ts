import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { assessStacks, prepareCatalogue, rankAssessed, type RankMode } from '../evaluate';
import { METHODS } from '../methods';
import { compileStacks } from '../scale/compile';
import { tiersFor } from '../scale/select';
import { focusOf } from '../technology-scores';
import { kendallTauB, methodAgreement } from './agreement';

describe('kendallTauB', () => {
  it('is 1 for the same order and −1 for the reversed one', () => {
    expect(kendallTauB([1, 2, 3, 4, 5], [1, 2, 3, 4, 5])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4, 5], [50, 40, 30, 20, 10])).toBe(-1);
    // One adjacent swap among 4: 5 concordant, 1 discordant pair of 6.
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBe(4 / 6);
  });

  it('gives the textbook τ-b with ties in both lists (scipy.stats.kendalltau’s example)', () => {
    // scipy.stats.kendalltau docs: x1 = [12, 2, 1, 12, 2], x2 = [1, 4, 7, 1, 0] →
    // −0.47140452079103173 (cross-checked there with R's cor.test, method "kendall").
    // n₀ = 10 pairs, 2 tied in x1, 1 tied in x2, n_c − n_d = −4: −4 / √(8 · 9) = −√2 / 3.
    const tau = kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
    expect(tau).toBe(-4 / Math.sqrt(72));
    expect(tau).toBeCloseTo(-0.47140452079103173, 15);
  });

  it('is undefined (null) for fewer than two items or when one list ties them all', () => {
    expect(kendallTauB([], [])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});

describe('methodAgreement on the seed catalogue', () => {
  const prepared = prepareCatalogue(seedCatalogue);

  function agreementOf(scenarioId: string, mode: RankMode, current: (typeof METHODS)[number]) {
    const scenario = seedCatalogue.scenarios.find((s) => s.id === scenarioId)!;
    const focus = focusOf(scenario);
    const compiled = compileStacks(seedCatalogue, scenario.requirements, focus);
    const tiers = tiersFor(compiled, { mode, showInvalid: false, filter: [] });
    return methodAgreement(compiled, scenario.weights, tiers, current);
  }

  it('equals what rankAssessed gives under each method, for every scenario and current method', () => {
    for (const scenario of seedCatalogue.scenarios) {
      const assessed = assessStacks(prepared, scenario.requirements, focusOf(scenario));
      for (const mode of ['fitFirst', 'scoreOnly'] as const) {
        const rankings = METHODS.map((method) =>
          rankAssessed(assessed, scenario.weights, { mode, showInvalid: false, method }),
        );
        for (const current of METHODS) {
          const c = METHODS.indexOf(current);
          const compared = rankings[c]!.slice(0, 10).map((r) => r.stack.id);
          const rankIn = (m: number) => {
            const ranks = new Map(rankings[m]!.map((r) => [r.stack.id, r.rank]));
            return compared.map((id) => ranks.get(id)!);
          };
          const agreement = agreementOf(scenario.id, mode, current);
          expect(agreement.compared).toEqual(compared);
          expect(agreement.methods).toEqual(
            METHODS.map((method, m) => ({
              method,
              top: rankings[m]![0]!.stack.id,
              topK: rankings[m]!.slice(0, 10).map((r) => r.stack.id),
              sameTop: rankings[m]![0]!.stack.id === rankings[c]![0]!.stack.id,
              tau: kendallTauB(rankIn(c), rankIn(m)),
            })),
          );
        }
      }
    }
  });

  it('finds all three methods agreeing on the edge stack at the edge scenario', () => {
    const agreement = agreementOf('edge', 'fitFirst', 'weightedSum');
    expect(agreement.methods.map((m) => [m.method, m.top, m.sameTop])).toEqual([
      ['weightedSum', 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm', true],
      ['weightedProduct', 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm', true],
      ['topsis', 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm', true],
    ]);
    expect(agreement.methods[0]!.tau).toBe(1);
  });

  it('shows the methods disagreeing on #1 at the large-scale scenario', () => {
    const agreement = agreementOf('large-scale', 'fitFirst', 'weightedSum');
    expect(agreement.methods.map((m) => [m.method, m.top, m.sameTop])).toEqual([
      ['weightedSum', 'kubernetes+containerd+runc+etcd+calico+gatekeeper', true],
      ['weightedProduct', 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm', false],
      ['topsis', 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm', false],
    ]);
    // The weighted sum's top 10 in another order: τ-b below 0 for both other methods.
    expect(agreement.methods.map((m) => Math.sign(m.tau!))).toEqual([1, -1, -1]);
  });

  it('compares fewer stacks when the ranking holds fewer than k, and none when it is empty', () => {
    const scenario = seedCatalogue.scenarios[0]!;
    const compiled = compileStacks(seedCatalogue, scenario.requirements);
    const tiers = tiersFor(compiled, { mode: 'fitFirst', showInvalid: false, filter: ['nope'] });
    const empty = methodAgreement(compiled, scenario.weights, tiers, 'topsis');
    expect(empty.compared).toEqual([]);
    expect(empty.methods.map((m) => [m.top, m.sameTop, m.tau])).toEqual([
      [null, false, null],
      [null, false, null],
      [null, false, null],
    ]);
    const one = methodAgreement(
      compiled,
      scenario.weights,
      tiersFor(compiled, {
        mode: 'fitFirst',
        showInvalid: false,
        filter: [],
      }),
      'weightedProduct',
      1,
    );
    expect(one.compared).toHaveLength(1);
    expect(one.methods.every((m) => m.tau === null && m.topK.length === 1)).toBe(true);
  });
});
