import { describe, expect, it } from 'vitest';

import { namesOf } from '../../catalogue/names';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { Stability, StabilityInterval } from '../../engine/analysis/stability';
import { sensitivityMessages } from './messages';
import { defaultSweepDimension, toIntervalRows } from './to-interval-rows';

const names = namesOf(seedCatalogue);
const K3S = 'k3s+wasmedge+crun+etcd+calico+opa-wasm';
const SQLITE = 'k3s+wasmedge+crun+sqlite+calico+opa-wasm';
const K8S = 'kubernetes+wasmedge+crun+etcd+calico+opa-wasm';

const interval = (over: Partial<StabilityInterval>): StabilityInterval => ({
  dimension: 'scale',
  value: 2,
  low: 0,
  high: 5,
  valueShare: 0.2,
  lowShare: 0,
  highShare: 0.5,
  below: null,
  above: null,
  ...over,
});

const stability: Stability = {
  top: K3S,
  intervals: [
    interval({
      dimension: 'scale',
      low: 1.867009998,
      high: 4.620529429,
      below: SQLITE,
      above: K8S,
    }),
    interval({ dimension: 'maturity', value: 1 }),
  ],
  nearest: {
    dimension: 'scale',
    direction: 'down',
    at: 1.867009998,
    share: 0.1451,
    top: K3S,
    replacement: SQLITE,
    distance: 0.133,
  },
  exact: true,
};

describe('toIntervalRows', () => {
  it('names each weight, its interval to hundredths and who takes over at each end', () => {
    expect(toIntervalRows(stability, names, 'en', sensitivityMessages.en)).toEqual([
      {
        dimension: 'scale',
        name: 'Scale',
        now: '2',
        low: '1.87',
        high: '4.62',
        below: 'K3s + WasmEdge + crun + sqlite + Calico + OPA-Wasm',
        above: 'Kubernetes + WasmEdge + crun + etcd + Calico + OPA-Wasm',
        nearest: 'down',
      },
      {
        dimension: 'maturity',
        name: 'Maturity',
        now: '1',
        low: '0',
        high: '5',
        below: 'nobody, down to 0',
        above: 'nobody, up to 5',
        nearest: null,
      },
    ]);
  });

  it('speaks Chinese, and has no rows without a #1', () => {
    const [scale, maturity] = toIntervalRows(stability, names, 'zh', sensitivityMessages.zh);
    expect(scale!.name).toBe('规模');
    expect(maturity!.below).toBe('无，直到 0');
    expect(maturity!.above).toBe('无，直到 5');
    const empty = { ...stability, top: null, nearest: null };
    expect(toIntervalRows(empty, names, 'en', sensitivityMessages.en)).toEqual([]);
  });
});

describe('defaultSweepDimension', () => {
  it('is the nearest reversal’s weight, else the first of the catalogue', () => {
    const ids = ['resource', 'scale', 'maturity'];
    expect(defaultSweepDimension(stability, ids)).toBe('scale');
    expect(defaultSweepDimension({ ...stability, nearest: null }, ids)).toBe('resource');
    expect(defaultSweepDimension(null, ids)).toBe('resource');
    expect(defaultSweepDimension(stability, ['cost'])).toBe('cost');
    expect(defaultSweepDimension(stability, [])).toBeNull();
  });
});
