import { describe, expect, it } from 'vitest';
import { scenarios } from '../catalogue/scenarios';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import { assessStacks, prepareCatalogue, rankAssessed } from './evaluate';
import { explain } from './explain';
import { CLOUD_STACK, EDGE_STACK } from './test-fixtures';

const prepared = prepareCatalogue(seedCatalogue);
const stackOf = (id: string) => prepared.stacks.find((s) => s.id === id)!;

describe('explain', () => {
  for (const scenario of scenarios.filter((s) => ['edge', 'large-scale'].includes(s.id))) {
    for (const id of [EDGE_STACK, CLOUD_STACK]) {
      it(`contributions sum to rankAssessed’s total (${scenario.id}, ${id})`, () => {
        const e = explain(stackOf(id), seedCatalogue, scenario.weights, scenario.requirements);
        const ranked = rankAssessed(
          assessStacks(prepared, scenario.requirements),
          scenario.weights,
          {
            mode: 'scoreOnly',
            showInvalid: true,
          },
        ).find((r) => r.stack.id === id)!;
        const sum = e.dimensions.reduce((s, d) => s + d.contribution, 0);
        expect(sum).toBeCloseTo(ranked.total, 12);
        expect(e.total).toBeCloseTo(ranked.total, 12);
        e.dimensions.forEach((d) => expect(d.score).toBe(ranked.dimensions[d.dimension]));
      });
    }
  }

  it('gives weight, normalised weight and w·f per dimension in dimension order', () => {
    const edge = scenarios.find((s) => s.id === 'edge')!;
    const e = explain(stackOf(EDGE_STACK), seedCatalogue, edge.weights, edge.requirements);
    expect(e.stackId).toBe(EDGE_STACK);
    expect(e.dimensions.map((d) => [d.dimension, d.weight, d.normalisedWeight])).toEqual([
      ['resource', 4, 4 / 14],
      ['performance', 3, 3 / 14],
      ['scale', 2, 2 / 14],
      ['availability', 2, 2 / 14],
      ['cost', 2, 2 / 14],
      ['maturity', 1, 1 / 14],
    ]);
    const availability = e.dimensions[3]!;
    expect(availability.score).toBe(1);
    expect(availability.contribution).toBeCloseTo(2 / 14, 12);
  });

  it('lists every layer’s raw facts, their representative figures and scores', () => {
    const e = explain(stackOf(EDGE_STACK), seedCatalogue, seedCatalogue.scenarios[0]!.weights);
    const resource = e.dimensions.find((d) => d.dimension === 'resource')!;
    expect(resource.aggregation).toBe('mean');
    expect(
      resource.layers.map((l) => [l.layer, l.technologyId, l.metrics.map((m) => m.fact)]),
    ).toEqual([
      ['orchestration', 'k3s', ['controlPlaneMemory']],
      ['runtime', 'wasmedge', ['memoryFootprint', 'imageSize']],
      ['ociRuntime', 'crun', []],
      ['storage', 'sqlite', ['resourceUse']],
      ['network', 'flannel', []],
      ['policy', 'opa-wasm', ['policyMemory']],
    ]);
    const k3s = resource.layers[0]!;
    expect(k3s.metrics[0]!.raw).toMatchObject({
      kind: 'number',
      value: 250,
      unit: 'MB',
      source: '17.3.1',
    });
    expect(k3s.score).toBeCloseTo(1 - Math.log2(250) / 10, 6);
    const wasm = resource.layers[1]!.metrics;
    expect(wasm[0]!.raw).toMatchObject({ kind: 'range', min: 2, max: 50 });
    expect(wasm[0]!.representative).toBeCloseTo(10, 9);
    expect(wasm[1]!.representative).toBeCloseTo(3, 9);
    expect(resource.layers[2]!.score).toBeNull();
  });

  it('gives capacity details for scale only', () => {
    const w = seedCatalogue.scenarios[0]!.weights;
    const edge = explain(stackOf(EDGE_STACK), seedCatalogue, w);
    const cloud = explain(stackOf(CLOUD_STACK), seedCatalogue, w);
    const scale = (x: typeof edge) => x.dimensions.find((d) => d.dimension === 'scale')!;
    expect(scale(edge).capacity).toEqual({ nodes: 1, podsPerNode: 3000, pods: 3000 });
    expect(scale(cloud).capacity).toEqual({ nodes: 10000, podsPerNode: 300, pods: 3e6 });
    expect(scale(edge).aggregation).toBe('capacity');
    expect(edge.dimensions.filter((d) => d.capacity !== undefined)).toHaveLength(1);
  });
});
