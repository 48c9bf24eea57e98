import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { syntheticCatalogue } from '../../catalogue/synthetic';
import type { Catalogue, Metric, Requirements, Weights } from '../../catalogue/types';
import { assessStacks, prepareCatalogue, rankAssessed, type PreparedCatalogue } from '../evaluate';
import { METHODS } from '../methods';
import { presetWeights, scenarioIn } from '../presets';
import { compileStacks } from '../scale/compile';
import { focusOf, type Focus } from '../technology-scores';
import {
  AXIS_RANGES,
  decisionMap,
  decisionStrip,
  DEFAULT_MAP_AXES,
  MAP_AXES,
  type DecisionMap,
  type MapAxis,
  type MapOptions,
} from './decision-map';

const OPTIONS: MapOptions = { mode: 'fitFirst', showInvalid: false, method: 'weightedSum' };
const stack = (o: string, r: string, oci: string, s: string, n: string, p: string) =>
  `${o}+${r}+${oci}+${s}+${n}+${p}`;
const K3S_ETCD = stack('k3s', 'wasmedge', 'crun', 'etcd', 'calico', 'opa-wasm');
const K8S_ETCD = stack('kubernetes', 'wasmedge', 'crun', 'etcd', 'calico', 'opa-wasm');
const K3S_SQLITE = stack('k3s', 'wasmedge', 'crun', 'sqlite', 'flannel', 'opa-wasm');
const K3S_ETCD_FLANNEL = stack('k3s', 'wasmedge', 'crun', 'etcd', 'flannel', 'opa-wasm');

interface Case {
  catalogue: Catalogue;
  prepared: PreparedCatalogue;
  requirements: Requirements;
  weights: Weights;
  focus: Focus;
}

const seedPrepared = prepareCatalogue(seedCatalogue);

/** A scenario of a catalogue, with its preset weights unless given. */
function caseOf(catalogue: Catalogue, scenarioId: string, prepared?: PreparedCatalogue): Case {
  const scenario = scenarioIn(catalogue, scenarioId);
  return {
    catalogue,
    prepared: prepared ?? prepareCatalogue(catalogue),
    requirements: scenario.requirements,
    weights: presetWeights(catalogue, scenario),
    focus: focusOf(scenario),
  };
}
const seedCase = (id: string) => caseOf(seedCatalogue, id, seedPrepared);

const compiledOf = (c: Case) => compileStacks(c.catalogue, c.requirements, c.focus);

/** rankAssessed's #1 with the requirements changed at the given axes. */
function firstAt(c: Case, options: MapOptions, at: Partial<Requirements>): string | null {
  const assessed = assessStacks(c.prepared, { ...c.requirements, ...at }, c.focus);
  return rankAssessed(assessed, c.weights, options)[0]?.stack.id ?? null;
}

const stripOf = (c: Case, axis: MapAxis, options = OPTIONS) =>
  decisionStrip(c.catalogue, compiledOf(c), c.requirements, c.weights, options, AXIS_RANGES[axis]);

/** The cell of a map holding a point. */
function cellAt(map: DecisionMap, xv: number, yv: number): number {
  const index = (edges: number[], v: number) => {
    let i = 0;
    while (i < edges.length - 2 && edges[i + 1]! <= v) i++;
    return i;
  };
  return index(map.yEdges, yv) * (map.xEdges.length - 1) + index(map.xEdges, xv);
}

