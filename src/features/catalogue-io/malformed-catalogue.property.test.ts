import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import {
  CATALOGUE_FORMAT,
  parseCatalogueFile,
  toCatalogueFile,
} from '../../catalogue/catalogue-file';
import type { CatalogueError } from '../../catalogue/catalogue-errors';
import { factsToCsv } from '../../catalogue/facts-csv';
import { HOSTILE_PAYLOADS, RESERVED_KEYS } from '../../catalogue/hostile-payloads';
import { seedCatalogue } from '../../catalogue/seed-catalogue';
import { type CatalogueResult, validateCatalogue } from '../../catalogue/validate';
import { CATALOGUE_KEY, loadCatalogue, type CatalogueStorage } from '../../store/catalogue-storage';
import { readImport } from './read-import';

// Malformed catalogues through every entry point that reads one: validateCatalogue, the
// catalogue file reader, the import (JSON and CSV) and the stored-catalogue load. Each must
// answer a valid catalogue or errors with a path, never throw, never touch Object.prototype
// and never change what was stored.

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const ownNames = () => PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).sort().join(','));
const PRISTINE = ownNames();

/** Nothing was added to a built-in prototype (`{}.polluted`, `[].polluted`, …). */
function expectNoPollution(): void {
  expect(ownNames()).toEqual(PRISTINE);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'toString2', 'innerHTML'])
    expect(probe[key], key).toBeUndefined();
  expect(({} as { constructor: unknown }).constructor).toBe(Object);
}

afterEach(expectNoPollution);

/** The contract of every reader: a valid catalogue, or at least one error of strings. */
function expectAnswer(result: CatalogueResult): void {
  if (result.ok) {
    expect(validateCatalogue(result.catalogue).ok).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors as CatalogueError[]) {
    expect(typeof e.path).toBe('string');
    expect(typeof e.value).toBe('string');
    expect(typeof e.expected).toBe('string');
    expect(e.value.length).toBeLessThanOrEqual(400);
  }
}

/** An own, enumerable property, as JSON.parse makes one (even for `__proto__`). */
function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function deepObject(depth: number, key: string): unknown {
  let v: unknown = { polluted: true };
  for (let i = 0; i < depth; i++) {
    const o = {};
    define(o, key, v);
    v = o;
  }
  return v;
}

const PAYLOAD_TEXTS = HOSTILE_PAYLOADS.map((x) => x.text);
const protoBomb = () => {
  const o = {};
  define(o, '__proto__', { polluted: true, isAdmin: true });
  define(o, 'constructor', { prototype: { polluted: true } });
  return o;
};

/** A value that does not belong where it is put: wrong type, edge number, huge, deep, hostile keys. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity),
  fc.constantFrom<unknown>(1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** -1074, '', ' ', '\u0000'),
  fc.constantFrom(...PAYLOAD_TEXTS),
  fc.constantFrom(...RESERVED_KEYS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('a'.repeat(5000), '\u202E'.repeat(100), '\uD800', '17.3.2'),
  fc.constant([]),
  fc.constant({}),
  fc.constant(null).map(() => Array.from({ length: 5000 }, () => null)),
  fc.constant(null).map(() => Array.from({ length: 3 }, () => ({ id: 'dup', name: 'dup' }))),
  fc.integer({ min: 50, max: 3000 }).map(deepArray),
  fc.integer({ min: 10, max: 500 }).map((d) => deepObject(d, '__proto__')),
  fc.constant(null).map(protoBomb),
  fc.jsonValue({ maxDepth: 3 }),
);

/** How a structure is broken at one place. */
type Edit =
  | { op: 'set'; path: number[]; value: unknown }
  | { op: 'delete'; path: number[] }
  | { op: 'addKey'; path: number[]; key: string; value: unknown }
  | { op: 'duplicate'; path: number[] };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    path: fc.array(fc.nat(), { maxLength: 6 }),
    value: badValue,
  }),
  fc.record({
    op: fc.constant('delete' as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    op: fc.constant('addKey' as const),
    path: fc.array(fc.nat(), { maxLength: 5 }),
    key: fc.constantFrom(...RESERVED_KEYS, 'polluted', 'format', 'version', 'catalogue', ''),
    value: badValue,
  }),
  fc.record({ op: fc.constant('duplicate' as const), path: fc.array(fc.nat(), { maxLength: 4 }) }),
);

