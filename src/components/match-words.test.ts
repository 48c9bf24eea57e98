import { describe, expect, it } from 'vitest';

import { createNames, namesOf } from '../catalogue/names';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { MatchCheck, MatchCode } from '../engine/types';
import { matchStack } from '../engine/match';
import { EDGE_STACK, partsOf, requirements } from '../engine/test-fixtures';
import { matchReason } from './match-words';

const names = namesOf(seedCatalogue);
const on = (layer: string) => ({ layer, status: 'match' as const });

/** Every code with a check that uses it and its sentence in English and Chinese. */
const CASES: [MatchCheck, string, string][] = [
  [
    {
      ...on('orchestration'),
      criterion: 'nodes',
      code: 'nodesWithin',
      values: { technology: 'k3s', cap: 1000, nodes: 1 },
    },
    'K3s supports 1,000 nodes ≥ 1',
    'K3s 支持 1,000 节点 ≥ 1',
  ],
  [
    {
      ...on('storage'),
      criterion: 'nodes',
      code: 'nodesWithin',
      values: { technology: 'sqlite', cap: 1, nodes: 1 },
    },
    'sqlite supports 1 node ≥ 1',
    'sqlite 支持 1 节点 ≥ 1',
  ],
  [
    {
      ...on('storage'),
      criterion: 'nodes',
      code: 'nodesWithin',
      values: { technology: 'etcd', cap: 10000, orMore: true, nodes: 2000 },
    },
    'etcd supports 10,000+ nodes ≥ 2,000',
    'etcd 支持 10,000+ 节点 ≥ 2,000',
  ],
  [
    {
      ...on('network'),
      criterion: 'nodes',
      code: 'nodesSoftCap',
      values: { technology: 'flannel', cap: 1000, nodes: 2000 },
    },
    'flannel suits small clusters (≤ 1,000 nodes); 2,000 required',
    'flannel 适合小规模集群（≤ 1,000 节点），需求 2,000',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'nodes',
      code: 'nodesOver',
      values: { technology: 'k3s', cap: 1000, nodes: 2000 },
    },
    'K3s supports at most 1,000 nodes; 2,000 required',
    'K3s 至多 1,000 节点，需求 2,000',
  ],
  [
    {
      ...on('storage'),
      criterion: 'nodes',
      code: 'nodesOver',
      values: { technology: 'sqlite', cap: 1, nodes: 10 },
    },
    'sqlite supports at most 1 node; 10 required',
    'sqlite 至多 1 节点，需求 10',
  ],
  [
    {
      ...on('runtime'),
      criterion: 'coldStart',
      code: 'coldStartWithin',
      values: { technology: 'wasmedge', min: 6, max: 10, bound: 10 },
    },
    'WasmEdge starts in 6–10 ms ≤ 10 ms',
    'WasmEdge 启动 6–10 ms ≤ 10 ms',
  ],
  [
    {
      ...on('runtime'),
      criterion: 'coldStart',
      code: 'coldStartPartly',
      values: { technology: 'wasmedge', min: 6, max: 10, bound: 8 },
    },
    'WasmEdge starts in 6–10 ms; only partly within 8 ms',
    'WasmEdge 启动 6–10 ms，仅部分 ≤ 8 ms',
  ],
  [
    {
      ...on('runtime'),
      criterion: 'coldStart',
      code: 'coldStartOver',
      values: { technology: 'docker', min: 1000, max: 2000, bound: 10 },
    },
    'Docker starts in 1000–2000 ms > 10 ms',
    'Docker 启动 1000–2000 ms > 10 ms',
  ],
  [
    {
      ...on('storage'),
      criterion: 'offline',
      code: 'starsRating',
      values: { technology: 'etcd', stars: 2, reading: true },
    },
    'etcd rates ⭐⭐ of 5 for offline operation (a reading)',
    'etcd 的离线运行为 ⭐⭐（5 星制）（解读）',
  ],
  [
    {
      ...on('storage'),
      criterion: 'highAvailability',
      code: 'starsRating',
      values: { technology: 'etcd', stars: 4 },
    },
    'etcd rates ⭐⭐⭐⭐ of 5 for high availability',
    'etcd 的高可用为 ⭐⭐⭐⭐（5 星制）',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'offline',
      code: 'notStated',
      values: { technology: 'kubernetes' },
    },
    'the seed does not state offline operation for Kubernetes',
    '种子文档未说明 Kubernetes 的离线运行',
  ],
  [
    { ...on('runtime'), criterion: 'gpu', code: 'notStated', values: { technology: 'docker' } },
    'the seed does not state GPU acceleration for Docker',
    '种子文档未说明 Docker 的GPU 加速',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'offline',
      code: 'boolYes',
      values: { technology: 'k3s', note: { zh: '工业 IoT 案例', en: 'the industrial IoT case' } },
    },
    'K3s supports offline operation (the industrial IoT case)',
    'K3s 支持离线运行（工业 IoT 案例）',
  ],
  [
    { ...on('runtime'), criterion: 'gpu', code: 'boolYes', values: { technology: 'wasmedge' } },
    'WasmEdge supports GPU acceleration',
    'WasmEdge 支持GPU 加速',
  ],
  [
    {
      ...on('storage'),
      criterion: 'highAvailability',
      code: 'boolNo',
      values: { technology: 'sqlite', note: { zh: '单点', en: 'single point of failure' } },
    },
    'sqlite lacks high availability (single point of failure)',
    'sqlite 不支持高可用（单点）',
  ],
  [
    {
      ...on('storage'),
      criterion: 'offline',
      code: 'boolNo',
      values: { technology: 'external-db', reading: true },
    },
    'External DB lacks offline operation (a reading)',
    'External DB 不支持离线运行（解读）',
  ],
  [
    {
      ...on('network'),
      criterion: 'networkPolicy',
      code: 'networkPolicy',
      values: { technology: 'flannel', level: 'basic', required: 'full' },
    },
    'flannel network policy: basic; required: full',
    'flannel 网络策略：basic，需求：full',
  ],
  [
    {
      ...on('policy'),
      criterion: 'policyComplexity',
      code: 'complexPolicies',
      values: { technology: 'opa-wasm' },
    },
    'OPA-Wasm handles complex policies',
    'OPA-Wasm 适合复杂策略',
  ],
  [
    {
      ...on('policy'),
      criterion: 'policyComplexity',
      code: 'simplePolicies',
      values: { technology: 'kyverno', reading: true },
    },
    'Kyverno suits simple policies (complex ones call for OPA, 17.3.4) (a reading)',
    'Kyverno 适合简单策略（复杂策略选 OPA，17.3.4）（解读）',
  ],
  [
    {
      ...on('storage'),
      criterion: 'existingDatabase',
      code: 'reusesDatabase',
      values: { technology: 'external-db' },
    },
    'External DB reuses the existing database',
    'External DB 复用已有数据库',
  ],
  [
    {
      ...on('storage'),
      criterion: 'existingDatabase',
      code: 'ownDatabase',
      values: { technology: 'etcd' },
    },
    'etcd does not reuse the existing database (17.8.1: existing DB → external DB)',
    'etcd 不复用已有数据库（17.8.1：已有数据库 → 外部 DB）',
  ],
  [
    { ...on('orchestration'), criterion: 'site', code: 'edgeSuits', values: { technology: 'k3s' } },
    'K3s suits edge sites',
    'K3s 适合边缘站点',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'site',
      code: 'edgeUnfit',
      values: { technology: 'kubernetes', reading: true },
    },
    'Kubernetes does not suit edge sites (17.8.2: edge orchestration is K3s, required) (a reading)',
    'Kubernetes 不适合边缘站点（17.8.2：边缘编排层 K3s（必须））（解读）',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'site',
      code: 'cloudSuits',
      values: { technology: 'kubernetes' },
    },
    'Kubernetes suits cloud sites',
    'Kubernetes 适合云端站点',
  ],
  [
    {
      ...on('storage'),
      criterion: 'site',
      code: 'cloudEdgeSide',
      values: { technology: 'sqlite', reading: true },
    },
    '17.8.2 places sqlite on the edge side; the cloud side picks another (a reading)',
    '17.8.2 把 sqlite 放在边缘一侧，云端另有选择（解读）',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'alphaApi',
      code: 'alphaOffers',
      values: { technology: 'kubernetes' },
    },
    'Kubernetes offers Alpha APIs',
    'Kubernetes 提供 Alpha API',
  ],
  [
    {
      ...on('orchestration'),
      criterion: 'alphaApi',
      code: 'alphaElsewhere',
      values: { technology: 'k3s', reading: true },
    },
    '17.3.1: Alpha APIs call for Kubernetes, not K3s (a reading)',
    '17.3.1：需要 Alpha API 时选 Kubernetes，而非 K3s（解读）',
  ],
  [
    {
      ...on('stack'),
      criterion: 'memory',
      code: 'memoryFootprint',
      values: { low: 254, high: 302, budget: 300 },
    },
    'about 254–302 MB per node (control plane + runtime + policy); budget 300 MB',
    '每节点约 254–302 MB（控制平面 + 运行时 + 策略），预算 300 MB',
  ],
];

