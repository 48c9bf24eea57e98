import { METHODS } from '../engine/methods';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Requirements, Weights } from '../catalogue/types';
import { buildStacks } from '../engine/stacks';
import { MAX_SELECTED, scenarioById, VIEWS, type Inputs } from './app-store';
import { isValidInputs } from './inputs-schema';
import { sortableColumns } from './reconcile-inputs';
import { decodeInputs, encodeInputs, MAX_LINK_LENGTH } from './url-codec';
import { paramsFor } from './url-params';

const SCENARIO_IDS = seedCatalogue.scenarios.map((s) => s.id);
const SORTABLE_COLUMNS = sortableColumns(seedCatalogue);

const STACK_IDS = buildStacks(seedCatalogue).map((s) => s.id);

// The slider's half steps, and hundredths (weights from saved presets).
const weight = fc.oneof(
  fc.integer({ min: 0, max: 10 }).map((n) => n / 2),
  fc.integer({ min: 0, max: 500 }).map((n) => n / 100),
);
const weights: fc.Arbitrary<Weights> = fc.record({
  resource: weight,
  performance: weight,
  scale: weight,
  availability: weight,
  cost: weight,
  maturity: weight,
});
const limit = (max: number) => fc.option(fc.integer({ min: 1, max }), { nil: null });
const requirements: fc.Arbitrary<Requirements> = fc.record({
  nodes: fc.integer({ min: 1, max: 100_000 }),
  memoryPerNodeMB: limit(1_048_576),
  coldStartMs: limit(60_000),
  offline: fc.boolean(),
  highAvailability: fc.boolean(),
  networkPolicy: fc.constantFrom('none', 'basic', 'full', 'l7'),
  policyComplexity: fc.constantFrom('none', 'simple', 'complex'),
  existingDatabase: fc.boolean(),
  site: fc.constantFrom('any', 'edge', 'cloud'),
  alphaApi: fc.boolean(),
  gpu: fc.boolean(),
});
/** At most one technology per layer, in any order (the store appends the latest choice). */
const technologyFilter = fc
  .tuple(
    ...seedCatalogue.layers.map((layer) =>
      fc.option(
        fc.constantFrom(
          ...seedCatalogue.technologies.filter((t) => t.layer === layer.id).map((t) => t.id),
        ),
        { nil: null },
      ),
    ),
  )
  .chain((choices) => {
    const ids = choices.filter((id): id is string => id !== null);
    return fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length });
  });

/** Arbitrary valid inputs: an applied preset, or custom inputs over a base preset. */
const validInputs: fc.Arbitrary<Inputs> = fc
  .record({
    base: fc.constantFrom(...SCENARIO_IDS),
    applied: fc.boolean(),
    weights,
    requirements,
    selectedIds: fc.uniqueArray(fc.constantFrom(...STACK_IDS), { maxLength: MAX_SELECTED }),
    sorting: fc.option(
      fc.record({ id: fc.constantFrom(...SORTABLE_COLUMNS), desc: fc.boolean() }),
      { nil: null },
    ),
    language: fc.constantFrom('zh' as const, 'en' as const),
    showInvalid: fc.boolean(),
    rankMode: fc.constantFrom('fitFirst' as const, 'scoreOnly' as const),
    method: fc.constantFrom(...METHODS),
    judgements: fc.oneof(
      fc.constant<number[]>([]),
      fc.array(fc.constantFrom(-9, -8, -7, -6, -5, -4, -3, -2, 1, 2, 3, 4, 5, 6, 7, 8, 9), {
        minLength: 15,
        maxLength: 15,
      }),
    ),
    hideDominated: fc.boolean(),
    technologyFilter,
    openStackId: fc.option(fc.constantFrom(...STACK_IDS), { nil: null }),
    view: fc.constantFrom(...VIEWS),
    theme: fc.constantFrom('light' as const, 'dark' as const),
  })
  .map(({ base, applied, sorting, ...rest }) => {
    const preset = scenarioById(base);
    return {
      ...rest,
      sorting: sorting ? [sorting] : [],
      baseScenarioId: base,
      scenarioId: applied ? base : null,
      weights: applied ? { ...preset.weights } : rest.weights,
      requirements: applied ? { ...preset.requirements } : rest.requirements,
    };
  });

