import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, type CatalogueError } from './catalogue-errors';
import { range, stars } from './fact-builders';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';
import { MAX_LIST_ITEMS, MAX_STACKS, stackCount, validateCatalogue } from './validate';

/** A deep copy of the seed to break in one place. */
const seedCopy = (): Catalogue => structuredClone(seedCatalogue);

const errorsOf = (input: unknown): CatalogueError[] => {
  const result = validateCatalogue(input);
  return result.ok ? [] : result.errors;
};

/** The errors as `path ← value: expected`, for compact exact assertions. */
const linesOf = (input: unknown): string[] =>
  errorsOf(input).map((e) => `${e.path} ← ${e.value}: ${e.expected}`);

describe('validateCatalogue on the seed', () => {
  it('accepts the seed catalogue and returns the parsed data', () => {
    const result = validateCatalogue(seedCatalogue);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.catalogue).toEqual(seedCatalogue);
      expect(result.catalogue).not.toBe(seedCatalogue);
    }
  });

  it('has the seed’s 17 technologies, per layer 2/3/2/3/3/4', () => {
    const ids = (layer: string) =>
      seedCatalogue.technologies.filter((t) => t.layer === layer).map((t) => t.id);
    expect(seedCatalogue.technologies).toHaveLength(17);
    expect(ids('orchestration')).toEqual(['kubernetes', 'k3s']);
    expect(ids('runtime')).toEqual(['docker', 'containerd', 'wasmedge']);
    expect(ids('ociRuntime')).toEqual(['runc', 'crun']);
    expect(ids('storage')).toEqual(['etcd', 'sqlite', 'external-db']);
    expect(ids('network')).toEqual(['flannel', 'calico', 'cilium']);
    expect(ids('policy')).toEqual(['opa', 'opa-wasm', 'kyverno', 'gatekeeper']);
  });

  it('has the 8 cases of 17.5.1–17.5.8 and the 6 dimensions of 17.6.1 weighted 3/3/2/2/2/1', () => {
    expect(seedCatalogue.cases.map((c) => c.section)).toEqual([
      '17.5.1',
      '17.5.2',
      '17.5.3',
      '17.5.4',
      '17.5.5',
      '17.5.6',
      '17.5.7',
      '17.5.8',
    ]);
    expect(seedCatalogue.dimensions.map((d) => [d.id, d.defaultWeight])).toEqual([
      ['resource', 3],
      ['performance', 3],
      ['scale', 2],
      ['availability', 2],
      ['cost', 2],
      ['maturity', 1],
    ]);
  });

  it('cites an existing section for every technology fact', () => {
    const known = new Set(seedCatalogue.sections.map((s) => s.id));
    const citations = seedCatalogue.technologies.flatMap((t) =>
      Object.entries(t.facts).map(([key, f]) => `${t.id}.${key} → ${f.source}`),
    );
    expect(citations.length).toBeGreaterThan(100);
    expect(citations.filter((c) => !known.has(c.split(' → ')[1] ?? ''))).toEqual([]);
  });
});