/** Walks `path` (each step an index into the container's own keys) and applies the edit there. */
function apply(root: unknown, e: Edit): unknown {
  const steps = e.path;
  if (e.op === 'set' && steps.length === 0) return e.value;
  let parent: unknown = root;
  let key: string | null = null;
  const container = () => (key === null ? parent : (parent as Record<string, unknown>)[key]);
  const last = e.op === 'set' || e.op === 'delete' ? steps.length - 1 : steps.length;
  for (let i = 0; i < last; i++) {
    const here = container();
    if (here === null || typeof here !== 'object') break;
    const keys = Object.keys(here);
    if (keys.length === 0) break;
    parent = here;
    key = keys[steps[i]! % keys.length]!;
  }
  const target = container();
  if (target === null || typeof target !== 'object') return root;
  const keys = Object.keys(target);
  const pick = keys.length > 0 ? keys[(steps.at(-1) ?? 0) % keys.length]! : null;
  switch (e.op) {
    case 'set':
      if (pick !== null) define(target, pick, e.value);
      break;
    case 'delete':
      if (pick !== null) {
        if (Array.isArray(target)) target.splice(Number(pick), 1);
        else delete (target as Record<string, unknown>)[pick];
      }
      break;
    case 'addKey':
      if (!Array.isArray(target)) define(target, e.key, e.value);
      break;
    case 'duplicate':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      break;
  }
  return root;
}

/** The seed with 1–4 edits: a malformed (or, rarely, still valid) catalogue. */
const malformed = fc
  .array(edit, { minLength: 1, maxLength: 4 })
  .map((edits) =>
    edits.reduce<unknown>((root, e) => apply(root, e), structuredClone(seedCatalogue)),
  );

