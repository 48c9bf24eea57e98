import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { RankingRow } from '../../engine/evaluate';
import { partsOf } from '../../engine/test-fixtures';
import type { DimensionVector, MatchStatus } from '../../engine/types';
import { seedChecks } from '../../engine/co-recommendation';
import { rankTiers } from '../../engine/conformance';
import { scenarioById } from '../../store/app-store';
import { preparedFor, rankFor } from '../../store/use-ranking';
import { toTopStacks } from './to-top-stacks';
import { seedStanding } from './seed-standing';
import { toTierVerdicts } from './to-tier-verdicts';
import { toVerdict } from './to-verdict';

const edge = scenarioById('edge');
const FLANNEL = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const CALICO = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const OPTIONS = { mode: 'fitFirst', showInvalid: false } as const;

const FLAT: DimensionVector = {
  resource: 0.5,
  performance: 0.5,
  scale: 0.5,
  availability: 0.5,
  cost: 0.5,
  maturity: 0.5,
};

/** A ranking row with the given fit and dimension scores over 0.5 each. */
function makeRow(
  id: string,
  rank: number,
  fit: MatchStatus,
  dims: DimensionVector = {},
): RankingRow {
  return {
    stack: { id, parts: partsOf(id), status: 'valid', reasons: [] },
    dimensions: { ...FLAT, ...dims },
    match: {
      status: fit,
      layers: {} as RankingRow['match']['layers'],
      checks:
        fit === 'match'
          ? []
          : [
              {
                criterion: 'nodes',
                layer: 'storage',
                status: fit,
                code: 'nodesOver',
                values: { technology: 'sqlite', cap: 1, nodes: 3 },
              },
            ],
    },
    caseIds: [],
    rank,
    total: 0.5,
  };
}

