import { describe, expect, it } from 'vitest';

import { formatCatalogueError } from './catalogue-errors';
import { layers as seedLayers } from './layers';
import { CATALOGUE_LIMITS } from './schema';
import {
  parseSyntheticSeed,
  parseSyntheticSize,
  prng,
  syntheticCatalogue,
  syntheticCatalogueOfCounts,
  syntheticStackCount,
  type SyntheticSize,
} from './synthetic';
import { stackCount, validateCatalogue } from './validate';

/** Every size the parser accepts: options 1…100 in 1…8 layers, at most 2,000,000 stacks. */
function allowedSizes(): SyntheticSize[] {
  const sizes: SyntheticSize[] = [];
  for (let layers = 1; layers <= 8; layers++)
    for (let options = 1; options <= 100; options++)
      if (options ** layers <= CATALOGUE_LIMITS.stacks) sizes.push({ options, layers });
  return sizes;
}

/** The validation problems of a catalogue, as lines (none when it passes). */
const problems = (catalogue: unknown) => {
  const result = validateCatalogue(catalogue);
  return result.ok ? [] : result.errors.map(formatCatalogueError);
};

describe('prng (mulberry32)', () => {
  it('draws the same numbers from the same seed, in [0, 1)', () => {
    const a = prng(17);
    const b = prng(17);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    expect(drawn.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(prng(18)()).not.toBe(drawn[0]);
  });
});

describe('syntheticCatalogue', () => {
  it('10x6: the seed’s six layers in order, ten technologies each, 1,000,000 stacks', () => {
    const cat = syntheticCatalogue({ options: 10, layers: 6 });
    expect(cat.layers).toEqual(seedLayers);
    expect(cat.technologies).toHaveLength(60);
    expect(stackCount(cat)).toBe(1_000_000);
    expect(syntheticStackCount({ options: 10, layers: 6 })).toBe(1_000_000);
    expect(cat.technologies.filter((t) => t.layer === 'ociRuntime').map((t) => t.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `oci-runtime-${i + 1}`),
    );
    const first = cat.technologies[0]!;
    expect(first).toMatchObject({
      id: 'orchestration-1',
      layer: 'orchestration',
      name: 'Orchestration 1',
      summary: {
        zh: '编排层的合成技术 1（随机种子 17）。',
        en: 'Synthetic technology 1 of the Orchestration layer (seed 17).',
      },
    });
    expect(Object.keys(first.facts)).toEqual([
      'maturityStars',
      'productionStars',
      'communityStars',
      'nodeRange',
      'controlPlaneMemory',
      'bundledComponents',
      'offline',
    ]);
    // Synthetic facts cite no seed section: they are entered, with the generator as source.
    expect(first.facts.maturityStars).toMatchObject({
      kind: 'stars',
      source: 'user',
      entered: { source: 'synthetic catalogue, seed 17' },
    });
    expect(problems(cat)).toEqual([]);
  });

  it('6x8: two new layers of generic technologies (stars only), 1,679,616 stacks', () => {
    const cat = syntheticCatalogue({ options: 6, layers: 8 });
    expect(cat.layers.slice(0, 6)).toEqual(seedLayers);
    expect(cat.layers.slice(6)).toEqual([
      {
        id: 'layer-7',
        name: { zh: '第 7 层', en: 'Layer 7' },
        source: 'user',
        entered: { source: 'synthetic catalogue, seed 17' },
      },
      {
        id: 'layer-8',
        name: { zh: '第 8 层', en: 'Layer 8' },
        source: 'user',
        entered: { source: 'synthetic catalogue, seed 17' },
      },
    ]);
    const l7 = cat.technologies.filter((t) => t.layer === 'layer-7');
    expect(l7.map((t) => [t.id, t.name])).toEqual(
      Array.from({ length: 6 }, (_, i) => [`layer-7-${i + 1}`, `Layer 7 · ${i + 1}`]),
    );
    expect(l7[0]!.summary.zh).toBe('第 7 层的合成技术 1（随机种子 17）。');
    expect(
      l7.every(
        (t) => Object.keys(t.facts).join() === 'maturityStars,productionStars,communityStars',
      ),
    ).toBe(true);
    expect(stackCount(cat)).toBe(1_679_616);
    expect(syntheticStackCount({ options: 6, layers: 8 })).toBe(1_679_616);
    expect(problems(cat)).toEqual([]);
  });

  it('100x3: three layers of a hundred, 1,000,000 stacks', () => {
    const cat = syntheticCatalogue({ options: 100, layers: 3 });
    expect(cat.layers.map((l) => l.id)).toEqual(['orchestration', 'runtime', 'ociRuntime']);
    expect(cat.technologies).toHaveLength(300);
    expect(stackCount(cat)).toBe(1_000_000);
    expect(problems(cat)).toEqual([]);
  });

  it('passes validateCatalogue at every allowed size, with exactly options^layers stacks', () => {
    const sizes = allowedSizes();
    // 100 sizes each of 1, 2 and 3 layers; then 37, 18, 11, 7 and 6 options at most.
    expect(sizes).toHaveLength(100 + 100 + 100 + 37 + 18 + 11 + 7 + 6);
    for (const size of sizes) {
      const cat = syntheticCatalogue(size);
      expect([`${size.options}x${size.layers}`, ...problems(cat)]).toEqual([
        `${size.options}x${size.layers}`,
      ]);
      expect(stackCount(cat)).toBe(syntheticStackCount(size));
    }
  });

  it('is deterministic: the same size and seed give deep-equal catalogues', () => {
    expect(syntheticCatalogue({ options: 10, layers: 6, seed: 5 })).toEqual(
      syntheticCatalogue({ options: 10, layers: 6, seed: 5 }),
    );
    expect(syntheticCatalogue({ options: 3, layers: 4 })).toEqual(
      syntheticCatalogue({ options: 3, layers: 4, seed: 17 }),
    );
  });

  it('draws other facts from another seed, with the same ids and names', () => {
    const a = syntheticCatalogue({ options: 10, layers: 6, seed: 17 });
    const b = syntheticCatalogue({ options: 10, layers: 6, seed: 18 });
    expect(b.technologies.map((t) => [t.id, t.name])).toEqual(
      a.technologies.map((t) => [t.id, t.name]),
    );
    const facts = (c: typeof a) => c.technologies.map((t) => t.facts.maturityStars);
    expect(facts(b)).not.toEqual(facts(a));
    expect(b.technologies[0]!.facts.maturityStars!.entered).toEqual({
      source: 'synthetic catalogue, seed 18',
    });
    expect(problems(b)).toEqual([]);
  });

  it('has two invalid rules, warnings and one with an exception, over technologies of the catalogue', () => {
    const cat = syntheticCatalogue({ options: 10, layers: 6 });
    expect(
      cat.compatibility.map((r) => [r.id, r.severity, r.when.length, r.unless?.length ?? 0]),
    ).toEqual([
      ['rule-1', 'invalid', 2, 0],
      ['rule-2', 'invalid', 2, 0],
      ['rule-3', 'warning', 1, 0],
      ['rule-4', 'warning', 2, 0],
      ['rule-5', 'warning', 1, 1],
    ]);
    const layerOf = new Map(cat.technologies.map((t) => [t.id, t.layer]));
    expect(cat.compatibility.map((r) => r.when.map((id) => layerOf.get(id)))).toEqual([
      ['orchestration', 'storage'],
      ['runtime', 'ociRuntime'],
      ['network'],
      ['storage', 'policy'],
      ['policy'],
    ]);
    expect(cat.compatibility[4]!.unless!.map((id) => layerOf.get(id))).toEqual(['runtime']);
    expect(cat.cases).toHaveLength(8);
    expect(cat.scenarios.map((s) => [s.id, s.variants.length])).toEqual([['default', 0]]);
  });

  it('layers 7 and 8 add a rule each', () => {
    const ids = (layers: number) =>
      syntheticCatalogue({ options: 4, layers }).compatibility.map((r) => `${r.id} ${r.severity}`);
    expect(ids(7)).toEqual([
      'rule-1 invalid',
      'rule-2 invalid',
      'rule-3 warning',
      'rule-4 warning',
      'rule-5 warning',
      'rule-6 invalid',
    ]);
    expect(ids(8)).toEqual([...ids(7), 'rule-7 warning']);
  });

  it('leaves out an invalid rule that would exclude every stack (one option per layer)', () => {
    const cat = syntheticCatalogue({ options: 1, layers: 6 });
    expect(cat.compatibility.map((r) => r.severity)).toEqual(['warning', 'warning', 'warning']);
    // One layer: the rules wrap around to it; a pair in one layer becomes one technology.
    const one = syntheticCatalogue({ options: 5, layers: 1 });
    expect(one.compatibility.every((r) => r.when.length === 1 && r.unless === undefined)).toBe(
      true,
    );
  });

  it('refuses sizes and seeds out of range', () => {
    expect(() => syntheticCatalogue({ options: 0, layers: 6 })).toThrow(RangeError);
    expect(() => syntheticCatalogue({ options: 101, layers: 1 })).toThrow(RangeError);
    expect(() => syntheticCatalogue({ options: 10, layers: 9 })).toThrow(RangeError);
    expect(() => syntheticCatalogue({ options: 100, layers: 4 })).toThrow(RangeError);
    expect(() => syntheticCatalogue({ options: 2, layers: 2, seed: -1 })).toThrow(RangeError);
    expect(() => syntheticCatalogue({ options: 2, layers: 2, seed: 1.5 })).toThrow(RangeError);
  });

  it('takes uneven counts per layer (the benchmarks’ 10^5: five layers of ten, one policy)', () => {
    const cat = syntheticCatalogueOfCounts([10, 10, 10, 10, 10, 1]);
    expect(stackCount(cat)).toBe(100_000);
    expect(cat.technologies.filter((t) => t.layer === 'policy').map((t) => t.id)).toEqual([
      'policy-1',
    ]);
    expect(problems(cat)).toEqual([]);
  });
});

describe('parseSyntheticSize', () => {
  it('reads <options>x<layers>', () => {
    expect(parseSyntheticSize('10x6')).toEqual({ ok: true, options: 10, layers: 6 });
    expect(parseSyntheticSize('6x8')).toEqual({ ok: true, options: 6, layers: 8 });
    expect(parseSyntheticSize('100x3')).toEqual({ ok: true, options: 100, layers: 3 });
    expect(parseSyntheticSize('1x1')).toEqual({ ok: true, options: 1, layers: 1 });
    expect(parseSyntheticSize('3x4')).toEqual({ ok: true, options: 3, layers: 4 });
    expect(parseSyntheticSize('37x4')).toEqual({ ok: true, options: 37, layers: 4 });
  });

  it.each([
    ['', 'format'],
    ['abc', 'format'],
    ['10', 'format'],
    ['10x', 'format'],
    ['x6', 'format'],
    ['10X6', 'format'],
    ['10×6', 'format'],
    ['10 x 6', 'format'],
    [' 10x6', 'format'],
    ['10x6 ', 'format'],
    ['+10x6', 'format'],
    ['-1x6', 'format'],
    ['10.5x6', 'format'],
    ['10x6.0', 'format'],
    ['1e1x6', 'format'],
    ['010x6', 'format'],
    ['10x6x2', 'format'],
    ['１０x６', 'format'],
    ['1234567x6', 'format'],
    ['0x6', 'options'],
    ['101x1', 'options'],
    ['1000x6', 'options'],
    ['10x0', 'layers'],
    ['10x9', 'layers'],
    ['10x99', 'layers'],
    ['100x4', 'stacks'],
    ['38x4', 'stacks'],
    ['12x6', 'stacks'],
    ['8x7', 'stacks'],
    ['7x8', 'stacks'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseSyntheticSize(text)).toEqual({ ok: false, error });
  });
});

describe('syntheticStackCount', () => {
  it('is options^layers', () => {
    expect(syntheticStackCount({ options: 3, layers: 4 })).toBe(81);
    expect(syntheticStackCount({ options: 11, layers: 6 })).toBe(1_771_561);
    expect(syntheticStackCount({ options: 12, layers: 6 })).toBe(2_985_984);
    expect(syntheticStackCount({ options: 1, layers: 8 })).toBe(1);
  });
});

describe('parseSyntheticSeed', () => {
  it('reads whole numbers from 0 to 4,294,967,295', () => {
    expect(parseSyntheticSeed('0')).toBe(0);
    expect(parseSyntheticSeed('17')).toBe(17);
    expect(parseSyntheticSeed('4294967295')).toBe(4_294_967_295);
  });

  it.each(['', '-1', '4294967296', '1.5', '1e3', '017', ' 17', 'abc', '99999999999'])(
    'refuses %j',
    (text) => {
      expect(parseSyntheticSeed(text)).toBeNull();
    },
  );
});
