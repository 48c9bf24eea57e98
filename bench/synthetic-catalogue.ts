import { dimensions } from '../src/catalogue/dimensions';
import { layers } from '../src/catalogue/layers';
import { openRequirements, scenarios as seedScenarios } from '../src/catalogue/scenarios';
import { sections } from '../src/catalogue/sections';
import type {
  Catalogue,
  CompatibilityRule,
  Fact,
  Facts,
  LayerId,
  Level,
  PolicySupport,
  ProductionCase,
  Technology,
} from '../src/catalogue/types';

/** mulberry32: a small seeded PRNG, so every run benchmarks the same catalogue. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: Level[] = ['veryLow', 'low', 'medium', 'high', 'veryHigh'];
const POLICY: PolicySupport[] = ['none', 'basic', 'full', 'l7'];

/** Random facts of the kinds the seed gives a technology of this layer (17.2.4, 17.3). */
function randomFacts(layer: LayerId, rnd: () => number): Facts {
  const src = '17.3.1';
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const logUniform = (lo: number, hi: number) => lo * (hi / lo) ** rnd();
  const stars = (): Fact => ({ kind: 'stars', value: int(1, 5), source: src });
  const bool = (): Fact => ({ kind: 'bool', value: rnd() < 0.5, source: src });
  const range = (lo: number, hi: number, unit: 'MB' | 'ms'): Fact => {
    const a = logUniform(lo, hi);
    const b = logUniform(lo, hi);
    return { kind: 'range', min: Math.min(a, b), max: Math.max(a, b), unit, source: src };
  };
  const nodes = (): Fact => ({
    kind: 'range',
    min: 1,
    max: Math.round(logUniform(1, 10000)),
    unit: 'nodes',
    orMore: rnd() < 0.3,
    source: src,
  });
  const facts: Facts = {
    maturityStars: stars(),
    productionStars: stars(),
    communityStars: stars(),
  };
  switch (layer) {
    case 'orchestration':
      return {
        ...facts,
        nodeRange: nodes(),
        controlPlaneMemory: {
          kind: 'number',
          value: logUniform(50, 2048),
          unit: 'MB',
          source: src,
        },
        bundledComponents: bool(),
        offline: bool(),
      };
    case 'runtime':
      return {
        ...facts,
        imageSize: range(0.5, 1000, 'MB'),
        startTime: range(1, 5000, 'ms'),
        memoryFootprint: range(1, 1000, 'MB'),
        podDensity: { kind: 'number', value: int(50, 5000), unit: 'pods/node', source: src },
      };
    case 'ociRuntime':
      return facts;
    case 'storage':
      return {
        ...facts,
        nodeRange: nodes(),
        resourceUse: { kind: 'level', value: LEVELS[int(0, 4)]!, source: src },
        latency: { kind: 'number', value: logUniform(0.05, 50), unit: 'ms', source: src },
        highAvailability: bool(),
        offline: bool(),
      };
    case 'network':
      return {
        ...facts,
        nodeRange: nodes(),
        networkPerformance: stars(),
        networkPolicy: { kind: 'policySupport', value: POLICY[int(0, 3)]!, source: src },
        configEase: stars(),
      };
    case 'policy':
      return {
        ...facts,
        complexPolicies: bool(),
        policyLatency: { kind: 'number', value: logUniform(0.5, 50), unit: 'ms', source: src },
        policyMemory: { kind: 'number', value: logUniform(1, 200), unit: 'MB', source: src },
      };
    default:
      return facts;
  }
}

/**
 * A catalogue of random technologies with `counts[i]` technologies in the i-th seed layer
 * (the product is the number of stacks), a few compatibility rules and cases. Same seed,
 * same catalogue.
 */
export function syntheticCatalogue(counts: number[], seed = 17): Catalogue {
  const rnd = prng(seed);
  const technologies: Technology[] = layers.flatMap((layer, i) =>
    Array.from({ length: counts[i] ?? 1 }, (_, k) => {
      const id = `${layer.id.toLowerCase()}-${k}`;
      return {
        id,
        layer: layer.id,
        name: id,
        summary: { zh: id, en: id },
        facts: randomFacts(layer.id, rnd),
      };
    }),
  );
  const pick = (layer: LayerId) => {
    const ofLayer = technologies.filter((t) => t.layer === layer);
    return ofLayer[Math.floor(rnd() * ofLayer.length)]!.id;
  };
  const rule = (i: number, severity: CompatibilityRule['severity'], when: string[]) => ({
    id: `rule-${i}`,
    severity,
    when,
    reason: { zh: '合成规则', en: 'synthetic rule' },
    source: '17.7.3',
  });
  const compatibility: CompatibilityRule[] = [
    rule(0, 'invalid', [pick('orchestration'), pick('storage')]),
    rule(1, 'invalid', [pick('runtime'), pick('ociRuntime')]),
    rule(2, 'warning', [pick('network')]),
    rule(3, 'warning', [pick('storage'), pick('policy')]),
    { ...rule(4, 'warning', [pick('policy')]), unless: [pick('runtime')] },
  ];
  const cases: ProductionCase[] = Array.from({ length: 8 }, (_, i) => ({
    id: `case-${i}`,
    section: '17.5.1',
    name: { zh: `案例 ${i}`, en: `case ${i}` },
    organisation: { zh: '-', en: '-' },
    status: 'production',
    scale: { zh: '-', en: '-' },
    stack: { runtime: [pick('runtime'), pick('runtime')], storage: [pick('storage')] },
    otherParts: { zh: '-', en: '-' },
    results: { zh: '-', en: '-' },
  }));
  return {
    sections,
    layers,
    technologies,
    dimensions,
    // The seed's defaults only: a catalogue needs one scenario to start from.
    scenarios: seedScenarios.filter((s) => s.id === 'default'),
    cases,
    compatibility,
    decisionMatrix: [],
  };
}

/** Requirements that exercise every check of the matcher. */
export const benchRequirements = {
  ...openRequirements,
  nodes: 100,
  memoryPerNodeMB: 512,
  coldStartMs: 100,
  networkPolicy: 'full' as const,
  policyComplexity: 'complex' as const,
};
