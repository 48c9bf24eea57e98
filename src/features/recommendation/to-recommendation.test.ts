import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Weights } from '../../catalogue/types';
import type { RankingRow } from '../../engine/evaluate';
import type { MatchCheck, MatchStatus, StackParts } from '../../engine/types';
import { scenarioById } from '../../store/app-store';
import { rankFor } from '../../store/use-ranking';
import { syntheticCatalogue } from '../../catalogue/synthetic';
import { assessStacks, prepareCatalogue } from '../../engine/evaluate';
import { discriminatingChecks, toRecommendation, varyingCheckKeys } from './to-recommendation';

const EQUAL: Weights = {
  resource: 1,
  performance: 1,
  scale: 1,
  availability: 1,
  cost: 1,
  maturity: 1,
};

/** A node check on a technology named by `id`, so checks of the same status tell apart. */
const check = (status: MatchStatus, id: string): MatchCheck => ({
  criterion: 'nodes',
  layer: 'orchestration',
  status,
  code: 'nodesOver',
  values: { technology: id, cap: 1000, nodes: 2000 },
});

const EDGE_PARTS: StackParts = {
  orchestration: 'k3s',
  runtime: 'wasmedge',
  ociRuntime: 'crun',
  storage: 'sqlite',
  network: 'flannel',
  policy: 'opa-wasm',
};

function makeRow(
  id: string,
  total: number,
  status: MatchStatus,
  checks: MatchCheck[] = [],
  overrides: { parts?: StackParts; rank?: number; cost?: number } = {},
) {
  return {
    stack: {
      id,
      parts: { ...EDGE_PARTS, ...overrides.parts },
      status: 'valid',
      reasons: [],
    },
    dimensions: {
      resource: 0.9,
      performance: 0.6,
      scale: 0.3,
      availability: 1,
      cost: overrides.cost ?? 0.5,
      maturity: 0,
    },
    match: { status, layers: {} as RankingRow['match']['layers'], checks },
    caseIds: [],
    rank: overrides.rank ?? 0,
    total,
  } satisfies RankingRow;
}

/** The seed catalogue ranked under a seed scenario's own inputs, fit first. */
function rankScenario(id: string) {
  const s = scenarioById(id);
  const rows = rankFor(
    seedCatalogue,
    s.requirements,
    s.weights,
    { mode: 'fitFirst', showInvalid: false },
    s,
  );
  return { s, rows };
}