describe('toVerdict', () => {
  it('edge: the seed’s K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm is #1, ahead of Calico on cost', () => {
    const rows = rankFor(seedCatalogue, edge.requirements, edge.weights, OPTIONS, edge);
    const checks = seedChecks(edge, rows, edge.weights, edge.requirements, null);
    const v = toVerdict(rows, edge.weights, 'fitFirst', 'en', seedCatalogue, checks);
    expect(v.pick?.stackId).toBe(FLANNEL);
    expect(v.pick?.points).toBe(70.12);
    expect(v.runnerUp?.stackId).toBe(CALICO);
    expect(v.coRecommended).toBeNull();
    expect(v.why).toEqual({
      kind: 'score',
      dimension: 'cost',
      dimensionPoints: 1.43,
      gapPoints: 1.43,
    });
    expect(v.deltas).toEqual([{ dimension: 'cost', name: 'Cost', points: 1.43 }]);
    expect(v.seed).toEqual([
      {
        tier: null,
        scenario: 'Edge computing',
        variant: 'Edge stack',
        wording:
          'K3s + WasmEdge + crun + sqlite (default) or embedded etcd + flannel (built in) + OPA-Wasm',
        sections: ['17.4.2', '17.8.2', '17.2.2'],
        verdict: 'agrees',
        top: 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm',
        allLeadersFit: true,
        seedLeaders: ['K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm'],
        rank: 1,
        sharingRank: 1,
        count: 240,
        gapPoints: 0,
        layers: [],
        fit: null,
        decidedBy: [],
        unmet: [],
      },
    ]);
    expect(v.warnings.map((w) => w.source)).toEqual(['17.7.3', '17.3.3', '17.7.3', '17.3.3']);
    expect(v.warnings[3]).toEqual({
      text: 'flannel has only basic network-policy support.',
      source: '17.3.3',
      reading: null,
      entered: null,
    });
    expect(v.checks).toEqual([]);
    expect(v.cases.map((c) => `${c.id}:${c.status}`)).toEqual([
      'inspur-5g-mec:production',
      'huawei-industrial-iot:production',
      'huawei-mec:production',
      'alibaba-ack-edge:production',
      'second-state:production',
      'aws-lambda-wasm:experimental',
      'serverless-functions:reference',
    ]);
    expect(v.cases[0]).toEqual({
      id: 'inspur-5g-mec',
      name: '5G MEC edge computing',
      organisation: 'Inspur Cloud',
      status: 'production',
      section: '17.5.1',
    });
  });

  it('large-scale: co-recommends the containerd and Docker stacks (the seed’s Docker + containerd + runc among them), tied on every dimension, never ordered by id', () => {
    const s = scenarioById('large-scale');
    const rows = rankFor(seedCatalogue, s.requirements, s.weights, OPTIONS, s);
    const v = toVerdict(
      rows,
      s.weights,
      'fitFirst',
      'en',
      seedCatalogue,
      seedChecks(s, rows, s.weights, s.requirements, null),
    );
    expect(v.why).toEqual({ kind: 'coRecommended' });
    const co = v.coRecommended!;
    expect(co.stacks.map((t) => [t.rank, t.stackId, t.points])).toEqual([
      [1, 'kubernetes+containerd+runc+etcd+calico+gatekeeper', 69.11],
      [1, 'kubernetes+docker+runc+etcd+calico+gatekeeper', 69.11],
    ]);
    expect(co.exact).toBe(true);
    expect(co.sameScores).toBe(true);
    expect(co.layers).toEqual([
      { layer: 'runtime', name: 'Runtime', technologies: ['containerd', 'Docker'] },
    ]);
    expect(co.others).toEqual([
      {
        stackId: 'kubernetes+docker+runc+etcd+calico+gatekeeper',
        name: 'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper',
        deltas: [],
      },
    ]);
    expect(v.seed.map((c) => [c.verdict, c.allLeadersFit, c.rank, c.sharingRank])).toEqual([
      ['coRecommended', false, 1, 2],
    ]);
    expect(v.seed[0]!.seedLeaders).toEqual([
      'Kubernetes + Docker + runc + etcd + Calico + Gatekeeper',
    ]);
    expect(v.seed[0]!.wording).toBe(
      'Kubernetes + Docker + containerd + runc + etcd + Calico/Cilium + OPA + Gatekeeper',
    );
  });

  it('hybrid: the central tier’s #1 differs from the seed’s K8s + Docker + etcd + Calico + OPA-Wasm, which ranks #3 (shared by 4), 3.63 points behind', () => {
    const h = scenarioById('hybrid');
    const rows = rankFor(seedCatalogue, h.requirements, h.weights, OPTIONS, h);
    const tiers = rankTiers(preparedFor(seedCatalogue), h, scenarioById, OPTIONS);
    const v = toVerdict(
      rows,
      h.weights,
      'fitFirst',
      'en',
      seedCatalogue,
      seedChecks(h, rows, h.weights, h.requirements, tiers),
    );
    expect(v.seed).toEqual([
      {
        tier: 'central',
        scenario: 'Hybrid',
        variant: 'Central tier',
        wording:
          'K8s (central) + Docker (central) + etcd (central) + Calico (central) + OPA-Wasm (unified)',
        sections: ['17.2.2'],
        verdict: 'differs',
        top: 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
        allLeadersFit: false,
        seedLeaders: [],
        rank: 3,
        sharingRank: 4,
        count: 60,
        gapPoints: 3.63,
        layers: [
          { layer: 'runtime', name: 'Runtime', top: 'WasmEdge', seed: 'Docker' },
          { layer: 'ociRuntime', name: 'OCI runtime', top: 'crun', seed: 'runc' },
        ],
        fit: null,
        decidedBy: [
          { dimension: 'resource', name: 'Resource', points: 1.3937 },
          { dimension: 'performance', name: 'Performance', points: 1.3461 },
          { dimension: 'cost', name: 'Cost', points: 0.8929 },
        ],
        unmet: [],
      },
      expect.objectContaining({ tier: 'edge', verdict: 'agrees', rank: 1 }),
    ]);
    expect(seedStanding(v.seed[0]!, 'en')).toEqual({
      rank: 'It ranks #3 of 60 (a rank shared by 4 stacks), 3.6 points behind #1.',
      decides: [
        'Runtime WasmEdge (seed: Docker), OCI runtime crun (seed: runc)',
        'in #1’s favour: Resource +1.4, Performance +1.3, Cost +0.9',
      ],
    });
    expect(seedStanding(v.seed[1]!, 'en')).toEqual({ rank: null, decides: [] });
  });

  it('hybrid: each tier’s #1 under its own scenario’s weights — Kubernetes + WasmEdge + etcd + Calico + OPA-Wasm centrally, the seed’s K3s + sqlite + flannel + OPA-Wasm at the edge — not the slider ranking’s co-recommended K3s pair', () => {
    const h = scenarioById('hybrid');
    const rows = rankFor(seedCatalogue, h.requirements, h.weights, OPTIONS, h);
    const tiers = rankTiers(preparedFor(seedCatalogue), h, scenarioById, OPTIONS)!;
    const checks = seedChecks(h, rows, h.weights, h.requirements, tiers);
    const [central, edgeTier] = toTierVerdicts(tiers, 'fitFirst', 'en', seedCatalogue, checks);
    expect(
      [central!, edgeTier!].map((t) => [
        t.tier,
        t.title,
        t.count,
        t.verdict.pick?.stackId,
        t.verdict.pick?.points,
        t.verdict.coRecommended,
        t.verdict.seed.map((c) => [c.tier, c.verdict]),
      ]),
    ).toEqual([
      [
        'central',
        'Central tier — Large-scale production',
        60,
        'kubernetes+wasmedge+crun+etcd+calico+opa-wasm',
        67.59,
        null,
        [['central', 'differs']],
      ],
      ['edge', 'Edge tier — Edge computing', 240, FLANNEL, 70.12, null, [['edge', 'agrees']]],
    ]);
    expect(central!.verdict.why).toEqual({
      kind: 'score',
      dimension: 'cost',
      dimensionPoints: 0.71,
      gapPoints: 0.71,
    });
    expect(central!.verdict.runnerUp?.stackId).toBe(
      'kubernetes+wasmedge+crun+etcd+cilium+opa-wasm',
    );
    expect(edgeTier!.verdict.runnerUp?.stackId).toBe(CALICO);
    expect(
      toTierVerdicts(tiers, 'fitFirst', 'zh', seedCatalogue, checks).map((t) => t.title),
    ).toEqual(['中心层——大规模生产', '边缘层——边缘计算']);
  });

  it('serverless at 10 nodes: the seed’s K3s + sqlite stack scores 4.83 points more but fails a requirement, so fit decides (17.6.2) — no negative “behind”, no lead for #1', () => {
    const s = scenarioById('serverless');
    const requirements = { ...s.requirements, nodes: 10 };
    const rows = rankFor(seedCatalogue, requirements, s.weights, OPTIONS, s);
    const checks = seedChecks(s, rows, s.weights, requirements, null);
    const en = toVerdict(rows, s.weights, 'fitFirst', 'en', seedCatalogue, checks).seed[0]!;
    expect(en).toMatchObject({
      verdict: 'differs',
      top: 'K3s + WasmEdge + crun + etcd + flannel + OPA-Wasm',
      rank: 37,
      sharingRank: 1,
      count: 240,
      gapPoints: -4.83,
      fit: { top: 'match', seed: 'mismatch' },
      unmet: ['sqlite supports at most 1 node; 10 required'],
    });
    expect(seedStanding(en, 'en')).toEqual({
      rank: 'The seed’s stack ranks #37 of 240 but scores 4.8 points more than #1: it fails the requirements (sqlite supports at most 1 node; 10 required), so fit decides (17.6.2).',
      decides: ['Storage etcd (seed: sqlite)', 'fit: #1 Match, seed Fails'],
    });
    const zh = toVerdict(rows, s.weights, 'fitFirst', 'zh', seedCatalogue, checks).seed[0]!;
    expect(zh.unmet).toEqual(['sqlite 至多 1 节点，需求 10']);
    expect(seedStanding(zh, 'zh')).toEqual({
      rank: '种子文档的技术栈排第 37 名（共 240 个），但得分比第 1 名高 4.8 分：它不满足需求（sqlite 至多 1 节点，需求 10），因此由匹配决定（17.6.2）。',
      decides: ['存储 etcd（种子：sqlite）', '匹配：第 1 名满足，种子不满足'],
    });
  });

  it('co-recommends near-ties with their weighted differences (seed defaults: etcd and sqlite within 0.5 points)', () => {
    const d = scenarioById('default');
    const v = toVerdict(
      rankFor(seedCatalogue, d.requirements, d.weights, OPTIONS, d),
      d.weights,
      'fitFirst',
      'en',
      seedCatalogue,
    );
    expect(v.why).toEqual({ kind: 'coRecommended' });
    const co = v.coRecommended!;
    expect(co.stacks.map((t) => [t.rank, t.stackId, t.points])).toEqual([
      [1, 'k3s+wasmedge+crun+etcd+calico+opa-wasm', 66.62],
      [2, 'k3s+wasmedge+crun+sqlite+calico+opa-wasm', 66.24],
    ]);
    expect(co.exact).toBe(false);
    expect(co.layers).toEqual([
      { layer: 'storage', name: 'Storage', technologies: ['etcd', 'sqlite'] },
    ]);
    expect(co.others[0]!.deltas.map((x) => [x.name, x.points])).toEqual([
      ['Scale', 5.7692],
      ['Availability', 3.0769],
      ['Performance', -1.251],
      ['Cost', -2.8846],
      ['Resource', -4.3269],
    ]);
    expect(v.seed).toEqual([]);
  });

  it('never orders a tie by id: equal totals outside a co-recommended group are level', () => {
    const invalid = (row: RankingRow): RankingRow => ({
      ...row,
      stack: { ...row.stack, status: 'invalid' },
    });
    const v = toVerdict(
      [invalid(makeRow(FLANNEL, 1, 'match')), invalid(makeRow(CALICO, 1, 'match'))],
      edge.weights,
      'fitFirst',
      'en',
      seedCatalogue,
    );
    expect(v.coRecommended).toBeNull();
    expect(v.why).toEqual({ kind: 'level' });
  });

  it('says fit decides when #1 meets the requirements and #2 only partly, even at a lower score', () => {
    const rows = [makeRow(FLANNEL, 1, 'match', { cost: 0.2 }), makeRow(CALICO, 2, 'partial')];
    const v = toVerdict(rows, edge.weights, 'fitFirst', 'en', seedCatalogue);
    expect(v.why).toEqual({ kind: 'fit', pick: 'match', runnerUp: 'partial' });
    const byScore = toVerdict(
      [makeRow(CALICO, 1, 'partial', { cost: 0.9 }), makeRow(FLANNEL, 2, 'match')],
      { ...edge.weights, cost: 1 },
      'scoreOnly',
      'en',
      seedCatalogue,
    );
    expect(byScore.why).toEqual({
      kind: 'score',
      dimension: 'cost',
      dimensionPoints: 3.08,
      gapPoints: 3.08,
    });
    expect(byScore.checks).toEqual([
      { status: 'partial', text: 'sqlite supports at most 1 node; 3 required' },
    ]);
  });

  it('has a lone candidate and an empty ranking', () => {
    expect(
      toVerdict([makeRow(FLANNEL, 1, 'match')], edge.weights, 'fitFirst', 'en', seedCatalogue).why,
    ).toEqual({
      kind: 'alone',
    });
    expect(toVerdict([], edge.weights, 'fitFirst', 'en', seedCatalogue)).toEqual({
      pick: null,
      runnerUp: null,
      why: { kind: 'alone' },
      coRecommended: null,
      seed: [],
      deltas: [],
      warnings: [],
      checks: [],
      cases: [],
    });
  });
});