describe('the seed at 1,000 nodes (17.3.1: “Kubernetes 支持 > 1000 节点，K3s 支持 ≤ 1000 节点”)', () => {
  it('seed defaults: K3s up to 1,000 nodes, Kubernetes from 1,001 — only the orchestrator changes', () => {
    const c = seedCase('default');
    const strip = stripOf(c, 'nodes');
    expect(strip.exact).toBe(true);
    expect(strip.segments).toEqual([
      { from: 1, to: 1000, top: K3S_ETCD, fit: 'match' },
      { from: 1001, to: 100_000, top: K8S_ETCD, fit: 'match' },
    ]);
    expect(strip.boundaries).toEqual([
      {
        axis: 'nodes',
        at: 1001,
        from: K3S_ETCD,
        to: K8S_ETCD,
        changed: [{ layer: 'orchestration', from: 'k3s', to: 'kubernetes' }],
      },
    ]);
    // The reference ranking agrees on both sides of the seed's threshold.
    expect(firstAt(c, OPTIONS, { nodes: 1000 })).toBe(K3S_ETCD);
    expect(firstAt(c, OPTIONS, { nodes: 1001 })).toBe(K8S_ETCD);
  });

  it('serverless (17.8.2 “K3s（小规模）or Kubernetes（大规模）”): above 1,000 nodes Kubernetes + Calico', () => {
    const c = seedCase('serverless');
    const strip = stripOf(c, 'nodes');
    expect(strip.segments.map((s) => [s.from, s.to, s.top])).toEqual([
      // sqlite's range is one node (17.3.3).
      [1, 1, K3S_SQLITE],
      [2, 1000, K3S_ETCD_FLANNEL],
      [1001, 100_000, K8S_ETCD],
    ]);
    expect(strip.boundaries.map((b) => [b.at, b.changed])).toEqual([
      [2, [{ layer: 'storage', from: 'sqlite', to: 'etcd' }]],
      [
        1001,
        [
          { layer: 'orchestration', from: 'k3s', to: 'kubernetes' },
          { layer: 'network', from: 'flannel', to: 'calico' },
        ],
      ],
    ]);
  });

  it('edge (17.8.2 “K3s（必须）”): no Kubernetes above 1,000 nodes — nothing fits there', () => {
    const strip = stripOf(seedCase('edge'), 'nodes');
    expect(strip.segments).toEqual([
      { from: 1, to: 1, top: K3S_SQLITE, fit: 'match' },
      { from: 2, to: 1000, top: K3S_ETCD_FLANNEL, fit: 'partial' },
      { from: 1001, to: 100_000, top: K3S_SQLITE, fit: 'mismatch' },
    ]);
  });

  it('the default map shows the K3s and the Kubernetes regions, split exactly at 1,000 | 1,001', () => {
    const c = seedCase('default');
    const map = decisionMap(
      c.catalogue,
      compiledOf(c),
      c.requirements,
      c.weights,
      OPTIONS,
      DEFAULT_MAP_AXES.x,
      DEFAULT_MAP_AXES.y,
    );
    expect(map.exact).toBe(true);
    expect(map.tops).toEqual([K3S_ETCD, K8S_ETCD]);
    expect(map.xEdges).toEqual([1, 2, 1001, 100_000]);
    expect(map.cells[cellAt(map, 1000, 2048)]).toBe(K3S_ETCD);
    expect(map.cells[cellAt(map, 1001, 2048)]).toBe(K8S_ETCD);
    // Below 254 MB no stack fits: the #1 there is the best of the mismatches.
    expect(map.fits![cellAt(map, 1000, 200)]).toBe('mismatch');
    expect(map.fits![cellAt(map, 1000, 300)]).toBe('partial');
    expect(map.fits![cellAt(map, 1000, 302)]).toBe('match');
  });
});

