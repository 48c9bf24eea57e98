import { boundaryText, changedParts } from '../../components/boundary-words';
import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Language, Requirements } from '../../catalogue/types';
import {
  AXIS_RANGES,
  decisionMap,
  decisionStrip,
  DEFAULT_MAP_AXES,
  type MapAxis,
} from '../../engine/analysis/decision-map';
import { presetWeights, scenarioIn } from '../../engine/presets';
import { compileStacks } from '../../engine/scale/compile';
import { focusOf } from '../../engine/technology-scores';
import { axisTicks, pickAxis, regionColours, tickLabel } from './axis-words';
import { decisionMapMessages } from './messages';
import { toMapView, type ViewContext } from './to-map-view';
import { toStripView } from './to-strip-view';

const OPTIONS = { mode: 'fitFirst', showInvalid: false, method: 'weightedSum' } as const;
const names = namesOf(seedCatalogue);
const K3S = 'k3s+wasmedge+crun+etcd+calico+opa-wasm';
const K8S = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

/** The seed's map and strip under a scenario's presets, and a view context for them. */
function seedResults(
  scenarioId: string,
  lang: Language,
  at: Partial<Requirements> = {},
  stripAxis: MapAxis = 'nodes',
) {
  const scenario = scenarioIn(seedCatalogue, scenarioId);
  const requirements = { ...scenario.requirements, ...at };
  const weights = presetWeights(seedCatalogue, scenario);
  const compiled = compileStacks(seedCatalogue, requirements, focusOf(scenario));
  const args = [seedCatalogue, compiled, requirements, weights, OPTIONS] as const;
  const map = decisionMap(...args, DEFAULT_MAP_AXES.x, DEFAULT_MAP_AXES.y);
  const strip = decisionStrip(...args, AXIS_RANGES[stripAxis]);
  const ctx: ViewContext = {
    names,
    requirements,
    colours: regionColours(map.tops),
    lang,
    m: decisionMapMessages[lang],
  };
  return { map, strip, ctx };
}

describe('axis words', () => {
  it('ticks a log axis by decades, or by doublings when it spans fewer than three', () => {
    expect(axisTicks(AXIS_RANGES.nodes)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
    expect(axisTicks(AXIS_RANGES.memoryPerNodeMB)).toEqual([128, 256, 512, 1024, 2048, 4096]);
    expect(axisTicks(AXIS_RANGES.coldStartMs)).toEqual([1, 10, 100, 1000, 10_000]);
    expect(axisTicks({ axis: 'nodes', min: 0, max: 100, scale: 'linear' })).toEqual([
      0, 25, 50, 75, 100,
    ]);
  });

  it('labels ticks short: 1k … 100k in English, 1,000 / 1万 / 10万 in Chinese', () => {
    const ticks = axisTicks(AXIS_RANGES.nodes);
    expect(ticks.map((v) => tickLabel('nodes', v, 'en'))).toEqual([
      '1',
      '10',
      '100',
      '1k',
      '10k',
      '100k',
    ]);
    expect(ticks.map((v) => tickLabel('nodes', v, 'zh'))).toEqual([
      '1',
      '10',
      '100',
      '1,000',
      '1万',
      '10万',
    ]);
    expect(tickLabel('memoryPerNodeMB', 4096, 'en')).toBe('4,096');
  });

  it('names the technologies that change at a boundary, in both languages', () => {
    const changed = changedParts(
      'k3s+wasmedge+crun+etcd+flannel+opa-wasm',
      'kubernetes+wasmedge+crun+etcd+calico+opa-wasm',
    );
    expect(changed).toEqual(['kubernetes', 'calico']);
    expect(boundaryText('nodes', 1001, changed, names, 'en')).toBe(
      'above 1,000 nodes: Kubernetes + Calico',
    );
    expect(boundaryText('nodes', 1001, changed, names, 'zh')).toBe(
      '超过 1,000 个节点：Kubernetes + Calico',
    );
    expect(boundaryText('nodes', 2, ['etcd'], names, 'en')).toBe('above 1 node: etcd');
    expect(boundaryText('memoryPerNodeMB', 564, ['wasmedge'], names, 'en')).toBe(
      'from 564 MB per node: WasmEdge',
    );
    expect(boundaryText('coldStartMs', 6, [], names, 'zh')).toBe(
      '冷启动上限达到 6 ms：没有列出的技术栈',
    );
    expect(changedParts(null, K3S)).toEqual(K3S.split('+'));
    expect(changedParts(K3S, null)).toEqual([]);
  });

  it('gives each #1 its own colour: the six series colours, then the six extra ones', () => {
    const colours = regionColours(Array.from({ length: 13 }, (_, i) => `s${i}`));
    expect([...colours.values()]).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((k) => `var(--series-${k})`),
      ...[1, 2, 3, 4, 5, 6].map((k) => `var(--extra-${k})`),
      'var(--series-1)',
    ]);
  });

  it('swaps the map axes when one is picked for what the other shows', () => {
    const axes = { x: 'nodes', y: 'memoryPerNodeMB', strip: 'nodes' } as const;
    expect(pickAxis(axes, 'x', 'memoryPerNodeMB')).toEqual({
      x: 'memoryPerNodeMB',
      y: 'nodes',
      strip: 'nodes',
    });
    expect(pickAxis(axes, 'y', 'coldStartMs')).toEqual({ ...axes, y: 'coldStartMs' });
    expect(pickAxis(axes, 'strip', 'coldStartMs')).toEqual({ ...axes, strip: 'coldStartMs' });
  });
});

