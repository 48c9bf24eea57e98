import { layers } from '../catalogue/layers';
import { openRequirements } from '../catalogue/scenarios';
import type {
  Catalogue,
  Fact,
  FactValue,
  LayerId,
  Requirements,
  Technology,
  Weights,
} from '../catalogue/types';
import type { DimensionVector, StackParts } from './types';

// Test-only helpers: small hand-written fixtures for the engine's unit tests.

/** A technology with no facts unless given; `overrides` replace the defaults field by field. */
export function makeTechnology(overrides: Partial<Technology> = {}): Technology {
  const id = overrides.id ?? 'tech';
  return {
    id,
    layer: 'orchestration',
    name: id,
    summary: { zh: id, en: id },
    facts: {},
    ...overrides,
  };
}

/** A fact citing 17.3.1, for fixtures whose source does not matter. */
export const fact = (value: FactValue): Fact => ({ ...value, source: '17.3.1' });

/** A catalogue with the seed's layers and nothing else unless given. */
export function makeCatalogue(overrides: Partial<Catalogue> = {}): Catalogue {
  return {
    sections: [{ id: '17.3.1', title: { zh: '编排层匹配', en: 'Orchestration spec matching' } }],
    layers,
    technologies: [],
    dimensions: [],
    scenarios: [],
    cases: [],
    compatibility: [],
    decisionMatrix: [],
    ...overrides,
  };
}

/** Requirements that constrain nothing, with the given fields set. */
export const requirements = (overrides: Partial<Requirements> = {}): Requirements => ({
  ...openRequirements,
  ...overrides,
});

/** Weights with every dimension at `base`, then the given ones. */
export const weights = (overrides: Partial<Weights> = {}, base = 0): Weights => ({
  resource: base,
  performance: base,
  scale: base,
  availability: base,
  cost: base,
  maturity: base,
  ...overrides,
});

/** Parts from a stack id written in layer order ("k3s+wasmedge+crun+sqlite+flannel+opa-wasm"). */
/** A seed-dimension vector in the seed's order: resource, performance, scale, availability, cost, maturity. */
export const vector = (r: number, p: number, s: number, a: number, c: number, m: number) =>
  ({
    resource: r,
    performance: p,
    scale: s,
    availability: a,
    cost: c,
    maturity: m,
  }) satisfies DimensionVector;

export function partsOf(id: string): StackParts {
  const ids = id.split('+');
  if (ids.length !== layers.length) throw new Error(`partsOf: "${id}" does not name 6 parts`);
  return Object.fromEntries(layers.map((l, i) => [l.id, ids[i]])) as Record<LayerId, string>;
}

/** The seed's edge stack (17.4.2) and traditional cloud-native stack (17.4.1). */
export const EDGE_STACK = 'k3s+wasmedge+crun+sqlite+flannel+opa-wasm';
export const CLOUD_STACK = 'kubernetes+docker+runc+etcd+calico+gatekeeper';
