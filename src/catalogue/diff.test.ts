import { describe, expect, it } from 'vitest';

import { podman, withManyEdits, withPodman } from './catalogue-fixtures';
import { diffCatalogues, isEmpty, KEYED_COLLECTIONS } from './diff';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';

const seed = seedCatalogue;
const noChange = { added: [], removed: [], changed: [], reordered: false };

describe('diffCatalogues', () => {
  it('finds nothing between the seed and itself (or a deep copy of it)', () => {
    const diff = diffCatalogues(seed, structuredClone(seed));
    for (const k of KEYED_COLLECTIONS) expect(diff[k]).toEqual(noChange);
    expect(diff.decisionMatrix).toEqual({ changed: false });
    expect(diff.schemeComparison).toEqual({ changed: false });
    expect(diff.compatibilityMatrix).toEqual({ changed: false });
    expect(isEmpty(diff)).toBe(true);
  });

  it('reports an added technology with the item itself', () => {
    const diff = diffCatalogues(seed, withPodman(seed));
    expect(diff.technologies).toEqual({ ...noChange, added: [podman] });
    expect(isEmpty(diff)).toBe(false);
  });

  it('reports every edit of the issue, collection by collection, in catalogue order', () => {
    const diff = diffCatalogues(seed, withManyEdits(seed));
    expect(diff.technologies.added.map((t) => t.id)).toEqual(['podman', 'kong', 'traefik']);
    expect(diff.technologies.removed).toEqual(['gatekeeper']);
    expect(diff.technologies.changed).toEqual([
      { id: 'k3s', fields: ['facts.controlPlaneMemory'] },
    ]);
    expect(diff.technologies.reordered).toBe(false);
    expect(diff.layers).toEqual({ ...noChange, added: [withManyEdits(seed).layers[6]] });
    expect(diff.layers.added.map((l) => l.id)).toEqual(['gateway']);
    expect(diff.dimensions.added.map((d) => d.id)).toEqual(['security']);
    expect(diff.dimensions.reordered).toBe(true);
    expect(diff.dimensions.changed).toEqual([]);
    for (const k of ['compatibility', 'scenarios', 'cases', 'sections'] as const)
      expect(diff[k]).toEqual(noChange);
    expect(diff.decisionMatrix.changed).toBe(false);
  });

  it('names changed fields sorted, with facts one by one (added, removed and changed keys)', () => {
    const next: Catalogue = {
      ...seed,
      technologies: seed.technologies.map((t) => {
        if (t.id !== 'docker') return t;
        const facts = { ...t.facts };
        delete facts.imageSize;
        return {
          ...t,
          name: 'Docker Engine',
          summary: { zh: t.summary.zh, en: 'Docker' },
          facts: {
            ...facts,
            startTime: { kind: 'number', value: 900, unit: 'ms', source: 'user' },
            gpuAcceleration: { kind: 'bool', value: false, source: 'user' },
          },
        };
      }),
    };
    expect(diffCatalogues(seed, next).technologies.changed).toEqual([
      {
        id: 'docker',
        fields: ['facts.gpuAcceleration', 'facts.imageSize', 'facts.startTime', 'name', 'summary'],
      },
    ]);
  });

  it('names top-level fields of other items, a dropped optional one included', () => {
    const [first, ...rest] = seed.compatibility;
    expect(first!.id).toBe('k8s-needs-etcd-not-sqlite');
    const next: Catalogue = {
      ...seed,
      layers: seed.layers.map((l) =>
        l.id === 'storage' ? { ...l, name: { zh: '数据', en: 'Data' } } : l,
      ),
      compatibility: [{ ...first!, severity: 'warning', quote: undefined }, ...rest],
    };
    const diff = diffCatalogues(seed, next);
    expect(diff.layers.changed).toEqual([{ id: 'storage', fields: ['name'] }]);
    expect(diff.compatibility.changed).toEqual([
      { id: 'k8s-needs-etcd-not-sqlite', fields: ['quote', 'severity'] },
    ]);
  });

  it('treats a key holding undefined as absent', () => {
    const next = { ...seed, layers: seed.layers.map((l) => ({ ...l, entered: undefined })) };
    expect(isEmpty(diffCatalogues(seed, next))).toBe(true);
  });

  it('flags a reorder of kept items only, not appended or removed ones', () => {
    const layers = seed.layers;
    const swapped = { ...seed, layers: [layers[1]!, layers[0]!, ...layers.slice(2)] };
    expect(diffCatalogues(seed, swapped).layers.reordered).toBe(true);
    const dropped = { ...seed, layers: layers.slice(1) };
    expect(diffCatalogues(seed, dropped).layers).toEqual({
      ...noChange,
      removed: ['orchestration'],
    });
    const reversedTech = { ...seed, technologies: [...seed.technologies].reverse() };
    expect(diffCatalogues(seed, reversedTech).technologies).toEqual({
      ...noChange,
      reordered: true,
    });
    expect(isEmpty(diffCatalogues(seed, reversedTech))).toBe(false);
  });

  it('reports the printed tables as changed or not, whole', () => {
    const next: Catalogue = { ...seed, decisionMatrix: seed.decisionMatrix.slice(1) };
    delete next.schemeComparison;
    const diff = diffCatalogues(seed, next);
    expect(diff.decisionMatrix).toEqual({ changed: true });
    expect(diff.schemeComparison).toEqual({ changed: true });
    expect(diff.compatibilityMatrix).toEqual({ changed: false });
    expect(isEmpty(diff)).toBe(false);
  });

  it('never mutates its arguments', () => {
    const next = withManyEdits(seed);
    const before = JSON.stringify([seed, next]);
    diffCatalogues(seed, next);
    diffCatalogues(next, seed);
    expect(JSON.stringify([seed, next])).toBe(before);
  });

  it('mirrors: added one way is removed the other way', () => {
    const next = withManyEdits(seed);
    const back = diffCatalogues(next, seed);
    expect(back.technologies.removed).toEqual(['podman', 'kong', 'traefik']);
    expect(back.technologies.added.map((t) => t.id)).toEqual(['gatekeeper']);
    expect(back.layers.removed).toEqual(['gateway']);
    expect(back.dimensions.removed).toEqual(['security']);
    expect(back.dimensions.reordered).toBe(true);
  });
});