describe('validateCatalogue on broken catalogues', () => {
  it('names a dangling technology in a scenario, a case and a rule', () => {
    const cat = seedCopy();
    cat.scenarios[1]!.variants[0]!.stack.orchestration = ['nope'];
    cat.cases[0]!.stack.runtime = ['wasmedge', 'nope'];
    cat.compatibility[0]!.when = ['kubernetes', 'nope'];
    cat.compatibility[7]!.unless = ['ghost'];
    expect(linesOf(cat)).toEqual([
      'scenarios[1].variants[0].stack.orchestration[0] ← "nope": an existing technology id',
      'cases[0].stack.runtime[1] ← "nope": an existing technology id',
      'compatibility[0].when[1] ← "nope": an existing technology id',
      'compatibility[7].unless[0] ← "ghost": an existing technology id',
    ]);
  });

  it('names a citation of a section the catalogue does not have', () => {
    const cat = seedCopy();
    cat.technologies[1]!.facts.controlPlaneMemory!.source = '17.3.9';
    cat.cases[2]!.section = '17.5.99';
    expect(linesOf(cat)).toEqual([
      'technologies[1].facts.controlPlaneMemory.source ← "17.3.9": an existing section id (one of the catalogue’s sections)',
      'cases[2].section ← "17.5.99": an existing section id (one of the catalogue’s sections)',
    ]);
  });

  it('does not ask a user-entered fact, layer, dimension or rule to cite a section', () => {
    const cat = seedCopy();
    cat.technologies[1]!.facts.controlPlaneMemory!.source = 'user';
    cat.technologies[1]!.facts.controlPlaneMemory!.entered = { source: 'team estimate' };
    cat.layers[0]!.source = 'user';
    cat.layers[0]!.entered = { source: 'https://example.com/our-platform' };
    cat.dimensions[0]!.source = 'user';
    cat.dimensions[0]!.entered = { source: 'team decision' };
    cat.compatibility[0]!.source = 'user';
    cat.compatibility[0]!.entered = { source: 'benchmark 2026-11' };
    expect(validateCatalogue(cat).ok).toBe(true);
  });

  it('asks a user-entered item for the source the user typed', () => {
    const cat = seedCopy();
    cat.layers[0]!.source = 'user';
    cat.technologies[1]!.facts.controlPlaneMemory!.source = 'user';
    expect(linesOf(cat)).toEqual([
      'layers[0].entered ← (missing): the source the user entered ({ "source": "a URL, a benchmark, team estimate" })',
      'technologies[1].facts.controlPlaneMemory.entered ← (missing): the source the user entered ({ "source": "a URL, a benchmark, team estimate" })',
    ]);
  });

  it('rejects a star rating of 6 at its zod path', () => {
    const cat = seedCopy();
    cat.technologies[0]!.facts.maturityStars = stars(6, '17.2.4.1');
    expect(linesOf(cat)).toEqual([
      'technologies[0].facts.maturityStars.value ← 6: a number of at most 5',
    ]);
  });

  it('rejects a range whose min exceeds its max', () => {
    const cat = seedCopy();
    cat.technologies[2]!.facts.startTime = range(2000, 1000, 'ms', '17.3.2');
    const errors = errorsOf(cat);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('technologies[2].facts.startTime');
    expect(errors[0]!.expected).toBe('range min must not exceed max');
    expect(errors[0]!.value).toMatch(/^\{"kind":"range","min":2000,"max":1000,/);
    expect(errors[0]!.value.length).toBeLessThanOrEqual(80);
  });

  it('names the fact kinds, the units and a missing field in plain words', () => {
    const cat = seedCopy() as unknown as { technologies: Record<string, unknown>[] };
    const facts = cat.technologies[3]!.facts as Record<string, Record<string, unknown>>;
    facts.startTime = { kind: 'duration', value: 3, source: '17.3.2' };
    facts.imageSize = { kind: 'number', value: 3, unit: 'GB', source: '17.3.2' };
    delete cat.technologies[4]!.name;
    facts.bogus = { kind: 'bool', value: true, source: '17.3.2' };
    const lines = linesOf(cat);
    expect(lines).toContain(
      'technologies[3].facts.startTime.kind ← "duration": one of: number, range, stars, bool, level, policySupport, text, unknown',
    );
    expect(lines).toContain(
      'technologies[3].facts.imageSize.unit ← "GB": one of: MB, ms, nodes, pods/node, stars',
    );
    expect(lines).toContain('technologies[4].name ← (missing): a text');
    expect(lines.find((l) => l.startsWith('technologies[3].facts.bogus ← {"kind":"bool"'))).toMatch(
      /: a known fact key \(one of: githubStars, latestVersion, /,
    );
  });

  it('reports duplicate ids of every collection, layers and dimensions included', () => {
    const cat = seedCopy();
    cat.technologies.push(structuredClone(cat.technologies[1]!));
    cat.scenarios.push(structuredClone(cat.scenarios[1]!));
    cat.cases.push(structuredClone(cat.cases[7]!));
    cat.compatibility.push(structuredClone(cat.compatibility[2]!));
    cat.layers.push(structuredClone(cat.layers[2]!));
    cat.dimensions.push(structuredClone(cat.dimensions[5]!));
    expect(linesOf(cat)).toEqual([
      'layers[6].id ← "ociRuntime": a unique id (layers[2].id has it)',
      'technologies[17].id ← "k3s": a unique id (technologies[1].id has it)',
      'dimensions[6].id ← "maturity": a unique id (dimensions[5].id has it)',
      'scenarios[6].id ← "edge": a unique id (scenarios[1].id has it)',
      'cases[8].id ← "second-state": a unique id (cases[7].id has it)',
      'compatibility[8].id ← "wasmedge-needs-crun": a unique id (compatibility[2].id has it)',
    ]);
  });

  it('refuses reserved ids, a technology in no layer and weights of unknown dimensions', () => {
    const cat = seedCopy();
    cat.scenarios[0]!.id = '__proto__';
    cat.scenarios[2]!.variants[0]!.id = 'constructor';
    cat.compatibility[1]!.id = 'prototype';
    cat.technologies.push({
      ...structuredClone(cat.technologies[0]!),
      id: 'kong',
      layer: 'gateway',
    });
    cat.scenarios[3]!.weights.security = 4;
    expect(linesOf(cat)).toEqual([
      // `__proto__` is no short id (letters, digits and -): refused by its shape already.
      'scenarios[0].id ← "__proto__": a short id: letters, digits and -',
      'compatibility[1].id ← "prototype": an id other than __proto__, constructor, prototype',
      'technologies[17].layer ← "gateway": an existing layer id',
      'scenarios[2].variants[0].id ← "constructor": an id other than __proto__, constructor, prototype',
      'scenarios[3].weights.security ← "security": a key that is an existing dimension id',
    ]);
  });

  it('refuses scenario, variant and case ids that could alter a share link or a label', () => {
    const cat = seedCopy();
    cat.scenarios[3]!.id = 'x&catalogue=https://evil.example/c.json#';
    cat.scenarios[2]!.variants[0]!.id = 'a b';
    cat.cases[0]!.id = '"]-->X["';
    expect(linesOf(cat)).toEqual([
      'scenarios[2].variants[0].id ← "a b": a short id: letters, digits and -',
      'scenarios[3].id ← "x&catalogue=https://evil.example/c.json#": a short id: letters, digits and -',
      'cases[0].id ← "\\"]-->X[\\"": a short id: letters, digits and -',
    ]);
  });

  it('reports a technology listed under the wrong layer', () => {
    const cat = seedCopy();
    cat.scenarios[1]!.variants[0]!.stack.runtime = ['crun'];
    cat.decisionMatrix[0]!.stack.storage = ['flannel'];
    cat.cases[1]!.stack.gateway = ['kong'];
    expect(linesOf(cat)).toEqual([
      'scenarios[1].variants[0].stack.runtime[0] ← "crun": a technology of layer runtime ("crun" is in layer ociRuntime)',
      'cases[1].stack.gateway ← "gateway": a key that is an existing layer id',
      'decisionMatrix[0].stack.storage[0] ← "flannel": a technology of layer storage ("flannel" is in layer network)',
    ]);
  });

  it('reports a layer left without technologies and a hybrid tier naming no scenario', () => {
    const cat = seedCopy();
    cat.technologies = cat.technologies.filter((t) => t.layer !== 'ociRuntime');
    cat.scenarios[5]!.tiers = { central: 'large-scale', edge: 'far-edge' };
    const unknown = (path: string, id: string) => `${path} ← "${id}": an existing technology id`;
    expect(linesOf(cat)).toEqual([
      'layers[2].id ← "ociRuntime": a layer with at least one technology',
      unknown('scenarios[0].variants[0].stack.ociRuntime[0]', 'runc'),
      unknown('scenarios[1].variants[0].stack.ociRuntime[0]', 'crun'),
      unknown('scenarios[2].variants[0].stack.ociRuntime[0]', 'crun'),
      unknown('scenarios[2].variants[1].stack.ociRuntime[0]', 'crun'),
      unknown('scenarios[3].variants[0].stack.ociRuntime[0]', 'crun'),
      unknown('scenarios[3].variants[1].stack.ociRuntime[0]', 'crun'),
      unknown('scenarios[4].variants[0].stack.ociRuntime[0]', 'runc'),
      unknown('scenarios[5].variants[0].stack.ociRuntime[0]', 'runc'),
      unknown('scenarios[5].variants[1].stack.ociRuntime[0]', 'crun'),
      'scenarios[5].tiers.edge ← "far-edge": an existing scenario id',
      unknown('cases[0].stack.ociRuntime[0]', 'crun'),
      unknown('cases[1].stack.ociRuntime[0]', 'crun'),
      unknown('cases[2].stack.ociRuntime[0]', 'crun'),
      unknown('cases[3].stack.ociRuntime[0]', 'crun'),
      unknown('cases[4].stack.ociRuntime[0]', 'crun'),
      unknown('compatibility[2].when[1]', 'runc'),
    ]);
  });
});

describe('validateCatalogue on catalogues too large to rank', () => {
  it('refuses more than 2,000,000 stacks and says how many the catalogue makes', () => {
    const cat = seedCopy();
    // 2 × 3 × 2 × 3 × 3 × 4 = 432 seed stacks; four layers of ten more make 4,320,000.
    for (let l = 0; l < 4; l++) {
      cat.layers.push({
        id: `extra${l}`,
        name: { zh: `层${l}`, en: `Layer ${l}` },
        source: '17.3.1',
      });
      for (let t = 0; t < 10; t++)
        cat.technologies.push({
          id: `x${l}-${t}`,
          layer: `extra${l}`,
          name: `X${l}-${t}`,
          summary: { zh: 'x', en: 'x' },
          facts: {},
        });
    }
    expect(stackCount(cat)).toBe(4_320_000);
    expect(linesOf(cat)).toEqual([
      "technologies ← 4,320,000 stacks: at most 2,000,000 stacks (one technology per layer: the product of the layers' technology counts)",
    ]);
    expect(MAX_STACKS).toBe(2_000_000);
  });

  it('counts the seed’s 432 stacks (2 × 3 × 2 × 3 × 3 × 4)', () => {
    expect(stackCount(seedCatalogue)).toBe(432);
  });
});

describe('validateCatalogue on hostile input', () => {
  it('refuses a list of a million items at once, with one error, before checking its items', () => {
    const huge = { ...seedCopy(), technologies: Array.from({ length: 1_000_000 }, (_, i) => i) };
    const result = validateCatalogue(huge);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      path: 'technologies',
      expected: `at most ${MAX_LIST_ITEMS} items`,
    });
  });

  it('finds an oversized list nested inside an item, and lets lists of the allowed size through to the schema', () => {
    const nested = seedCopy() as unknown as { technologies: { notes: unknown }[] };
    nested.technologies[2]!.notes = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => 'x');
    const result = validateCatalogue(nested);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['technologies[2].notes']);
    const atLimit = { ...seedCopy(), cases: Array.from({ length: MAX_LIST_ITEMS }, () => 0) };
    const limited = validateCatalogue(atLimit);
    expect(limited.ok).toBe(false);
    // The schema's own limit speaks for a list of allowed length: cases hold at most 500.
    if (!limited.ok)
      expect(limited.errors.some((e) => e.expected === 'at most 500 items')).toBe(true);
  });

  it('returns errors for garbage, never throws', () => {
    expect(linesOf(null)).toEqual(['(root) ← null: an object']);
    expect(linesOf('catalogue')).toEqual(['(root) ← "catalogue": an object']);
    expect(linesOf({ technologies: 'x' })).toContain('technologies ← "x": a list');
    expect(linesOf({})).toContain('sections ← (missing): a list');
  });

  it('previews a 50 MB string in at most 80 characters', () => {
    const cat = seedCopy() as unknown as { technologies: Record<string, unknown>[] };
    cat.technologies[0]!.name = 'x'.repeat(50 * 1024 * 1024);
    const errors = errorsOf(cat);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('technologies[0].name');
    expect(errors[0]!.expected).toBe('a text of at most 80 characters');
    expect(errors[0]!.value).toBe(`"${'x'.repeat(78)}…`);
  });

  it('survives deep nesting where a text is expected', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cat = seedCopy() as unknown as { sections: Record<string, unknown>[] };
    cat.sections[0]!.title = { zh: deep, en: { a: { b: { c: deep } } } };
    const lines = linesOf(cat);
    expect(lines[0]).toBe(`sections[0].title.zh ← ${'['.repeat(9)}…${']'.repeat(9)}: a text`);
    expect(lines[1]).toBe('sections[0].title.en ← {"a":{"b":{"c":[[[[[[…]]]]]]}}}: a text');
  });

  it('turns __proto__ keys into errors without polluting any prototype', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ) as unknown;
    const lines = linesOf(hostile);
    expect(lines[0]).toBe('__proto__ ← {"polluted":true}: a key other than __proto__');
    expect(lines).toContain('sections ← (missing): a list');

    // Records (weights, facts) and objects: zod would drop these keys silently.
    const cat = JSON.parse(JSON.stringify(seedCatalogue)) as {
      scenarios: { weights: object }[];
      technologies: { facts: object }[];
    };
    const own = (target: object, value: unknown) =>
      Object.defineProperty(target, '__proto__', { value, enumerable: true });
    own(cat.scenarios[0]!.weights, 3);
    own(cat.technologies[0]!.facts, JSON.parse('{"__proto__": {"polluted": true}}'));
    own(cat, { polluted: true });
    expect(linesOf(cat)).toEqual([
      '__proto__ ← {"polluted":true}: a key other than __proto__',
      'technologies[0].facts.__proto__ ← {"__proto__":{"polluted":true}}: a key other than __proto__',
      'scenarios[0].weights.__proto__ ← 3: a key other than __proto__',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('finds a __proto__ key under deep nesting without overflowing the stack', () => {
    let deep: unknown = JSON.parse('{"__proto__": 1}');
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    const errors = errorsOf({ ...seedCopy(), extra: deep });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe(`extra${'.a'.repeat(11)}.…${'.a'.repeat(11)}.__proto__`);
  });

  it('lists at most MAX_ERRORS errors and counts the rest', () => {
    const cat = seedCopy();
    cat.compatibility[0]!.when = Array.from({ length: 250 }, (_, i) => `ghost-${i}`);
    cat.compatibility[0]!.when.length = 12;
    for (let i = 0; i < 20; i++) cat.compatibility.push({ ...cat.compatibility[0]!, id: `r${i}` });
    const errors = errorsOf(cat);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors[MAX_ERRORS]).toEqual({
      path: '…',
      value: `${21 * 12 - MAX_ERRORS} more errors`,
      expected: 'the errors above fixed first',
    });
  });
});
