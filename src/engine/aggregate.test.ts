import { describe, expect, it } from 'vitest';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Dimension, Requirements } from '../catalogue/types';
import {
  aggregateDimension,
  nodeCap,
  scoreStacks,
  scoreTechnologies,
  stackCapacity,
} from './aggregate';
import { buildStacks } from './stacks';
import { activeMetrics } from './technology-scores';
import {
  CLOUD_STACK,
  EDGE_STACK,
  fact,
  makeTechnology,
  requirements,
  partsOf,
} from './test-fixtures';
import type { DimensionVector } from './types';

const stacks = new Map(buildStacks(seedCatalogue).map((s) => [s.id, s]));
const dimension = (id: string) => seedCatalogue.dimensions.find((d) => d.id === id)!;

/** f(T) of one seed stack under R. */
function vectorOf(id: string, req?: Requirements): DimensionVector {
  return scoreStacks([stacks.get(id)!], seedCatalogue, req)[0]!.dimensions;
}

// Per-technology scores worked out by hand from normalise.ts's anchors (MB 1…1024,
// ms 0.01…10⁴, pods/node 1…10⁴) and the seed's facts.
const k3sResource = 1 - Math.log2(250) / 10; // ~250 MB control plane
const wasmResource = (1 - Math.log2(3) / 10 + (1 - Math.log2(10) / 10)) / 2; // √(0.9·10), √(2·50) MB
const dockerResource =
  (1 - Math.log2(Math.sqrt(5000)) / 10 + 1 - Math.log2(Math.sqrt(9000)) / 10) / 2;
const gatekeeperResource = 1 - Math.log2(30) / 10;
const wasmStart = 1 - Math.log10(Math.sqrt(60) / 0.01) / 6;
const dockerStart = 1 - Math.log10(Math.sqrt(1000 * 2000) / 0.01) / 6;
const etcdLatency = 1 - Math.log10(2 / 0.01) / 6;

describe('per-dimension aggregation of the seed edge stack (K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm)', () => {
  const v = vectorOf(EDGE_STACK);

  it('resource: mean of the 4 layers with a figure (K3s, WasmEdge, sqlite, OPA-Wasm)', () => {
    expect(k3sResource).toBeCloseTo(0.203422, 6);
    expect(wasmResource).toBeCloseTo(0.754655, 6);
    expect(v.resource).toBeCloseTo((k3sResource + wasmResource + 1 + 0.9) / 4, 6);
    expect(v.resource).toBeCloseTo(0.714519, 6);
  });

  it('performance: mean of WasmEdge start, sqlite 0.1 ms, flannel 3★, OPA-Wasm 1 ms', () => {
    expect(v.performance).toBeCloseTo((wasmStart + 5 / 6 + 0.6 + 2 / 3) / 4, 6);
    expect(v.performance).toBeCloseTo(0.654622, 6);
  });

  it('scale: capacity = sqlite’s 1 node × 3000 pods/node on log 1…10⁸', () => {
    expect(v.scale).toBeCloseTo(Math.log10(3000) / 8, 6);
    expect(v.scale).toBeCloseTo(0.43464, 5);
  });

  it('availability: min over layers of mean(HA, offline) — sqlite (0 + 1)/2 against K3s 1', () => {
    expect(v.availability).toBe(0.5);
  });

  it('cost: mean of K3s bundled 1, WasmEdge density log10(3000)/4, sqlite 1, flannel 5★', () => {
    expect(v.cost).toBeCloseTo((1 + Math.log10(3000) / 4 + 1 + 1) / 4, 6);
    expect(v.cost).toBeCloseTo(0.96732, 5);
  });

  it('maturity: min of the layers’ star means — OPA-Wasm 3/3/3 = 0.6 below crun’s 10/15', () => {
    expect(v.maturity).toBeCloseTo(0.6, 6);
  });
});

describe('per-dimension aggregation of the seed cloud stack (Kubernetes + Docker + runc + etcd + Calico + Gatekeeper)', () => {
  const v = vectorOf(CLOUD_STACK);

  it('resource: mean of Kubernetes 0.1, Docker, etcd “high” 0.25, Gatekeeper 30 MB', () => {
    expect(v.resource).toBeCloseTo((0.1 + dockerResource + 0.25 + gatekeeperResource) / 4, 6);
    expect(v.resource).toBeCloseTo(0.305931, 6);
  });

  it('performance: mean of Docker √2 s, etcd 2 ms, Calico 5★, Gatekeeper 10 ms', () => {
    expect(v.performance).toBeCloseTo((dockerStart + etcdLatency + 1 + 0.5) / 4, 6);
    expect(v.performance).toBeCloseTo(0.564519, 6);
  });

  it('scale: every cap is 10000+, so 10⁴ nodes × 300 pods/node', () => {
    expect(v.scale).toBeCloseTo(Math.log10(3e6) / 8, 6);
  });

  it('availability: only etcd has figures: HA ✅ and offline ⭐⭐ (a 17.6.3 reading): (1 + 2/5)/2', () => {
    expect(v.availability).toBeCloseTo(0.7, 9);
  });

  it('cost: mean of Kubernetes unbundled 0, Docker log10(300)/4, etcd 0.25, Calico 3★', () => {
    expect(v.cost).toBeCloseTo((0 + Math.log10(300) / 4 + 0.25 + 0.6) / 4, 6);
    expect(v.cost).toBeCloseTo(0.36732, 5);
  });

  it('maturity: min is 14/15 (runc, Calico and Gatekeeper are 5/4/5)', () => {
    expect(v.maturity).toBeCloseTo(14 / 15, 6);
  });
});