describe('toTopStacks', () => {
  it('takes the first eight rows with points, fit, compatibility and production use', () => {
    const top = toTopStacks(
      rankFor(seedCatalogue, edge.requirements, edge.weights, OPTIONS, edge),
      seedCatalogue,
    );
    expect(top).toHaveLength(8);
    expect(
      top
        .slice(0, 3)
        .map((t) => [t.rank, t.stackId, t.points, t.fit, t.compatibility, t.inProduction]),
    ).toEqual([
      [1, FLANNEL, 70.12, 'match', 'warning', true],
      [2, CALICO, 68.7, 'match', 'warning', true],
      [3, 'k3s+wasmedge+crun+sqlite+flannel+kyverno', 68.23, 'match', 'warning', false],
    ]);
    expect(toTopStacks([], seedCatalogue, 8)).toEqual([]);
  });

  it('marks production use from the catalogue’s own cases', () => {
    const rows = rankFor(seedCatalogue, edge.requirements, edge.weights, OPTIONS, edge);
    const noCases = { ...seedCatalogue, cases: [] };
    expect(toTopStacks(rows, noCases, 2).map((t) => t.inProduction)).toEqual([false, false]);
    expect(toVerdict(rows, edge.weights, 'fitFirst', 'en', noCases).cases).toEqual([]);
  });

  it('gives exact ties their shared rank (large-scale: containerd and Docker both #1)', () => {
    const s = scenarioById('large-scale');
    const top = toTopStacks(
      rankFor(seedCatalogue, s.requirements, s.weights, OPTIONS, s),
      seedCatalogue,
      3,
    );
    expect(top.map((t) => [t.rank, t.stackId, t.points])).toEqual([
      [1, 'kubernetes+containerd+runc+etcd+calico+gatekeeper', 69.11],
      [1, 'kubernetes+docker+runc+etcd+calico+gatekeeper', 69.11],
      [3, 'kubernetes+containerd+runc+etcd+cilium+gatekeeper', 68.4],
    ]);
  });
});