const RUNS = { numRuns: 500 };
const KEYS = [
  'v',
  's',
  'b',
  ...paramsFor(seedCatalogue).keys(),
  '__proto__',
  'constructor',
  'prototype',
  'x',
];
const CHARS = [...'0123456789abcdefghijklmnopqrstuvwxyz-.,&=%?+#[] _~', '\u0000', '中', '😀'];
const char = fc.constantFrom(...CHARS);

/** Query-like text: known and unknown keys, valid and broken values. */
const queryLike = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })),
      fc.oneof(fc.string({ unit: char, maxLength: 20 }), fc.string({ maxLength: 20 })),
    ),
    { maxLength: 30 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

/** Decodes and checks the contract: no throw, valid inputs, a list of ignored part names. */
function decodesSafely(query: string) {
  const result = decodeInputs(query);
  expect(isValidInputs(result.inputs)).toBe(true);
  expect(Array.isArray(result.ignored)).toBe(true);
  return result;
}

describe('url codec properties (fast-check)', () => {
  it('the generator makes only valid inputs', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => isValidInputs(inputs)),
      RUNS,
    );
  });

  it('encode → decode is the identity for valid inputs, with nothing ignored', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        expect(decodeInputs(encodeInputs(inputs))).toEqual({ inputs, ignored: [] });
      }),
      RUNS,
    );
  });

  it('every encoded link is at most 300 characters', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => encodeInputs(inputs).length <= 300),
      RUNS,
    );
  });

  it('decoding arbitrary strings never throws and gives valid inputs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => void decodesSafely(q)),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 300 }), (q) => void decodesSafely(q)),
      RUNS,
    );
    fc.assert(
      fc.property(queryLike, (q) => void decodesSafely(q)),
      RUNS,
    );
  });

  it('decoding a truncated valid link never throws and gives valid inputs', () => {
    fc.assert(
      fc.property(validInputs, fc.nat(), (inputs, cut) => {
        const query = encodeInputs(inputs);
        decodesSafely(query.slice(0, cut % (query.length + 1)));
      }),
      RUNS,
    );
  });

  it('decoding a valid link with one character replaced never throws and gives valid inputs', () => {
    fc.assert(
      fc.property(validInputs, fc.nat(), char, (inputs, at, c) => {
        const query = encodeInputs(inputs);
        const i = at % query.length;
        decodesSafely(query.slice(0, i) + c + query.slice(i + 1));
      }),
      RUNS,
    );
  });

  it('an oversized link is ignored as a whole', () => {
    fc.assert(
      fc.property(fc.string({ minLength: MAX_LINK_LENGTH + 1, maxLength: 12_000 }), (q) => {
        expect(decodesSafely(q).rejected).toBe('tooLong');
      }),
      { numRuns: 50 },
    );
  });

  it('__proto__, constructor and prototype keys pollute nothing', () => {
    const hostileKey = fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      '__proto__[polluted]',
      'constructor[prototype][polluted]',
      '__proto__.polluted',
    );
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostileKey, fc.string({ maxLength: 12 })), { minLength: 1 }),
        (pairs) => {
          const query = `v=1&${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
          const { inputs, ignored } = decodesSafely(query);
          expect(ignored).toEqual([...new Set(pairs.map(([k]) => k))]);
          for (const value of [inputs, inputs.weights, inputs.requirements]) {
            expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
            for (const key of ['__proto__', 'constructor', 'prototype', 'polluted']) {
              expect(Object.hasOwn(value, key)).toBe(false);
            }
          }
        },
      ),
      RUNS,
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
