import { describe, expect, it } from 'vitest';

import { SEED_DIMENSION_IDS } from '../../catalogue/ids';
import { layers } from '../../catalogue/layers';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { scoreTechnologies } from '../../engine/aggregate';
import { formatScore, patternLayers, toScoreCells } from './to-score-cells';

describe('formatScore', () => {
  it('shows a whole number out of 100, or a dash', () => {
    expect(formatScore(0)).toBe('0');
    expect(formatScore(0.666)).toBe('67');
    expect(formatScore(1)).toBe('100');
    expect(formatScore(null)).toBe('—');
  });
});

describe('toScoreCells', () => {
  it('lists every dimension in order, with a dash where the technology has no figure', () => {
    const table = scoreTechnologies(seedCatalogue);
    const cells = toScoreCells(table.get('crun'), SEED_DIMENSION_IDS);
    expect(cells.map((c) => c.dimension)).toEqual([
      'resource',
      'performance',
      'scale',
      'availability',
      'cost',
      'maturity',
    ]);
    const availability = cells.find((c) => c.dimension === 'availability')!;
    expect(availability).toMatchObject({ score: null, text: '—', metrics: [] });
  });

  it('scores sqlite as available offline only when offline is what counts', () => {
    const cells = toScoreCells(
      scoreTechnologies(seedCatalogue, {
        ...seedCatalogue.scenarios[0]!.requirements,
        offline: true,
      }).get('sqlite'),
      SEED_DIMENSION_IDS,
    );
    expect(cells.find((c) => c.dimension === 'availability')!.text).toBe('100');
  });

  it('copes with a missing row', () => {
    expect(toScoreCells(undefined, SEED_DIMENSION_IDS).every((c) => c.text === '—')).toBe(true);
  });

  it('follows the catalogue’s dimensions: a dimension the row lacks shows a dash', () => {
    const cells = toScoreCells(scoreTechnologies(seedCatalogue).get('crun'), [
      'maturity',
      'security',
    ]);
    expect(cells.map((c) => [c.dimension, c.text === '—'])).toEqual([
      ['maturity', false],
      ['security', true],
    ]);
  });
});

describe('patternLayers', () => {
  it('keeps the layer order and skips layers the pattern leaves open', () => {
    const order = layers.map((l) => l.id);
    expect(
      patternLayers({ policy: ['opa-wasm'], runtime: ['wasmedge'], storage: [] }, order),
    ).toEqual([
      { layer: 'runtime', ids: ['wasmedge'] },
      { layer: 'policy', ids: ['opa-wasm'] },
    ]);
  });
});
