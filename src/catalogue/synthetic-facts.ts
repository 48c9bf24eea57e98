import type { Fact, Facts, LayerId, Level, PolicySupport } from './types';

const LEVELS: Level[] = ['veryLow', 'low', 'medium', 'high', 'veryHigh'];
const POLICY: PolicySupport[] = ['none', 'basic', 'full', 'l7'];

/** Where a synthetic fact comes from: entered, with the generator and its seed as the source. */
export interface SyntheticSource {
  source: 'user';
  entered: { source: string };
}

/**
 * Random facts of the kinds the seed gives a technology of this layer (17.2.4, 17.3): stars
 * for every layer, and the layer's own figures for the seed's six. Draws from `rnd` in a fixed
 * order, so the same generator state gives the same facts.
 */
export function syntheticFacts(layer: LayerId, rnd: () => number, src: SyntheticSource): Facts {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const logUniform = (lo: number, hi: number) => lo * (hi / lo) ** rnd();
  const stars = (): Fact => ({ kind: 'stars', value: int(1, 5), ...src });
  const bool = (): Fact => ({ kind: 'bool', value: rnd() < 0.5, ...src });
  const number = (value: number, unit: 'MB' | 'ms' | 'pods/node'): Fact => ({
    kind: 'number',
    value,
    unit,
    ...src,
  });
  const range = (lo: number, hi: number, unit: 'MB' | 'ms'): Fact => {
    const a = logUniform(lo, hi);
    const b = logUniform(lo, hi);
    return { kind: 'range', min: Math.min(a, b), max: Math.max(a, b), unit, ...src };
  };
  const nodes = (): Fact => ({
    kind: 'range',
    min: 1,
    max: Math.round(logUniform(1, 10000)),
    unit: 'nodes',
    orMore: rnd() < 0.3,
    ...src,
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
        controlPlaneMemory: number(logUniform(50, 2048), 'MB'),
        bundledComponents: bool(),
        offline: bool(),
      };
    case 'runtime':
      return {
        ...facts,
        imageSize: range(0.5, 1000, 'MB'),
        startTime: range(1, 5000, 'ms'),
        memoryFootprint: range(1, 1000, 'MB'),
        podDensity: number(int(50, 5000), 'pods/node'),
      };
    case 'storage':
      return {
        ...facts,
        nodeRange: nodes(),
        resourceUse: { kind: 'level', value: LEVELS[int(0, 4)]!, ...src },
        latency: number(logUniform(0.05, 50), 'ms'),
        highAvailability: bool(),
        offline: bool(),
      };
    case 'network':
      return {
        ...facts,
        nodeRange: nodes(),
        networkPerformance: stars(),
        networkPolicy: { kind: 'policySupport', value: POLICY[int(0, 3)]!, ...src },
        configEase: stars(),
      };
    case 'policy':
      return {
        ...facts,
        complexPolicies: bool(),
        policyLatency: number(logUniform(0.5, 50), 'ms'),
        policyMemory: number(logUniform(1, 200), 'MB'),
      };
    default:
      // The OCI runtime layer (the seed rates it by its stars only) and layers 7 and 8.
      return facts;
  }
}
