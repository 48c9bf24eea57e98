import { describe, expect, it } from 'vitest';

import { createNames, namesOf } from './names';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';

const names = namesOf(seedCatalogue);

/** The seed with one extra gateway layer, a user technology in it and a layer named in one language only. */
const custom: Catalogue = {
  ...seedCatalogue,
  layers: [
    ...seedCatalogue.layers,
    { id: 'gateway', name: { zh: '', en: 'Gateway' }, source: '17.4.3' },
  ],
  technologies: [
    ...seedCatalogue.technologies,
    { id: 'kong', layer: 'gateway', name: 'Kong', summary: { zh: '', en: '' }, facts: {} },
  ],
};

describe('names of the seed catalogue', () => {
  it('technologies by id; an unknown id is shown as itself', () => {
    expect(names.technology('k3s')).toBe('K3s');
    expect(names.technology('opa-wasm')).toBe('OPA-Wasm');
    expect(names.technology('external-db')).toBe('External DB');
    expect(names.technology('podman')).toBe('podman');
  });

  it('layers, dimensions and scenarios in both languages; unknown ids as themselves', () => {
    expect([names.layer('ociRuntime', 'en'), names.layer('ociRuntime', 'zh')]).toEqual([
      'OCI runtime',
      'OCI 运行时',
    ]);
    expect([names.dimension('resource', 'en'), names.dimension('resource', 'zh')]).toEqual([
      'Resource',
      '资源',
    ]);
    expect(names.scenario('edge', 'en')).toBe(
      seedCatalogue.scenarios.find((s) => s.id === 'edge')!.name.en,
    );
    expect(names.layer('gateway', 'en')).toBe('gateway');
    expect(names.dimension('security', 'zh')).toBe('security');
    expect(names.scenario('nope', 'en')).toBe('nope');
  });

  it('section titles; an unknown section has no title', () => {
    const section = seedCatalogue.sections.find((s) => s.id === '17.3.2')!;
    expect(names.section('17.3.2', 'zh')).toBe(section.title.zh);
    expect(names.section('17.3.2', 'en')).toBe(section.title.en);
    expect(names.section('99.9', 'en')).toBe('');
  });

  it('a stack from its parts (layer order) or from its id', () => {
    const parts = {
      policy: 'opa-wasm',
      orchestration: 'k3s',
      runtime: 'wasmedge',
      ociRuntime: 'crun',
      storage: 'sqlite',
      network: 'flannel',
    };
    const name = 'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm';
    expect(names.stack(parts)).toBe(name);
    expect(names.stack('k3s+wasmedge+crun+sqlite+flannel+opa-wasm')).toBe(name);
  });

  it('agrees with every name the seed holds', () => {
    for (const t of seedCatalogue.technologies) expect(names.technology(t.id)).toBe(t.name);
    for (const l of seedCatalogue.layers)
      for (const lang of ['zh', 'en'] as const) expect(names.layer(l.id, lang)).toBe(l.name[lang]);
    for (const d of seedCatalogue.dimensions)
      for (const lang of ['zh', 'en'] as const)
        expect(names.dimension(d.id, lang)).toBe(d.name[lang]);
    for (const s of seedCatalogue.scenarios)
      for (const lang of ['zh', 'en'] as const)
        expect(names.scenario(s.id, lang)).toBe(s.name[lang]);
    for (const c of seedCatalogue.cases)
      for (const lang of ['zh', 'en'] as const)
        expect(names.productionCase(c.id, lang)).toBe(c.name[lang]);
    expect(names.productionCase('nope', 'en')).toBe('nope');
  });
});

describe('names of another catalogue', () => {
  it('follows the catalogue: its layers, its technologies, its layer order', () => {
    const n = createNames(custom);
    expect(n.technology('kong')).toBe('Kong');
    expect(n.stack({ gateway: 'kong', orchestration: 'k3s' })).toBe('K3s + Kong');
    expect(n.stack('k3s+wasmedge+crun+sqlite+flannel+opa-wasm+kong')).toBe(
      'K3s + WasmEdge + crun + sqlite + flannel + OPA-Wasm + Kong',
    );
  });

  it('falls back to the other language when one is empty', () => {
    const n = createNames(custom);
    expect(n.layer('gateway', 'zh')).toBe('Gateway');
    expect(n.layer('gateway', 'en')).toBe('Gateway');
  });

  it('treats ids that name Object members as plain ids', () => {
    const n = createNames(custom);
    expect(n.technology('__proto__')).toBe('__proto__');
    expect(n.technology('constructor')).toBe('constructor');
    expect(n.layer('toString', 'en')).toBe('toString');
    expect(n.stack({ ['__proto__']: 'x' } as Record<string, string>)).toBe('');
  });
});

describe('namesOf', () => {
  it('builds the names once per catalogue object', () => {
    expect(namesOf(seedCatalogue)).toBe(names);
    expect(namesOf(custom)).toBe(namesOf(custom));
    expect(namesOf(custom)).not.toBe(names);
  });
});
