import { describe, expect, it } from 'vitest';

import { layers } from '../../catalogue/layers';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import type { LayerId, Technology } from '../../catalogue/types';
import { groupTechnologies, matchesQuery } from './group-technologies';

const makeTechnology = (overrides: Partial<Technology> & { id: string }): Technology => ({
  layer: 'runtime',
  name: overrides.id,
  summary: { zh: '', en: '' },
  facts: {},
  ...overrides,
});

describe('matchesQuery', () => {
  const opaWasm = makeTechnology({ id: 'opa-wasm', name: 'OPA-Wasm', layer: 'policy' });

  it('matches everything on a blank query', () => {
    expect(matchesQuery(opaWasm, '')).toBe(true);
    expect(matchesQuery(opaWasm, '   ')).toBe(true);
  });

  it('ignores case, spaces and punctuation', () => {
    for (const q of ['opa', 'OPA-WASM', 'opa wasm', 'opawasm', 'Wasm']) {
      expect(matchesQuery(opaWasm, q)).toBe(true);
    }
    expect(matchesQuery(opaWasm, 'kyverno')).toBe(false);
  });

  it('also finds a technology by its id', () => {
    expect(
      matchesQuery(makeTechnology({ id: 'external-db', name: 'External DB' }), 'external-d'),
    ).toBe(true);
  });
});

describe('groupTechnologies', () => {
  it('groups the seed catalogue by layer, in layer order', () => {
    const groups = groupTechnologies(seedCatalogue.technologies, layers, '');
    expect(groups.map((g) => g.layer.id)).toEqual<LayerId[]>([
      'orchestration',
      'runtime',
      'ociRuntime',
      'storage',
      'network',
      'policy',
    ]);
    expect(groups[0]!.technologies.map((t) => t.id)).toEqual(['kubernetes', 'k3s']);
    expect(groups.reduce((n, g) => n + g.technologies.length, 0)).toBe(
      seedCatalogue.technologies.length,
    );
  });

  it('drops layers with no match', () => {
    const groups = groupTechnologies(seedCatalogue.technologies, layers, 'wasm');
    expect(groups.map((g) => [g.layer.id, g.technologies.map((t) => t.id)])).toEqual([
      ['runtime', ['wasmedge']],
      ['policy', ['opa-wasm']],
    ]);
  });

  it('returns no groups when nothing matches', () => {
    expect(groupTechnologies(seedCatalogue.technologies, layers, 'zzz')).toEqual([]);
  });
});
