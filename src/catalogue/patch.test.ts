import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  gatewayLayer,
  kong,
  podman,
  securityDimension,
  traefik,
  withManyEdits,
  withPodman,
} from './catalogue-fixtures';
import { diffCatalogues, isEmpty, KEYED_COLLECTIONS, WHOLE_VALUES } from './diff';
import { deepEqual } from './json-equal';
import { applyPatch, makePatch, MAX_PATCH_DEPTH } from './patch';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';

const seed = seedCatalogue;

/** The patched value, failing the test when the patch is refused. */
function applied(base: Catalogue, patch: unknown): unknown {
  const result = applyPatch(base, patch);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('makePatch', () => {
  it('is empty for equal catalogues', () => {
    expect(makePatch(seed, seed)).toEqual({});
    expect(makePatch(seed, structuredClone(seed))).toEqual({});
  });

  it('carries only what changed: one added technology', () => {
    expect(makePatch(seed, withPodman(seed))).toEqual({ technologies: { upsert: [podman] } });
  });

  it('carries every edit of the issue, with an order only where the order moved', () => {
    const next = withManyEdits(seed);
    const k3s = next.technologies.find((t) => t.id === 'k3s');
    expect(makePatch(seed, next)).toEqual({
      layers: { upsert: [gatewayLayer] },
      technologies: { upsert: [k3s, podman, kong, traefik], remove: ['gatekeeper'] },
      dimensions: {
        upsert: [securityDimension],
        order: ['resource', 'performance', 'scale', 'availability', 'maturity', 'cost', 'security'],
      },
    });
  });

  it('replaces a printed table whole, and writes null for a dropped optional one', () => {
    const next: Catalogue = { ...seed, decisionMatrix: seed.decisionMatrix.slice(0, 2) };
    delete next.compatibilityMatrix;
    expect(makePatch(seed, next)).toEqual({
      decisionMatrix: seed.decisionMatrix.slice(0, 2),
      compatibilityMatrix: null,
    });
    expect(applied(seed, makePatch(seed, next))).toEqual(next);
    expect(applied(next, makePatch(next, seed))).toEqual(seed);
  });
});

describe('applyPatch', () => {
  it('turns the base into next for every edit of the issue, also after a JSON round trip', () => {
    const next = withManyEdits(seed);
    const patch = makePatch(seed, next);
    expect(deepEqual(applied(seed, patch), next)).toBe(true);
    expect(applied(seed, viaJson(patch))).toEqual(next);
    expect(applied(next, makePatch(next, seed))).toEqual(seed);
  });

  it('never mutates the base and returns a new object', () => {
    const before = JSON.stringify(seed);
    const value = applied(seed, makePatch(seed, withManyEdits(seed)));
    expect(value).not.toBe(seed);
    expect(JSON.stringify(seed)).toBe(before);
    expect(applied(seed, {})).not.toBe(seed);
    expect(applied(seed, {})).toEqual(seed);
  });

  it('ignores unknown collections', () => {
    expect(applied(seed, { widgets: { upsert: [{ id: 'x' }] }, v: 3 })).toEqual(seed);
  });

  it('appends new items, replaces existing ones in place, and orders by the listed ids first', () => {
    const value = applied(seed, {
      layers: {
        upsert: [{ id: 'network', name: 'renamed' }, { id: 'gateway' }],
        remove: ['policy', 'no-such-layer'],
        order: ['gateway', 'no-such-layer', 'runtime', 'gateway'],
      },
    }) as Catalogue;
    expect(value.layers.map((l) => l.id)).toEqual([
      'gateway',
      'runtime',
      'orchestration',
      'ociRuntime',
      'storage',
      'network',
    ]);
    expect(value.layers[5]).toEqual({ id: 'network', name: 'renamed' });
  });

  it('refuses a patch that is not an object, with the path and what was expected', () => {
    for (const patch of [42, null, 'x', [], undefined]) {
      const result = applyPatch(seed, patch);
      expect(result.ok).toBe(false);
    }
    expect(applyPatch(seed, 42)).toEqual({
      ok: false,
      errors: [{ path: 'patch', value: '42', expected: 'an object' }],
    });
  });

  it('refuses an item without an id and a remove list of non-strings', () => {
    expect(applyPatch(seed, { technologies: { upsert: [{ name: 'x' }], remove: [1] } })).toEqual({
      ok: false,
      errors: [
        { path: 'patch.technologies.upsert[0].id', value: '(missing)', expected: 'a text' },
        { path: 'patch.technologies.remove[0]', value: '1', expected: 'a text' },
      ],
    });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing', () => {
    const hostile = [
      '{"__proto__":{"polluted":true}}',
      '{"technologies":{"upsert":[{"id":"x","__proto__":{"polluted":true}}]}}',
      '{"layers":{"upsert":[{"id":"x","name":{"constructor":{"prototype":{"polluted":true}}}}]}}',
      '{"decisionMatrix":[{"prototype":{"polluted":true}}]}',
    ];
    const paths = [
      'patch.__proto__',
      'patch.technologies.upsert[0].__proto__',
      'patch.layers.upsert[0].name.constructor',
      'patch.decisionMatrix[0].prototype',
    ];
    hostile.forEach((text, i) => {
      const result = applyPatch(seed, JSON.parse(text));
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            path: paths[i],
            value: expect.any(String),
            expected: 'no key named __proto__, constructor or prototype',
          },
        ],
      });
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses deep nesting without recursing into it', () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const result = applyPatch(seed, { technologies: { upsert: [{ id: 'x', facts: deep }] } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.expected).toBe(`at most ${MAX_PATCH_DEPTH} levels of nesting`);
    }
  });
});