describe('toRecommendation', () => {
  it('picks #1, its gap over #2 and the fit counts', () => {
    const rows = [
      makeRow('a', 0.7, 'match'),
      makeRow('b', 0.65, 'match'),
      makeRow('c', 0.8, 'mismatch'),
    ];
    const rec = toRecommendation(rows, EQUAL);
    expect(rec.pick?.stack.id).toBe('a');
    expect(rec.runnerUp?.stack.id).toBe('b');
    expect(rec.gap).toBeCloseTo(0.05, 12);
    expect(rec.lead).toBe('score');
    expect(rec.coRecommended).toBeNull();
    expect(rec.counts).toEqual({ match: 2, partial: 0, mismatch: 1 });
    expect(rec.stackCount).toBe(3);
    expect(rec.noMatch).toBe(false);
  });

  it('falls back to the best partial match when nothing matches', () => {
    const rows = [
      makeRow('x', 0.9, 'mismatch'),
      makeRow('p', 0.6, 'partial'),
      makeRow('q', 0.5, 'partial'),
    ];
    const rec = toRecommendation(rows, EQUAL);
    expect(rec.noMatch).toBe(true);
    expect(rec.pick?.stack.id).toBe('p');
    expect(rec.runnerUp?.stack.id).toBe('q');
  });

  it('shows the top row when nothing even partly matches', () => {
    const rec = toRecommendation([makeRow('x', 0.9, 'mismatch')], EQUAL);
    expect(rec.pick?.stack.id).toBe('x');
    expect(rec.runnerUp).toBeNull();
    expect(rec.gap).toBeNull();
    expect(rec.lead).toBe('alone');
  });

  it('co-recommends #1 and the stacks within half a point, naming the layers and weighted differences', () => {
    const rows = [
      makeRow('a', 0.7, 'match', [], { rank: 1, cost: 0.53 }),
      makeRow('b', 0.697, 'match', [], { rank: 2, parts: { network: 'calico' } }),
      makeRow('c', 0.6955, 'match', [], { rank: 3, parts: { network: 'cilium' } }),
      makeRow('d', 0.69, 'match', [], { rank: 4 }),
    ];
    const rec = toRecommendation(rows, EQUAL);
    expect(rec.lead).toBe('coRecommended');
    const co = rec.coRecommended!;
    expect(co.rows.map((r) => r.stack.id)).toEqual(['a', 'b', 'c']);
    expect(co.exact).toBe(false);
    expect(co.sameScores).toBe(false);
    expect(co.layers).toEqual([
      { layer: 'network', technologies: ['flannel', 'calico', 'cilium'] },
    ]);
    expect(co.others.map((o) => [o.row.stack.id, o.deltas.map((d) => d.dimension)])).toEqual([
      ['b', ['cost']],
      ['c', ['cost']],
    ]);
    expect(co.others[0]!.deltas[0]!.weighted).toBeCloseTo(0.005, 12);
  });

  it('calls an exact tie exact and never co-recommends across fit tiers', () => {
    const tie = toRecommendation(
      [
        makeRow('a', 0.7, 'match', [], { rank: 1 }),
        makeRow('b', 0.7, 'match', [], { rank: 1, parts: { runtime: 'docker' } }),
      ],
      EQUAL,
    );
    expect(tie.coRecommended).toMatchObject({ exact: true, sameScores: true });
    expect(tie.coRecommended!.layers).toEqual([
      { layer: 'runtime', technologies: ['wasmedge', 'docker'] },
    ]);
    const tier = toRecommendation(
      [makeRow('a', 0.7, 'match', [], { rank: 1 }), makeRow('p', 0.71, 'partial', [], { rank: 2 })],
      EQUAL,
    );
    expect(tier.lead).toBe('tier');
    expect(tier.coRecommended).toBeNull();
  });

  it('large-scale: the containerd and Docker stacks are co-recommended, tied on every dimension', () => {
    const { s, rows } = rankScenario('large-scale');
    const rec = toRecommendation(rows, s.weights);
    expect(rec.lead).toBe('coRecommended');
    expect(rec.coRecommended!.rows.map((r) => [r.rank, r.stack.id])).toEqual([
      [1, 'kubernetes+containerd+runc+etcd+calico+gatekeeper'],
      [1, 'kubernetes+docker+runc+etcd+calico+gatekeeper'],
    ]);
    expect(rec.coRecommended).toMatchObject({ exact: true, sameScores: true });
    expect(rec.coRecommended!.layers).toEqual([
      { layer: 'runtime', technologies: ['containerd', 'docker'] },
    ]);
  });

  it('lists the worst checks first, keeping their order otherwise', () => {
    const checks = [
      check('match', 'm1'),
      check('partial', 'p1'),
      check('mismatch', 'x1'),
      check('partial', 'p2'),
    ];
    const rec = toRecommendation([makeRow('a', 0.5, 'mismatch', checks)], EQUAL);
    expect(rec.reasons).toEqual([checks[2], checks[1], checks[3]]);
  });

  it('leaves out a check every stack meets only partly: the same outcome decides nothing', () => {
    const partly: MatchCheck = { ...check('partial', 'k3s'), layer: 'network' };
    const told = check('match', 'k3s');
    const rows = [
      makeRow('a', 0.7, 'partial', [partly, told]),
      makeRow('b', 0.6, 'mismatch', [partly, check('mismatch', 'docker')]),
    ];
    const rec = toRecommendation(rows, EQUAL);
    expect(rec.reasons).toEqual([told]);
    expect(rec.commonChecks).toBe(1);
  });

  it('leaves out the checks every stack meets: they decide nothing', () => {
    const common: MatchCheck = { ...check('match', 'k3s'), layer: 'storage' };
    const told = check('match', 'k3s');
    const rows = [
      makeRow('a', 0.7, 'match', [common, told]),
      makeRow('b', 0.6, 'mismatch', [common, check('mismatch', 'docker')]),
    ];
    const rec = toRecommendation(rows, EQUAL);
    expect(rec.reasons).toEqual([told]);
    expect(rec.commonChecks).toBe(1);
  });

  it('the seed defaults with open requirements: no check tells the 240 stacks apart', () => {
    const { s, rows } = rankScenario('default');
    const rec = toRecommendation(rows, s.weights);
    expect(rec.stackCount).toBe(240);
    expect(rec.reasons).toEqual([]);
    expect(rec.commonChecks).toBe(rec.pick!.match.checks.length);
    expect(rec.commonChecks).toBeGreaterThan(0);
  });

  it('edge computing: the checks that rule stacks out are listed for #1', () => {
    const { s, rows } = rankScenario('edge');
    const rec = toRecommendation(rows, s.weights);
    const telling = discriminatingChecks(rows);
    expect(rec.reasons.length).toBeGreaterThan(0);
    for (const c of rec.reasons) expect(telling.has(`${c.criterion}\u0000${c.layer}`)).toBe(true);
    expect(rec.reasons.map((c) => c.criterion)).toContain('coldStart');
  });

  it('orders the dimensions by weighted contribution', () => {
    const weights = { ...EQUAL, maturity: 0, scale: 5 };
    const rec = toRecommendation([makeRow('a', 0.5, 'match')], weights);
    expect(rec.strengths.map((s) => s.dimension)).toEqual([
      'scale',
      'availability',
      'resource',
      'performance',
      'cost',
      'maturity',
    ]);
    expect(rec.strengths[0]!.contribution).toBeCloseTo((5 / 9) * 0.3, 12);
  });

  it('handles an empty ranking', () => {
    const rec = toRecommendation([], EQUAL);
    expect(rec).toMatchObject({
      pick: null,
      runnerUp: null,
      gap: null,
      stackCount: 0,
      noMatch: true,
    });
    expect(rec.reasons).toEqual([]);
  });
});