describe('requirement-tied availability (Score(T, S, C), 17.9.2)', () => {
  it('offline required: only offline facts count', () => {
    const offline = requirements({ offline: true });
    expect(vectorOf(EDGE_STACK, offline).availability).toBe(1);
    // etcd's offline is ⭐⭐ (weak, not absent: 17.6.3), scored 2/5.
    expect(vectorOf(CLOUD_STACK, offline).availability).toBeCloseTo(0.4, 9);
    expect(activeMetrics(dimension('availability'), offline).map((m) => m.fact)).toEqual([
      'offline',
    ]);
  });

  it('HA required: only HA facts count', () => {
    const ha = requirements({ highAvailability: true });
    expect(vectorOf(EDGE_STACK, ha).availability).toBe(0);
    expect(vectorOf(CLOUD_STACK, ha).availability).toBe(1);
  });

  it('both required: both count, as with none', () => {
    const both = requirements({ highAvailability: true, offline: true });
    expect(vectorOf(EDGE_STACK, both).availability).toBe(0.5);
    expect(activeMetrics(dimension('availability'), both)).toHaveLength(2);
  });

  it('leaves dimensions without tied metrics alone', () => {
    const plain = vectorOf(EDGE_STACK);
    const offline = vectorOf(EDGE_STACK, requirements({ offline: true }));
    expect({ ...offline, availability: 0 }).toEqual({ ...plain, availability: 0 });
  });
});

describe('facts without a figure score the worst known value', () => {
  it('external DB latency ("依赖数据库") scores as etcd’s 2 ms, the worst known latency', () => {
    const v = vectorOf('k3s+wasmedge+crun+external-db+calico+opa-wasm');
    const etcdLatency = 1 - Math.log10(2 / 0.01) / 6;
    expect(v.performance).toBeCloseTo((wasmStart + etcdLatency + 1 + 2 / 3) / 4, 6);
    // …and its missing maturity row scores the worst known stars (3/5), as low as OPA-Wasm.
    expect(v.maturity).toBeCloseTo(0.6, 6);
  });

  it('marks imputed metrics in the score table', () => {
    const table = scoreTechnologies(seedCatalogue);
    const latency = table
      .get('external-db')!
      .performance!.metrics.find((m) => m.fact === 'latency')!;
    expect(latency.imputed).toBe(true);
    expect(latency.score).toBeCloseTo(1 - Math.log10(200) / 6, 12);
    expect(table.get('etcd')!.performance!.metrics[0]!.imputed).toBeUndefined();
  });

  it('scores 0 when no layer has a figure', () => {
    const empty = makeTechnology();
    expect(
      aggregateDimension(
        dimension('resource'),
        [empty],
        scoreTechnologies({ technologies: [empty], dimensions: seedCatalogue.dimensions }),
      ),
    ).toBe(0);
  });

  it('takes the min for a min dimension and the mean for a mean one', () => {
    const a = makeTechnology({
      id: 'a',
      facts: { maturityStars: fact({ kind: 'stars', value: 5 }) },
    });
    const b = makeTechnology({
      id: 'b',
      facts: { maturityStars: fact({ kind: 'stars', value: 2 }) },
    });
    const table = scoreTechnologies({ technologies: [a, b], dimensions: seedCatalogue.dimensions });
    const maturity = dimension('maturity');
    expect(aggregateDimension(maturity, [a, b], table)).toBeCloseTo(0.4, 6);
    const asMean: Dimension = { ...maturity, aggregation: 'mean' };
    expect(aggregateDimension(asMean, [a, b], table)).toBeCloseTo(0.7, 6);
  });
});

describe('capacity rule', () => {
  const byId = new Map(seedCatalogue.technologies.map((t) => [t.id, t]));
  const techs = (id: string) => Object.values(partsOf(id)).map((t) => byId.get(t)!);

  it('reads "10000+" as unbounded and a plain range as its max', () => {
    expect(nodeCap(byId.get('kubernetes')!)).toBe(Number.POSITIVE_INFINITY);
    expect(nodeCap(byId.get('flannel')!)).toBe(1000);
    expect(nodeCap(byId.get('sqlite')!)).toBe(1);
    expect(nodeCap(byId.get('docker')!)).toBeNull();
  });

  it('multiplies the smallest node cap by the pods per node', () => {
    expect(stackCapacity(techs(EDGE_STACK))).toEqual({ nodes: 1, podsPerNode: 3000, pods: 3000 });
    expect(stackCapacity(techs(CLOUD_STACK))).toEqual({
      nodes: 10000,
      podsPerNode: 300,
      pods: 3e6,
    });
    expect(stackCapacity(techs('k3s+docker+runc+etcd+cilium+opa'))).toEqual({
      nodes: 1000,
      podsPerNode: 300,
      pods: 3e5,
    });
    expect(vectorOf('k3s+docker+runc+etcd+cilium+opa').scale).toBeCloseTo(Math.log10(3e5) / 8, 6);
  });

  it('counts 1 pod per node and 10⁴ nodes when no layer says otherwise', () => {
    const bare = makeTechnology();
    expect(stackCapacity([bare])).toEqual({ nodes: 10000, podsPerNode: 1, pods: 10000 });
    expect(aggregateDimension(dimension('scale'), [bare], new Map())).toBeCloseTo(0.5, 6);
  });

  it('is 1 at 10⁴ nodes × 10⁴ pods per node', () => {
    const big = makeTechnology({
      facts: {
        nodeRange: fact({ kind: 'range', min: 1, max: 10000, unit: 'nodes' }),
        podDensity: fact({ kind: 'number', value: 10000, unit: 'pods/node' }),
      },
    });
    expect(aggregateDimension(dimension('scale'), [big], new Map())).toBe(1);
  });
});