const ALL_CODES: Record<MatchCode, true> = {
  nodesWithin: true,
  nodesSoftCap: true,
  nodesOver: true,
  coldStartWithin: true,
  coldStartPartly: true,
  coldStartOver: true,
  starsRating: true,
  notStated: true,
  boolYes: true,
  boolNo: true,
  networkPolicy: true,
  complexPolicies: true,
  simplePolicies: true,
  reusesDatabase: true,
  ownDatabase: true,
  edgeSuits: true,
  edgeUnfit: true,
  cloudSuits: true,
  cloudEdgeSide: true,
  alphaOffers: true,
  alphaElsewhere: true,
  memoryFootprint: true,
};

describe('matchReason', () => {
  it('covers every code', () => {
    expect(new Set(CASES.map(([c]) => c.code))).toEqual(new Set(Object.keys(ALL_CODES)));
  });

  it.each(CASES.map(([check, en, zh]) => ({ check, code: check.code, en, zh })))(
    '$code: $en',
    ({ check, en, zh }) => {
      expect(matchReason(check, 'en', names)).toBe(en);
      expect(matchReason(check, 'zh', names)).toBe(zh);
    },
  );

  it('names the technology through the catalogue given, so a user-added one reads the same way', () => {
    const custom = createNames({
      ...seedCatalogue,
      technologies: [
        ...seedCatalogue.technologies,
        { id: 'podman', layer: 'runtime', name: 'Podman', summary: { zh: '', en: '' }, facts: {} },
      ],
    });
    const check: MatchCheck = {
      ...on('runtime'),
      criterion: 'gpu',
      code: 'notStated',
      values: { technology: 'podman' },
    };
    expect(matchReason(check, 'en', custom)).toBe(
      'the seed does not state GPU acceleration for Podman',
    );
    expect(matchReason(check, 'zh', custom)).toBe('种子文档未说明 Podman 的GPU 加速');
    // A catalogue without it shows the id.
    expect(matchReason(check, 'en', names)).toBe(
      'the seed does not state GPU acceleration for podman',
    );
  });

  it('fills placeholders once: a name or note that looks like one stays as typed', () => {
    const tricky = createNames({
      ...seedCatalogue,
      technologies: [
        {
          id: 'x',
          layer: 'storage',
          name: '{reading}{note}',
          summary: { zh: '', en: '' },
          facts: {},
        },
      ],
    });
    const check: MatchCheck = {
      ...on('storage'),
      criterion: 'offline',
      code: 'boolYes',
      values: { technology: 'x', note: { zh: '{technology}', en: '{ability}' } },
    };
    expect(matchReason(check, 'en', tricky)).toBe(
      '{reading}{note} supports offline operation ({ability})',
    );
    expect(matchReason(check, 'zh', tricky)).toBe('{reading}{note} 支持离线运行（{technology}）');
  });

  it('renders the engine’s checks of the edge stack under edge requirements', () => {
    const result = matchStack(
      partsOf(EDGE_STACK),
      new Map(seedCatalogue.technologies.map((t) => [t.id, t])),
      requirements({ nodes: 3, offline: true, coldStartMs: 8, memoryPerNodeMB: 300 }),
    );
    expect(result.checks.map((c) => matchReason(c, 'en', names))).toEqual([
      'K3s supports 1,000 nodes ≥ 3',
      'K3s supports offline operation (the industrial IoT case)',
      'WasmEdge starts in 6–10 ms; only partly within 8 ms',
      'sqlite supports at most 1 node; 3 required',
      'sqlite supports offline operation (local storage, runs offline)',
      'flannel supports 1,000 nodes ≥ 3',
      'about 254–302 MB per node (control plane + runtime + policy); budget 300 MB',
    ]);
  });
});