/** JSON text of a value; NaN and Infinity become null as JSON.stringify writes them. */
function jsonOf(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/** A Storage fake over a Map: key() and length as the browser's. */
function fakeStorage(
  entries: Record<string, string>,
): CatalogueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const seedFile = toCatalogueFile(seedCatalogue);

describe('malformed catalogues through every reader', () => {
  it('validateCatalogue, the file reader, the import and the stored load answer, never throw or pollute', () => {
    let structures = 0;
    let rejected = 0;
    fc.assert(
      fc.property(malformed, (input) => {
        structures++;
        const direct = validateCatalogue(input);
        expectAnswer(direct);
        if (!direct.ok) rejected++;
        const text = jsonOf(input);
        if (text !== null) {
          // As a bare catalogue file, or in the envelope the app writes (by turns).
          const wrapped = `{"format":"${CATALOGUE_FORMAT}","version":1,"catalogue":${text}}`;
          const imported = readImport(structures % 2 === 0 ? text : wrapped, 'json', seedCatalogue);
          expectAnswer(imported.ok ? { ok: true, catalogue: imported.catalogue } : imported);

          // The stored catalogue: whatever it holds, loading changes nothing that was stored.
          const stored = `{"format":"${CATALOGUE_FORMAT}","version":1,"savedAt":"2026-01-01T00:00:00.000Z","catalogue":${text}}`;
          const storage = fakeStorage({ [CATALOGUE_KEY]: stored, 'sdm.presets': '[1]' });
          const before = new Map(storage.map);
          const loaded = loadCatalogue(storage, new Date(2026, 0, 2));
          expect(['loaded', 'keptAside', 'none']).toContain(loaded.status);
          for (const [k, v] of before) expect(storage.map.get(k), k).toBe(v);
          for (const [k, v] of storage.map)
            if (!before.has(k))
              expect(v, `new key ${k} holds a copy of the stored value`).toBe(stored);
        }
        expectNoPollution();
      }),
      { numRuns: 200 },
    );
    expect(structures).toBe(200);
    // Most edits break the catalogue (some, such as dropping an optional field, do not):
    // well over 100 malformed structures each run.
    expect(rejected).toBeGreaterThan(100);
  }, 60_000);

  it('hostile texts as whole files: broken JSON, huge and deep values, BOMs, proto keys', () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const cases = [
      '',
      ' ',
      '\uFEFF',
      'null',
      'true',
      '0',
      '-0',
      '"catalogue"',
      '[]',
      '{}',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      `{"format":"${CATALOGUE_FORMAT}","version":1,"catalogue":{"__proto__":{"polluted":true}}}`,
      `{"format":"${CATALOGUE_FORMAT}","version":1e400,"catalogue":{}}`,
      `{"format":"${CATALOGUE_FORMAT}","version":-0,"catalogue":{}}`,
      `{"format":"${CATALOGUE_FORMAT}","version":2,"catalogue":{}}`,
      `{"format":"${CATALOGUE_FORMAT}","version":1,"catalogue":${deep(20000)}}`,
      deep(200000),
      `{"a":${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}}`,
      seedFile.slice(0, seedFile.length / 2),
      seedFile.replace('"layers"', '"layers":null,"x"'),
      seedFile.replace(/"name": "K3s"/, '"name": "K3s", "name": "__proto__"'),
      seedFile.replace('"technologies": [', '"technologies": [' + '{},'.repeat(5000)),
      `{"format":"${CATALOGUE_FORMAT}","version":1,"catalogue":${JSON.stringify({ ...seedCatalogue, technologies: Array(20000).fill(seedCatalogue.technologies[0]) })}}`,
      '\u0000\u0001{',
      '{"a":"\\ud800"}',
      'NaN',
      '[Infinity]',
      '{"a":1,}',
    ];
    for (const text of cases) {
      expectAnswer(parseCatalogueFile(text));
      const imported = readImport(text, 'json', seedCatalogue);
      expect(
        imported.ok ? validateCatalogue(imported.catalogue).ok : imported.errors.length > 0,
      ).toBe(true);
    }
    // A 6 MB file is refused by its size, before it is parsed.
    const big = parseCatalogueFile(' '.repeat(6 * 1024 * 1024));
    expect(big.ok).toBe(false);
  }, 60_000);

  it('random texts as JSON and CSV imports never throw and never change the current catalogue', () => {
    const current = structuredClone(seedCatalogue);
    const snapshot = JSON.stringify(current);
    const csv = factsToCsv(seedCatalogue);
    const lines = csv.split('\r\n');
    const csvText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .tuple(fc.nat(lines.length - 1), fc.constantFrom(...PAYLOAD_TEXTS, '', ',,,,', '"'))
        .map(([i, payload]) => [...lines.slice(0, i), payload, ...lines.slice(i)].join('\r\n')),
      fc
        .tuple(fc.nat(lines.length - 1), fc.constantFrom(...PAYLOAD_TEXTS))
        .map(([i, payload]) =>
          lines
            .map((line, j) =>
              j === i && j > 0
                ? line.replace(/,[^,]*$/, `,"${payload.replace(/"/g, '""')}"`)
                : line,
            )
            .join('\r\n'),
        ),
    );
    fc.assert(
      fc.property(csvText, fc.string({ unit: 'binary', maxLength: 200 }), (csvInput, jsonInput) => {
        const fromCsv = readImport(csvInput, 'csv', current);
        expect(
          fromCsv.ok ? validateCatalogue(fromCsv.catalogue).ok : fromCsv.errors.length > 0,
        ).toBe(true);
        const fromJson = readImport(jsonInput, 'json', current);
        expect(fromJson.ok).toBe(false);
        expect(JSON.stringify(current)).toBe(snapshot);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a stored value that is not a catalogue is kept, not overwritten or removed', () => {
    const values = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      malformed.map((v) => jsonOf(v) ?? 'null'),
      fc.constantFrom(
        '{"__proto__":{"polluted":true}}',
        `{"format":"${CATALOGUE_FORMAT}","version":99}`,
        deepArrayText(),
      ),
    );
    fc.assert(
      fc.property(values, (stored) => {
        const storage = fakeStorage({ [CATALOGUE_KEY]: stored });
        const result = loadCatalogue(storage, new Date(2026, 0, 2));
        expect(storage.map.get(CATALOGUE_KEY)).toBe(stored);
        if (result.status === 'keptAside' && result.asideKey !== null)
          expect(storage.map.get(result.asideKey)).toBe(stored);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

function deepArrayText(): string {
  return `${'['.repeat(100000)}${']'.repeat(100000)}`;
}