describe('toMapView (seed defaults)', () => {
  it('merges the cells into rectangles with their table rows, hatching where nothing fits', () => {
    const { map, ctx } = seedResults('default', 'en');
    const view = toMapView(map, ctx);
    expect(view.regions.map((r) => [r.x1, r.x2, r.y1, r.y2, r.top, r.hatched])).toEqual([
      [1, 100_000, 128, 254, K3S, true],
      [1, 1001, 254, 302, K3S, false],
      [1001, 100_000, 254, 516, K3S, true],
      [1, 1001, 302, 4096, K3S, false],
      [1001, 100_000, 516, 564, K8S, false],
      [1001, 100_000, 564, 4096, K8S, false],
    ]);
    expect(view.regions.map((r) => r.cells)).toEqual([
      ['1 – 100,000', '128 – 253 MB', names.stack(K3S), 'no stack meets them'],
      ['1 – 1,000', '254 – 301 MB', names.stack(K3S), 'partly meets them'],
      ['1,001 – 100,000', '254 – 515 MB', names.stack(K3S), 'no stack meets them'],
      ['1 – 1,000', '302 – 4,096 MB', names.stack(K3S), 'meets the requirements'],
      ['1,001 – 100,000', '516 – 563 MB', names.stack(K8S), 'partly meets them'],
      ['1,001 – 100,000', '564 – 4,096 MB', names.stack(K8S), 'meets the requirements'],
    ]);
    expect(view.legend).toEqual([
      {
        id: K3S,
        name: 'K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm',
        colour: 'var(--series-1)',
      },
      {
        id: K8S,
        name: 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
        colour: 'var(--series-2)',
      },
    ]);
    expect(view.x.ticks.map((t) => t.label)).toEqual(['1', '10', '100', '1k', '10k', '100k']);
    expect(view.y.label).toBe('Memory per node (MB)');
    expect(view.note).toBe(
      'Exact: the regions start at every threshold where a stack’s fit changes.',
    );
    expect(view.summary).toBe(
      'Decision map over Nodes and Memory per node: 6 regions, 2 stacks at #1: K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm; Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm.',
    );
  });

  it('puts the current point at the top edge when memory has no limit, and says so', () => {
    const { map, ctx } = seedResults('default', 'en');
    const view = toMapView(map, ctx);
    expect(view.point).toEqual({ x: 1, y: 4096 });
    expect(view.pointNote).toBe(
      'Memory per node: no limit — the current point is drawn at the edge of the map.',
    );
    const { map: at512, ctx: ctx512 } = seedResults('default', 'en', {
      nodes: 2000,
      memoryPerNodeMB: 512,
    });
    const placed = toMapView(at512, ctx512);
    expect(placed.point).toEqual({ x: 2000, y: 512 });
    expect(placed.pointNote).toBeNull();
  });

  it('lists the boundaries met along each axis from the current requirements', () => {
    const { map, ctx } = seedResults('default', 'en');
    expect(toMapView(map, ctx).boundaries).toEqual([
      {
        heading: 'Memory per node: no limit (as now)',
        axis: 'nodes',
        items: [{ at: 1001, text: 'above 1,000 nodes: Kubernetes' }],
      },
      // The fit changes along memory at 1 node, the #1 does not.
      { heading: 'Nodes: 1 (as now)', axis: 'memoryPerNodeMB', items: [] },
    ]);
    const zh = seedResults('default', 'zh', { nodes: 5000 });
    expect(toMapView(zh.map, zh.ctx).boundaries[1]).toEqual({
      heading: '节点数：5,000（当前）',
      axis: 'memoryPerNodeMB',
      items: [{ at: 516, text: '每节点内存达到 516 MB：Kubernetes' }],
    });
  });

  it('says when the map was sampled, and on how many cells', () => {
    const { ctx } = seedResults('default', 'zh');
    const scenario = scenarioIn(seedCatalogue, 'large-scale');
    const compiled = compileStacks(seedCatalogue, scenario.requirements, focusOf(scenario));
    const sampled = decisionMap(
      seedCatalogue,
      compiled,
      scenario.requirements,
      presetWeights(seedCatalogue, scenario),
      OPTIONS,
      AXIS_RANGES.memoryPerNodeMB,
      AXIS_RANGES.coldStartMs,
      16,
    );
    const nx = sampled.xEdges.length - 1;
    const ny = sampled.yEdges.length - 1;
    expect(toMapView(sampled, { ...ctx, colours: regionColours(sampled.tops) }).note).toBe(
      `在 ${nx} × ${ny} 个单元的网格上采样，每个单元按其最小值判断：边界可能偏离至多一个单元。`,
    );
  });
});