describe('decisionStrip', () => {
  it('works from a requirement that is off (null memory budget): every value switches it on', () => {
    const c = seedCase('default');
    expect(c.requirements.memoryPerNodeMB).toBeNull();
    // K3s + WasmEdge + OPA-Wasm: 250 + 2…50 + 2 MB per node (17.3.1, 17.3.2, 17.3.4).
    expect(stripOf(c, 'memoryPerNodeMB').segments).toEqual([
      { from: 128, to: 253, top: K3S_ETCD, fit: 'mismatch' },
      { from: 254, to: 301, top: K3S_ETCD, fit: 'partial' },
      { from: 302, to: 4096, top: K3S_ETCD, fit: 'match' },
    ]);
  });

  it('names exactly the layers whose technology changes at each boundary', () => {
    for (const scenario of seedCatalogue.scenarios)
      for (const axis of MAP_AXES)
        for (const b of stripOf(seedCase(scenario.id), axis).boundaries) {
          const from = b.from!.split('+');
          const to = b.to!.split('+');
          expect(b.changed.length).toBeGreaterThan(0);
          expect(b.changed).toEqual(
            seedCatalogue.layers.flatMap((l, i) =>
              from[i] === to[i] ? [] : [{ layer: l.id, from: from[i], to: to[i] }],
            ),
          );
        }
  });

  it('equals rankAssessed’s #1 at any value, under every method, mode and weights (seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedCatalogue.scenarios.map((s) => s.id)),
        fc.constantFrom(...MAP_AXES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...METHODS),
        fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
        (id, axis, u, method, mode, showInvalid, raw) => {
          const base = seedCase(id);
          const c = {
            ...base,
            weights: Object.fromEntries(seedCatalogue.dimensions.map((d, i) => [d.id, raw[i]!])),
          };
          const options = { mode, showInvalid, method };
          const { min, max } = AXIS_RANGES[axis];
          const value = Math.round(min * (max / min) ** u);
          const segment = stripOf(c, axis, options).segments.find(
            (s) => s.from <= value && value <= s.to,
          )!;
          expect(segment.top).toBe(firstAt(c, options, { [axis]: value }));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('rejects a range without whole values', () => {
    const c = seedCase('default');
    expect(() =>
      decisionStrip(c.catalogue, compiledOf(c), c.requirements, c.weights, OPTIONS, {
        axis: 'nodes',
        min: 5,
        max: 4,
        scale: 'log',
      }),
    ).toThrow(RangeError);
  });
});

describe('decisionMap', () => {
  const pairs = MAP_AXES.flatMap((x) => MAP_AXES.filter((y) => y !== x).map((y) => [x, y]));

  function mapOf(c: Case, x: MapAxis, y: MapAxis, options = OPTIONS, maxCells?: number) {
    return decisionMap(
      c.catalogue,
      compiledOf(c),
      c.requirements,
      c.weights,
      options,
      AXIS_RANGES[x],
      AXIS_RANGES[y],
      maxCells,
    );
  }

  it('equals rankAssessed’s #1 at any point of an exact map (seed, every pair of axes)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedCatalogue.scenarios.map((s) => s.id)),
        fc.constantFrom(...pairs),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...METHODS),
        fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
        (id, [x, y], u, v, method, mode) => {
          const c = seedCase(id);
          const options = { mode, showInvalid: false, method };
          const map = mapOf(c, x!, y!, options);
          expect(map.exact).toBe(true);
          const at = (axis: MapAxis, t: number) =>
            Math.round(
              AXIS_RANGES[axis].min * (AXIS_RANGES[axis].max / AXIS_RANGES[axis].min) ** t,
            );
          const xv = at(x!, u);
          const yv = at(y!, v);
          expect(map.cells[cellAt(map, xv, yv)]).toBe(firstAt(c, options, { [x!]: xv, [y!]: yv }));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('samples at most maxCells cells when told, judging each at its first values', () => {
    const c = seedCase('large-scale');
    const map = mapOf(c, 'memoryPerNodeMB', 'coldStartMs', OPTIONS, 16);
    expect(map.exact).toBe(false);
    const nx = map.xEdges.length - 1;
    const ny = map.yEdges.length - 1;
    expect(nx * ny).toBeLessThanOrEqual(16);
    for (let yi = 0; yi < ny; yi++)
      for (let xi = 0; xi < nx; xi++)
        expect(map.cells[yi * nx + xi]).toBe(
          firstAt(c, OPTIONS, {
            memoryPerNodeMB: map.xEdges[xi]!,
            coldStartMs: map.yEdges[yi]!,
          }),
        );
  });

  it('is one region when the ranking ignores the requirements (score only)', () => {
    const c = seedCase('serverless');
    const options = { ...OPTIONS, mode: 'scoreOnly' as const };
    const map = mapOf(c, 'nodes', 'memoryPerNodeMB', options);
    expect(map.tops).toEqual([firstAt(c, options, {})]);
  });

  it('equals rankAssessed on random synthetic catalogues, exact or sampled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(...pairs),
        fc.constantFrom(...METHODS),
        fc.boolean(),
        fc.constantFrom(12, 400),
        (seed, [x, y], method, showInvalid, maxCells) => {
          const catalogue = syntheticCatalogue({ options: 3, layers: 4, seed });
          const c = caseOf(catalogue, 'default');
          const options = { mode: 'fitFirst' as const, showInvalid, method };
          const map = mapOf(c, x!, y!, options, maxCells);
          const nx = map.xEdges.length - 1;
          const ny = map.yEdges.length - 1;
          expect(nx * ny).toBeLessThanOrEqual(maxCells);
          for (const [xi, yi] of [
            [0, 0],
            [nx - 1, ny - 1],
            [nx >> 1, ny >> 1],
            [nx - 1, 0],
          ] as const)
            expect(map.cells[yi * nx + xi]).toBe(
              firstAt(c, options, { [x!]: map.xEdges[xi]!, [y!]: map.yEdges[yi]! }),
            );
          // Strips are always exact: every boundary is where the reference ranking changes.
          for (const b of decisionStrip(
            catalogue,
            compiledOf(c),
            c.requirements,
            c.weights,
            options,
            AXIS_RANGES[x!],
          ).boundaries) {
            expect(firstAt(c, options, { [x!]: b.at - 1 })).toBe(b.from);
            expect(firstAt(c, options, { [x!]: b.at })).toBe(b.to);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('needs two different axes', () => {
    const c = seedCase('default');
    expect(() => mapOf(c, 'nodes', 'nodes')).toThrow(RangeError);
  });

  it('holds the compiled scores along every axis: no metric can be tied to a map axis', () => {
    // activeMetrics narrows a dimension by the requirements its metrics are tied to; the schema
    // allows only boolean requirements there, so a map axis never changes a score.
    expectTypeOf<Extract<NonNullable<Metric['requirement']>, MapAxis>>().toBeNever();
  });
});
