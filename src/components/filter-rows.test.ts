import { describe, expect, it } from 'vitest';

import type { LayerId } from '../catalogue/types';
import { layerChoice, withLayerChoice } from './filter-rows';

const LAYERS: Record<string, LayerId> = {
  k3s: 'orchestration',
  kubernetes: 'orchestration',
  wasmedge: 'runtime',
  flannel: 'network',
  cilium: 'network',
};
const layerOf = (id: string) => LAYERS[id];

describe('layerChoice / withLayerChoice', () => {
  it('reads the choice of a layer', () => {
    expect(layerChoice(['k3s', 'flannel'], 'network', layerOf)).toBe('flannel');
    expect(layerChoice(['k3s'], 'runtime', layerOf)).toBe('');
  });

  it('replaces the choice of a layer and keeps the others', () => {
    expect(withLayerChoice(['k3s', 'flannel'], 'network', 'cilium', layerOf)).toEqual([
      'k3s',
      'cilium',
    ]);
  });

  it('clears a layer with an empty choice', () => {
    expect(withLayerChoice(['k3s', 'flannel'], 'orchestration', '', layerOf)).toEqual(['flannel']);
  });
});