/** A random edit of one keyed collection: a shuffled subset, some items edited, new ones inserted. */
function editedCollection<T extends { id: string }>(items: readonly T[]) {
  return fc
    .record({
      kept: fc.shuffledSubarray([...items]),
      edited: fc.subarray(items.map((i) => i.id)),
      added: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 3 }),
      at: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    })
    .map(({ kept, edited, added, at }) => {
      const edits = new Set(edited);
      const out: unknown[] = kept.map((item) =>
        edits.has(item.id) ? { ...item, id: item.id, note: `edited ${item.id}` } : item,
      );
      added.forEach((word, i) => {
        out.splice(at[i]! % (out.length + 1), 0, { id: `new-${word}`, name: word });
      });
      return out;
    });
}

const editedCatalogue: fc.Arbitrary<Catalogue> = fc
  .record({
    ...Object.fromEntries(
      KEYED_COLLECTIONS.map((k) => [k, editedCollection<{ id: string }>(seed[k])]),
    ),
    ...Object.fromEntries(
      WHOLE_VALUES.map((k) => [
        k,
        fc.constantFrom('keep', 'drop', 'edit').map((how) => {
          if (how === 'keep') return seed[k];
          return how === 'drop' ? undefined : seed[k]!.slice(1);
        }),
      ]),
    ),
  })
  .map((parts) => {
    const next: Record<string, unknown> = { ...parts };
    for (const k of WHOLE_VALUES) if (next[k] === undefined) delete next[k];
    // Random edits need not make a valid catalogue: the patch works on JSON shapes.
    return next as unknown as Catalogue;
  });

describe('patch properties', () => {
  it('applyPatch(base, makePatch(base, next)) equals next, directly and through JSON', () => {
    fc.assert(
      fc.property(editedCatalogue, (next) => {
        const patch = makePatch(seed, next);
        expect(deepEqual(applied(seed, patch), next)).toBe(true);
        expect(deepEqual(applied(seed, viaJson(patch)), next)).toBe(true);
        expect(isEmpty(diffCatalogues(seed, next))).toBe(Object.keys(patch).length === 0);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and never pollutes, whatever JSON it gets', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = applyPatch(seed, value);
        expect(typeof result.ok).toBe('boolean');
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyPatch on values that are not JSON', () => {
  it('returns an error for an object whose getter throws', () => {
    const trap = {
      get technologies(): unknown {
        throw new Error('trap');
      },
    };
    expect(applyPatch(seed, trap)).toEqual({
      ok: false,
      errors: [{ path: 'patch', value: '(unreadable)', expected: 'plain JSON' }],
    });
  });
});