describe('toStripView', () => {
  it('draws the serverless strip over nodes: bands, numbered boundaries, the current value', () => {
    const { strip, ctx } = seedResults('serverless', 'en', {}, 'nodes');
    const view = toStripView(strip, ctx);
    expect(view.bands.map((b) => [b.x1, b.x2, b.cells])).toEqual([
      [
        1,
        2,
        ['1', '1', 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm', 'meets the requirements'],
      ],
      [
        2,
        1001,
        [
          '2',
          '1,000',
          'K3s + WasmEdge + crun + etcd + flannel + OPA-Wasm',
          'meets the requirements',
        ],
      ],
      [
        1001,
        100_000,
        [
          '1,001',
          '100,000',
          'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
          'meets the requirements',
        ],
      ],
    ]);
    // The map's colours: its third #1 (Kubernetes + flannel, 516–563 MB) is not on the strip.
    expect(view.legend.map((l) => l.colour)).toEqual([
      'var(--series-1)',
      'var(--series-2)',
      'var(--series-4)',
    ]);
    expect(view.boundaries).toEqual([
      { at: 2, text: 'above 1 node: etcd' },
      { at: 1001, text: 'above 1,000 nodes: Kubernetes + Calico' },
    ]);
    expect(view.current).toBe(1);
    expect(view.currentNote).toBeNull();
    expect(view.summary).toBe(
      'Decision strip along Nodes: 3 stretches: 1 – 1: K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm; 2 – 1,000: K3s + WasmEdge + crun + etcd + flannel + OPA-Wasm; 1,001 – 100,000: Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm.',
    );
  });

  it('marks an unlimited cold-start bound at the end of its strip', () => {
    const { strip, ctx } = seedResults('default', 'zh', {}, 'coldStartMs');
    const view = toStripView(strip, ctx);
    expect(view.current).toBe(10_000);
    expect(view.currentNote).toBe('冷启动上限：不限——当前值标在条带末端。');
    expect(view.bands.map((b) => [b.cells[0], b.cells[1], b.cells[3], b.hatched])).toEqual([
      ['1 ms', '5 ms', '没有技术栈满足', true],
      ['6 ms', '9 ms', '部分满足', false],
      ['10 ms', '10,000 ms', '满足需求', false],
    ]);
    expect(view.boundaries).toEqual([]);
  });
});
