import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { StabilityInterval } from '../../engine/analysis/stability';
import type { Sweep } from '../../engine/analysis/sweep';
import { sensitivityMessages } from './messages';
import { toSweepView, undrawnTakers } from './to-sweep-view';

const names = namesOf(seedCatalogue);
const A = 'k3s+wasmedge+crun+etcd+calico+opa-wasm';
const B = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const C = 'k3s+wasmedge+crun+etcd+flannel+opa-wasm';

// 21 samples, 0 … 5 by 0.25: A rises, B falls, C (B's twin in everything but one figure) too.
const values = Array.from({ length: 21 }, (_, p) => p / 4);
const sweep: Sweep = {
  dimension: 'scale',
  values,
  series: [
    { id: A, scores: values.map((x) => 0.6 + 0.02 * x) },
    { id: B, scores: values.map((x) => 0.7 - 0.02 * x) },
    { id: C, scores: values.map((x) => 0.69 - 0.018 * x) },
  ],
  crossings: [
    { at: 2.5, share: 0.2, a: B, b: A, score: 0.65 },
    { at: 2.5, share: 0.2, a: C, b: A, score: 0.65 },
  ],
  exact: true,
};

describe('toSweepView', () => {
  it('draws scores in points, lines by rank with a colour and dash each', () => {
    const view = toSweepView(sweep, 2, names, 'en', sensitivityMessages.en);
    expect(view.name).toBe('Scale');
    expect(view.max).toBe(5);
    expect(view.current).toBe(2);
    expect(view.data).toHaveLength(21);
    expect(view.data[4]).toEqual({ x: 1, s0: 62, s1: 68, s2: 67.2 });
    expect(view.series.map((s) => [s.key, s.rank, s.colour, s.dash])).toEqual([
      ['s0', 1, 'var(--series-1)', ''],
      ['s1', 2, 'var(--series-2)', '8 4'],
      ['s2', 3, 'var(--series-3)', '2 3'],
    ]);
    expect(view.series[1]!.name).toBe('K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm');
    // 60 … 70 points: padded to whole ticks of 2, one more where a bound is on a tick.
    expect(view.domain).toEqual([58, 72]);
    expect(view.ticks).toEqual([58, 60, 62, 64, 66, 68, 70, 72]);
  });

  it('numbers the crossings, one dot where two coincide, and says what happens there', () => {
    const view = toSweepView(sweep, 2, names, 'en', sensitivityMessages.en);
    expect(view.crossings.map((c) => c.text)).toEqual([
      'At 2.5 (share 20 %): K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm overtakes K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm, both at 65.0.',
      'At 2.5 (share 20 %): K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm overtakes K3s + WasmEdge + crun + etcd + flannel + OPA-Wasm, both at 65.0.',
    ]);
    expect(view.dots).toEqual([{ key: '2.5/65', x: 2.5, y: 65, label: '1, 2', position: 'top' }]);
  });

  it('thins the table twin to the half steps; states exact or sampled; sums up', () => {
    const view = toSweepView(sweep, 2, names, 'en', sensitivityMessages.en);
    expect(view.table.heads).toEqual([
      '0',
      '0.5',
      '1',
      '1.5',
      '2',
      '2.5',
      '3',
      '3.5',
      '4',
      '4.5',
      '5',
    ]);
    expect(view.table.rows[0]!.cells).toEqual([
      '60.0',
      '61.0',
      '62.0',
      '63.0',
      '64.0',
      '65.0',
      '66.0',
      '67.0',
      '68.0',
      '69.0',
      '70.0',
    ]);
    expect(view.note).toBe(
      'Exact: the lines are drawn through 21 points; every crossing is solved in closed form.',
    );
    expect(view.summary).toBe(
      'Scores of the top 3 stacks as Scale sweeps 0 … 5, now 2: 2 crossings.',
    );
    const sampled = toSweepView({ ...sweep, exact: false }, 2, names, 'zh', sensitivityMessages.zh);
    expect(sampled.note).toBe('采样：曲线经过 21 个点绘制，交叉点在点与点之间查找，可能有遗漏。');
    expect(sampled.crossings[0]!.text).toBe(
      '2.5（占比 20%）处：K3s + WasmEdge + crun + etcd + Calico + OPA-Wasm 超过 K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm，两者均为 65.0 分。',
    );
  });

  it('copes with an empty sweep (nothing ranked)', () => {
    const view = toSweepView(
      { ...sweep, series: [], crossings: [] },
      2,
      names,
      'en',
      sensitivityMessages.en,
    );
    expect(view.domain).toEqual([0, 100]);
    expect(view.dots).toEqual([]);
    expect(view.table.rows).toEqual([]);
  });
});

describe('undrawnTakers', () => {
  const K8S = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';
  const interval: StabilityInterval = {
    dimension: 'scale',
    value: 2,
    low: 1.867009998,
    high: 4.620529429,
    valueShare: 0.15,
    lowShare: 0.145,
    highShare: 0.296,
    below: B,
    above: K8S,
  };

  it('names the takers of #1 at the interval’s ends that have no line', () => {
    expect(undrawnTakers(interval, sweep, names, 'en', sensitivityMessages.en)).toEqual([
      'Not drawn: Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm takes #1 above 4.63, but is not in the top 5 now, so the chart has no line for it.',
    ]);
    expect(undrawnTakers(interval, sweep, names, 'zh', sensitivityMessages.zh)).toEqual([
      '未绘出：Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm 在高于 4.63 时成为第 1，但目前不在前 5 名，图中没有它的曲线。',
    ]);
  });

  it('is empty when every taker is drawn, nobody takes over, or the interval is another weight’s', () => {
    expect(
      undrawnTakers({ ...interval, above: A }, sweep, names, 'en', sensitivityMessages.en),
    ).toEqual([]);
    expect(
      undrawnTakers(
        { ...interval, below: null, above: null },
        sweep,
        names,
        'en',
        sensitivityMessages.en,
      ),
    ).toEqual([]);
    expect(
      undrawnTakers({ ...interval, dimension: 'cost' }, sweep, names, 'en', sensitivityMessages.en),
    ).toEqual([]);
    expect(undrawnTakers(undefined, sweep, names, 'en', sensitivityMessages.en)).toEqual([]);
  });
});
