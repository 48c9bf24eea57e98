import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Requirements, Weights } from '../../catalogue/types';
import { assessStacks, prepareCatalogue } from '../../engine/evaluate';
import { toStackDetail, type StackDetailInput } from './to-stack-detail';

const EDGE = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
const prepared = prepareCatalogue(seedCatalogue);
const weights: Weights = {
  resource: 3,
  performance: 3,
  scale: 2,
  availability: 2,
  cost: 2,
  maturity: 1,
};
const requirements: Requirements = {
  nodes: 1,
  memoryPerNodeMB: null,
  coldStartMs: null,
  offline: false,
  highAvailability: false,
  networkPolicy: 'none',
  policyComplexity: 'none',
  existingDatabase: false,
  site: 'any',
  alphaApi: false,
  gpu: false,
};

function detailFor(id: string, overrides: Partial<StackDetailInput> = {}) {
  const req = overrides.requirements ?? requirements;
  const assessed = assessStacks(prepared, req).find((a) => a.stack.id === id)!;
  return toStackDetail({
    assessed,
    rank: 5,
    catalogue: seedCatalogue,
    weights,
    requirements: req,
    lang: 'en',
    ...overrides,
  });
}

describe(`toStackDetail for ${EDGE}`, () => {
  const detail = detailFor(EDGE);

  it('names the stack by its technologies in layer order', () => {
    expect(detail.id).toBe(EDGE);
    expect(detail.title).toBe('K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm');
    expect(detail.rank).toBe(5);
    expect(detail.total).toBe('65.5');
  });

  it('explains every dimension with per-layer scores, weight, share and w × f', () => {
    expect(detail.explanation.layers.map((l) => l.technology)).toEqual([
      'K3s',
      'WasmEdge',
      'crun',
      'sqlite',
      'flannel',
      'OPA-Wasm',
    ]);
    const { share, why, ...resource } = detail.explanation.rows[0]!;
    expect(resource).toEqual({
      dimension: 'resource',
      name: 'Resource',
      aggregation: 'mean',
      capacity: null,
      layerScores: ['20', '75', '—', '100', '—', '90'],
      score: '71.5',
      weight: '3',
      normalisedWeight: '23.1%',
      contribution: '16.5',
    });
    expect(why).toBe(seedCatalogue.dimensions[0]!.aggregationWhy!.en);
    expect(share).toBeCloseTo(0.2518, 4);
    expect(
      detail.explanation.rows.map((r) => [r.dimension, r.aggregation, r.score, r.contribution]),
    ).toEqual([
      ['resource', 'mean', '71.5', '16.5'],
      ['performance', 'mean', '65.5', '15.1'],
      ['scale', 'capacity', '43.5', '6.7'],
      ['availability', 'min', '50.0', '7.7'],
      ['cost', 'mean', '96.7', '14.9'],
      ['maturity', 'min', '60.0', '4.6'],
    ]);
    expect(detail.explanation.total).toBe('65.5');
  });

  it('shows the capacity behind the scale score', () => {
    expect(detail.explanation.rows[2]!.capacity).toEqual({
      nodes: '1',
      podsPerNode: '3,000',
      pods: '3,000',
    });
  });

  it('has contribution shares that add up to the total', () => {
    const sum = detail.explanation.rows.reduce((s, r) => s + r.share, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('lists the compatibility rules that fire, with their sections', () => {
    expect(detail.compatibility.status).toBe('warning');
    expect(detail.compatibility.reasons.map((r) => [r.ruleId, r.severity, r.source])).toEqual([
      ['wasm-images-need-conversion', 'warning', '17.7.3'],
      ['sqlite-single-node', 'warning', '17.3.3'],
      ['sqlite-etcd-migration', 'warning', '17.7.3'],
      ['flannel-basic-policy', 'warning', '17.3.3'],
    ]);
    expect(detail.compatibility.reasons[1]!.reason).toBe(
      'sqlite supports a single node and is a single point of failure (no HA).',
    );
  });

  it('lists every requirement check with its layer name', () => {
    expect(detail.fit.status).toBe('match');
    expect(detail.fit.checks.map((c) => [c.layer, c.layerName, c.status])).toEqual([
      ['orchestration', 'Orchestration', 'match'],
      ['storage', 'Storage', 'match'],
      ['network', 'Network', 'match'],
    ]);
  });

  it('lists every fact of every layer with label, value, section and note', () => {
    expect(detail.layers.map((l) => [l.layer, l.technologyId, l.facts.length])).toEqual([
      ['orchestration', 'k3s', 14],
      ['runtime', 'wasmedge', 12],
      ['ociRuntime', 'crun', 7],
      ['storage', 'sqlite', 14],
      ['network', 'flannel', 13],
      ['policy', 'opa-wasm', 12],
    ]);
    const k3s = detail.layers[0]!.facts;
    expect(k3s.find((f) => f.key === 'nodeRange')).toEqual({
      key: 'nodeRange',
      label: 'Node range',
      value: '1–1,000 nodes',
      source: '17.3.1',
      note: null,
      reading: null,
      entered: null,
    });
    expect(k3s.find((f) => f.key === 'offline')).toEqual({
      key: 'offline',
      label: 'Offline operation',
      value: '✓ yes',
      source: '17.5.2',
      note: 'the industrial IoT case',
      reading: null,
      entered: null,
    });
  });

  it('carries the rationale of a fact that is the app’s reading of the seed', () => {
    const flannel = detail.layers[4]!.facts;
    expect(flannel.find((f) => f.key === 'configEase')).toMatchObject({
      source: '17.3.3',
      reading: expect.stringMatching(/^The 17\.3\.3 "configuration complexity" column/),
    });
    expect(flannel.find((f) => f.key === 'networkPerformance')!.reading).toBeNull();
    expect(detail.compatibility.reasons.map((r) => r.reading)).toEqual([null, null, null, null]);
  });

  it('lists the production cases that run the stack, in catalogue order', () => {
    expect(detail.cases.map((c) => [c.id, c.status, c.section])).toEqual([
      ['inspur-5g-mec', 'production', '17.5.1'],
      ['huawei-industrial-iot', 'production', '17.5.2'],
      ['serverless-functions', 'reference', '17.5.4'],
      ['huawei-mec', 'production', '17.5.5'],
      ['alibaba-ack-edge', 'production', '17.5.6'],
      ['aws-lambda-wasm', 'experimental', '17.5.7'],
      ['second-state', 'production', '17.5.8'],
    ]);
    expect(detail.cases[0]).toMatchObject({
      name: '5G MEC edge computing',
      organisation: 'Inspur Cloud',
      scale: '100,000 edge nodes, 3000 Wasm pods per node',
      results: 'cold start ≤ 6 ms (measured)',
    });
  });
});

describe('toStackDetail in Chinese', () => {
  const detail = detailFor(EDGE, { lang: 'zh' });

  it('localises catalogue texts and labels', () => {
    expect(detail.explanation.rows.map((r) => r.name)).toEqual([
      '资源',
      '性能',
      '规模',
      '可用性',
      '成本',
      '成熟度',
    ]);
    expect(detail.fit.checks[0]!.layerName).toBe('编排层');
    expect(detail.layers[3]!.facts.find((f) => f.key === 'highAvailability')).toEqual({
      key: 'highAvailability',
      label: '高可用',
      value: '✗ 否',
      source: '17.3.3',
      note: '单点',
      reading: null,
      entered: null,
    });
    expect(detail.cases[0]!.organisation).toBe('浪潮云');
  });
});

describe('toStackDetail under other inputs', () => {
  it('normalises equal weights to a sixth each', () => {
    const equal: Weights = {
      resource: 1,
      performance: 1,
      scale: 1,
      availability: 1,
      cost: 1,
      maturity: 1,
    };
    const detail = detailFor(EDGE, { weights: equal });
    expect(detail.explanation.rows.map((r) => r.normalisedWeight)).toEqual(Array(6).fill('16.7%'));
  });

  it('keeps an unranked stack unranked and reports its invalid rules', () => {
    const id = 'kubernetes+docker+runc+sqlite+flannel+opa';
    const detail = detailFor(id, { rank: null });
    expect(detail.rank).toBeNull();
    expect(detail.compatibility.status).toBe('invalid');
    expect(detail.compatibility.reasons[0]).toMatchObject({
      ruleId: 'k8s-needs-etcd-not-sqlite',
      severity: 'invalid',
      source: '17.3.1',
    });
  });

  it('carries the rationale of a compatibility rule that is a reading (WasmEdge with runc)', () => {
    const detail = detailFor('k3s+wasmedge+runc+sqlite+flannel+opa-wasm', { rank: null });
    expect(detail.compatibility.status).toBe('invalid');
    expect(detail.compatibility.reasons[0]).toMatchObject({
      ruleId: 'wasmedge-needs-crun',
      severity: 'invalid',
      source: '17.7.2',
      reading: expect.stringMatching(/^The seed never says runc cannot run Wasm\./),
    });
    expect(
      detailFor('k3s+wasmedge+runc+sqlite+flannel+opa-wasm', { lang: 'zh' }).compatibility
        .reasons[0]!.reading,
    ).toMatch(/^种子从未说 runc 不能运行 Wasm。/);
  });

  it('names whole-stack checks with no layer', () => {
    const detail = detailFor(EDGE, { requirements: { ...requirements, memoryPerNodeMB: 512 } });
    const memory = detail.fit.checks.find((c) => c.layer === 'stack');
    expect(memory).toMatchObject({ layerName: null, status: 'match' });
  });
});