describe('varyingCheckKeys (a catalogue too large to list)', () => {
  const sorted = (keys: Set<string>) => [...keys].sort();
  it('finds exactly the checks discriminatingChecks finds over every stack', () => {
    const catalogues = [seedCatalogue, syntheticCatalogue({ options: 4, layers: 5, seed: 3 })];
    for (const catalogue of catalogues)
      for (const scenario of seedCatalogue.scenarios) {
        const requirements = { ...scenario.requirements, memoryPerNodeMB: 512 };
        for (const req of [scenario.requirements, requirements]) {
          const all = assessStacks(prepareCatalogue(catalogue), req);
          expect(sorted(varyingCheckKeys(catalogue, req))).toEqual(
            sorted(discriminatingChecks(all)),
          );
        }
      }
  });

  it('gives the whole ranking’s counts and size when the rows are only its top', () => {
    const rows = rankFor(
      seedCatalogue,
      scenarioById('edge').requirements,
      scenarioById('edge').weights,
      {
        mode: 'fitFirst',
        showInvalid: false,
      },
    );
    const whole = { size: 980_100, counts: { match: 17_580, partial: 251_940, mismatch: 710_580 } };
    const rec = toRecommendation(
      rows.slice(0, 100),
      scenarioById('edge').weights,
      undefined,
      whole,
    );
    expect(rec.counts).toEqual(whole.counts);
    expect(rec.stackCount).toBe(980_100);
  });
});
