import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { StackParts } from '../../engine/types';
import { patternFit, patternSection } from './pattern-fit';

const scenario = (id: string) => seedCatalogue.scenarios.find((s) => s.id === id)!;

const EDGE_STACK: StackParts = {
  orchestration: 'k3s',
  runtime: 'wasmedge',
  ociRuntime: 'crun',
  storage: 'sqlite',
  network: 'flannel',
  policy: 'opa-wasm',
};

describe('patternFit', () => {
  it('accepts the 17.4.2 edge stack for the edge scenario', () => {
    expect(patternFit(EDGE_STACK, scenario('edge'))).toEqual({ kind: 'fits', section: '17.4.2' });
  });

  it('names the layers that differ and what the seed allows there', () => {
    const parts = { ...EDGE_STACK, network: 'calico', storage: 'external-db' };
    expect(patternFit(parts, scenario('edge'))).toEqual({
      kind: 'differs',
      section: '17.4.2',
      layers: [
        { layer: 'storage', actual: 'external-db', expected: ['sqlite'] },
        { layer: 'network', actual: 'calico', expected: ['flannel'] },
      ],
    });
  });

  it('has nothing to compare for a scenario without a seed stack', () => {
    expect(patternFit(EDGE_STACK, scenario('default'))).toEqual({ kind: 'none' });
  });
});

describe('patternSection', () => {
  it('cites the scenario’s 17.4 case, else its first source', () => {
    expect(patternSection(scenario('large-scale'))).toBe('17.4.1');
    expect(patternSection(scenario('serverless'))).toBe('17.4.3');
    expect(patternSection(scenario('hybrid'))).toBe('17.2.2');
  });
});
