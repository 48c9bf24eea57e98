import { describe, expect, it } from 'vitest';
import { range, stars } from './fact-builders';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';
import { validateCatalogue } from './validate';

/** A deep copy of the seed to break in one place. */
const seedCopy = (): Catalogue => structuredClone(seedCatalogue);

const errorsOf = (input: unknown): string[] => {
  const result = validateCatalogue(input);
  return result.ok ? [] : result.errors;
};

describe('validateCatalogue on the seed', () => {
  it('accepts the seed catalogue', () => {
    expect(validateCatalogue(seedCatalogue)).toEqual({ ok: true });
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
    expect(errorsOf(cat)).toEqual([
      'scenario edge.edge: unknown technology "nope"',
      'case inspur-5g-mec: unknown technology "nope"',
      'rule k8s-needs-etcd-not-sqlite: unknown technology "nope"',
      'rule opa-wasm-host: unknown technology "ghost"',
    ]);
  });

  it('names a citation of a section the catalogue does not have', () => {
    const cat = seedCopy();
    cat.technologies[1]!.facts.controlPlaneMemory!.source = '17.3.9';
    cat.cases[2]!.section = '17.5.99';
    expect(errorsOf(cat)).toEqual([
      'technology k3s.controlPlaneMemory: cites unknown section 17.3.9',
      'case tencent-game-serverless: cites unknown section 17.5.99',
    ]);
  });

  it('rejects a star rating of 6 at its zod path', () => {
    const cat = seedCopy();
    cat.technologies[0]!.facts.maturityStars = stars(6, '17.2.4.1');
    const errors = errorsOf(cat);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^technologies\.0\.facts\.maturityStars\.value: /);
  });

  it('rejects a range whose min exceeds its max', () => {
    const cat = seedCopy();
    cat.technologies[2]!.facts.startTime = range(2000, 1000, 'ms', '17.3.2');
    expect(errorsOf(cat)).toEqual([
      'technologies.2.facts.startTime: range min must not exceed max',
    ]);
  });

  it('reports duplicate ids of technologies, scenarios, cases and rules', () => {
    const cat = seedCopy();
    cat.technologies.push(structuredClone(cat.technologies[1]!));
    cat.scenarios.push(structuredClone(cat.scenarios[1]!));
    cat.cases.push(structuredClone(cat.cases[7]!));
    cat.compatibility.push(structuredClone(cat.compatibility[2]!));
    expect(errorsOf(cat)).toEqual([
      'duplicate technology id "k3s"',
      'duplicate scenario id "edge"',
      'duplicate case id "second-state"',
      'duplicate rule id "wasmedge-needs-crun"',
    ]);
  });

  it('reports a technology listed under the wrong layer', () => {
    const cat = seedCopy();
    cat.scenarios[1]!.variants[0]!.stack.runtime = ['crun'];
    cat.decisionMatrix[0]!.stack.storage = ['flannel'];
    expect(errorsOf(cat)).toEqual([
      'scenario edge.edge: "crun" is a ociRuntime technology, listed under runtime',
      'decisionMatrix[0]: "flannel" is a network technology, listed under storage',
    ]);
  });

  it('reports a layer left without technologies and a hybrid tier naming no scenario', () => {
    const cat = seedCopy();
    cat.technologies = cat.technologies.filter((t) => t.layer !== 'ociRuntime');
    cat.scenarios[5]!.tiers = { central: 'large-scale', edge: 'far-edge' };
    expect(errorsOf(cat)).toEqual([
      'layer ociRuntime: has no technology',
      'scenario default.tree-defaults: unknown technology "runc"',
      'scenario edge.edge: unknown technology "crun"',
      'scenario serverless.small: unknown technology "crun"',
      'scenario serverless.large: unknown technology "crun"',
      'scenario ai-inference.edge: unknown technology "crun"',
      'scenario ai-inference.cloud: unknown technology "crun"',
      'scenario large-scale.cloud-native: unknown technology "runc"',
      'scenario hybrid.central: unknown technology "runc"',
      'scenario hybrid.edge: unknown technology "crun"',
      'scenario hybrid: tier names unknown scenario "far-edge"',
      'case inspur-5g-mec: unknown technology "crun"',
      'case huawei-industrial-iot: unknown technology "crun"',
      'case tencent-game-serverless: unknown technology "crun"',
      'case serverless-functions: unknown technology "crun"',
      'case huawei-mec: unknown technology "crun"',
      'rule wasmedge-needs-crun: unknown technology "runc"',
    ]);
  });

  it('does not throw on garbage', () => {
    expect(validateCatalogue(null).ok).toBe(false);
    expect(validateCatalogue({ technologies: 'x' }).ok).toBe(false);
  });
});
