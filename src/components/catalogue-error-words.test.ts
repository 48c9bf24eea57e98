import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { type CatalogueError, zodIssuesToErrors } from '../catalogue/catalogue-errors';
import { CATALOGUE_FILE_MAX_BYTES, parseCatalogueFile } from '../catalogue/catalogue-file';
import { FACT_CSV_COLUMNS, csvToFacts, factsToCsv } from '../catalogue/facts-csv';
import { applyPatch } from '../catalogue/patch';
import { seedCatalogue } from '../catalogue/seed-catalogue';
import type { Catalogue } from '../catalogue/types';
import { validateCatalogue } from '../catalogue/validate';
import {
  CATALOGUE_ERROR_PHRASES,
  type ParsedExpected,
  catalogueErrorWords,
  errorExpectedWords,
  errorValueWords,
  parseExpected,
  pathOrValuePhrase,
} from './catalogue-error-words';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const seedJson = (): Json => structuredClone(seedCatalogue) as Json;
const errorsOf = (result: { ok: boolean; errors?: CatalogueError[] }): CatalogueError[] =>
  result.ok ? [] : (result.errors ?? []);
const validate = (edit: (c: Json) => void): CatalogueError[] => {
  const c = seedJson();
  edit(c);
  return errorsOf(validateCatalogue(c));
};
const techWith = (c: Json, kind: string): [Json, string] => {
  for (const t of c.technologies as Json[])
    for (const [key, fact] of Object.entries(t.facts as Json))
      if ((fact as Json).kind === kind) return [t, key];
  throw new Error(`no ${kind} fact`);
};
const zodErrors = (schema: z.ZodType, value: unknown): CatalogueError[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : zodIssuesToErrors(r.error.issues, value);
};

/** Every kind of error the catalogue's checks write: broken catalogues, files, CSVs, patches. */
function battery(): CatalogueError[] {
  const all: CatalogueError[] = [];
  // Shapes.
  all.push(
    ...validate((c) => {
      c.technologies[0].name = '';
      c.technologies[1].name = 'x'.repeat(81);
      c.technologies[2].summary = 5;
      c.technologies[3].id = 'Bad Id';
      const [range, rangeKey] = techWith(c, 'range');
      range.facts[rangeKey].min = 'x';
      const [stars, starsKey] = techWith(c, 'stars');
      stars.facts[starsKey].value = 2.5;
      const [bool, boolKey] = techWith(c, 'bool');
      bool.facts[boolKey].value = 'yes';
      const [text, textKey] = techWith(c, 'text');
      text.facts[textKey].value = { zh: '', en: '' };
      c.technologies[4].facts.bogusKey = { kind: 'bool', value: true, source: '17.3.2' };
      c.technologies[5].facts[Object.keys(c.technologies[5].facts)[0]!].source = 'chapter 17';
      c.dimensions[0].seedWeight = 'huge';
      c.dimensions[1].id = 'rank';
      c.dimensions[2].id = 'constructor';
      c.layers[0].id = '1bad';
      c.scenarios[0].sources = 'x';
      c.compatibility[0].id = 'bad id!';
      c.layers[2].source = 5;
    }),
    ...validate((c) => {
      const [stars, starsKey] = techWith(c, 'stars');
      stars.facts[starsKey].value = 9;
      const [other, otherKey] = techWith(
        { technologies: c.technologies.filter((t: Json) => t !== stars) },
        'stars',
      );
      other.facts[otherKey].value = 0;
      const [range, rangeKey] = techWith(c, 'range');
      range.facts[rangeKey].min = range.facts[rangeKey].max + 1;
    }),
    ...validate((c) => {
      c.layers = Array.from({ length: 13 }, () => c.layers[0]);
      c.sections = [];
    }),
    ...validate((c) => {
      c.technologies = Array.from({ length: 120 }, () => ({ ...c.technologies[0], name: 5 }));
    }),
  );
  // Cross-references.
  all.push(
    ...validate((c) => {
      c.technologies[0].layer = 'nope';
      c.technologies[1].id = c.technologies[2].id;
      c.compatibility[0].when = ['ghost'];
      c.compatibility[1].id = 'constructor';
      const fact = Object.values(c.technologies[3].facts as Json)[0] as Json;
      fact.source = '17.99.1';
      c.layers[1].source = 'user';
      c.scenarios[0].weights.ghost = 1;
      const hybrid = (c.scenarios as Json[]).find((s) => s.tiers);
      if (hybrid) hybrid.tiers.central = 'ghost';
      c.decisionMatrix[0].stack.ghostLayer = ['k3s'];
      c.decisionMatrix[1].stack.orchestration = ['docker'];
      c.layers.push({ ...c.layers[2], id: 'empty' });
    }),
    ...validate((c) => {
      // 432 seed stacks × 70 × 70 = 2,116,800: over the 2,000,000 a catalogue may make.
      for (const layer of ['gateway', 'mesh']) {
        c.layers.push({ ...c.layers[0], id: layer });
        for (let i = 0; i < 70; i++)
          c.technologies.push({ ...c.technologies[0], id: `${layer}-${i}`, layer });
      }
    }),
  );
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    },
  );
  all.push(...errorsOf(validateCatalogue(trap)));
  // Files.
  const file = (edit: (f: Json) => void) => {
    const f: Json = {
      format: 'stack-decision-matrix/catalogue',
      version: 1,
      catalogue: seedJson(),
    };
    edit(f);
    return errorsOf(parseCatalogueFile(JSON.stringify(f)));
  };
  all.push(
    ...errorsOf(parseCatalogueFile(42 as unknown as string)),
    ...errorsOf(parseCatalogueFile('x'.repeat(CATALOGUE_FILE_MAX_BYTES + 1))),
    ...errorsOf(parseCatalogueFile('{"a":}')),
    ...errorsOf(parseCatalogueFile('')),
    ...errorsOf(parseCatalogueFile('[1]')),
    ...errorsOf(parseCatalogueFile('{"format":"x","__proto__":1,"version":"one"}')),
    ...errorsOf(parseCatalogueFile('{"catalogue":{"__proto__":{}}}')),
    ...file((f) => (f.version = 2)),
    ...file((f) => delete f.catalogue),
  );
  // CSVs.
  const rows = Papa.parse<string[]>(factsToCsv(seedCatalogue).trim()).data;
  const col = (name: (typeof FACT_CSV_COLUMNS)[number]) => FACT_CSV_COLUMNS.indexOf(name);
  const row = (cells: Partial<Record<(typeof FACT_CSV_COLUMNS)[number], string>>) =>
    FACT_CSV_COLUMNS.map((c) => cells[c] ?? '');
  const edited = rows.map((r) => [...r]);
  edited[1]![col('layer')] = 'storage';
  edited[2]![col('name')] = 'Another name';
  const numberRow = edited.findIndex((r) => r[col('kind')] === 'number');
  edited[numberRow]![col('approx')] = 'maybe';
  const starsRow = edited.findIndex((r) => r[col('kind')] === 'stars');
  edited[starsRow]![col('unit')] = 'ms';
  const boolRow = edited.findIndex((r) => r[col('kind')] === 'bool');
  edited[boolRow]![col('value')] = 'maybe';
  edited.push(
    row({ fact: 'offline', kind: 'bool', value: 'true' }),
    row({ technology: 'podman', fact: 'bootTime', kind: 'duration' }),
    row({ technology: 'k3s', fact: 'startTime', kind: 'range', min: 'x', max: '2', unit: 'ms' }),
    row({ technology: 'k3s', fact: 'startTime', kind: 'range', min: '1', max: '2', unit: 'ms' }),
    [...row({ technology: 'k3s', fact: 'offline', kind: 'bool', value: 'true' }), 'extra'],
  );
  all.push(
    ...errorsOf(csvToFacts(Papa.unparse(edited), seedCatalogue)),
    ...errorsOf(csvToFacts(42 as unknown as string, seedCatalogue)),
    ...errorsOf(csvToFacts(`technology\n${'x'.repeat(6 * 1024 * 1024)}`, seedCatalogue)),
    ...errorsOf(csvToFacts('technology,fact,kind,source\r\nk3s,"startTime,number', seedCatalogue)),
    ...errorsOf(csvToFacts('technology,fact,kind,source\r\n"k3s"x,a,b,c\r\n', seedCatalogue)),
    ...errorsOf(csvToFacts('technology,fact,fact,kind,colour\r\n', seedCatalogue)),
  );
  // A link's patch.
  let deep: Json = {};
  const nested = deep;
  for (let i = 0; i < 40; i++) deep = deep.a = {};
  all.push(
    ...errorsOf(applyPatch(seedCatalogue as Catalogue, 42)),
    ...errorsOf(applyPatch(seedCatalogue, nested)),
    ...errorsOf(applyPatch(seedCatalogue, JSON.parse('{"__proto__":{}}'))),
    ...errorsOf(applyPatch(seedCatalogue, trap)),
  );
  // zod's checks the catalogue's schema does not use today.
  all.push(
    ...zodErrors(z.number().gt(0), 0),
    ...zodErrors(z.number().lt(0), 1),
    ...zodErrors(z.string().min(3), 'a'),
    ...zodErrors(z.string().max(1), 'ab'),
    ...zodErrors(z.array(z.number()).length(2), [1]),
    ...zodErrors(z.array(z.number()).length(1), [1, 2]),
    ...zodErrors(z.array(z.number()).max(1), [1, 2]),
    ...zodErrors(z.array(z.number()).min(2), [1]),
    ...zodErrors(z.email(), 'x'),
    ...zodErrors(z.url(), 'x'),
    ...zodErrors(z.string().regex(/^a$/), 'b'),
    ...zodErrors(z.number().multipleOf(2), 3),
    ...zodErrors(z.bigint(), 1),
    ...zodErrors(z.null(), 1),
    ...zodErrors(z.literal('x'), 'y'),
    ...zodErrors(z.union([z.string(), z.number()]), true),
    ...zodErrors(z.record(z.string().regex(/^[a-z]+$/), z.number()), { A: 1 }),
    ...zodErrors(z.map(z.string(), z.number()), new Map([['a', 'x']])),
    ...zodErrors(z.strictObject({}), { a: 1 }),
    ...zodErrors(z.tuple([z.string()]), 5),
  );
  return all;
}

/** Every phrase key a parsed `expected` uses, nested ones included. */
function keysOf(parsed: ParsedExpected): string[] {
  if (parsed.key === 'anyOf') return ['anyOf', ...parsed.alternatives.flatMap(keysOf)];
  return [parsed.key, ...(parsed.of ? keysOf(parsed.of) : [])];
}

// Phrases a check writes only where a browser or zod fails in ways this battery cannot
// provoke (a throwing CSV parser, a zod key issue without details), or where another module
// writes them (the import dialog's own: read-import.test.ts).
const UNPROVOKED = ['csvText', 'validCsv', 'validKey', 'validElement', 'fileMax', 'readableFile'];

describe('catalogueErrorWords', () => {
  const errors = battery();

  it('knows every phrase the catalogue’s checks write', () => {
    expect(errors.length).toBeGreaterThan(100);
    const unknown = errors.filter((e) => parseExpected(e.expected) === null).map((e) => e.expected);
    expect(unknown).toEqual([]);
  });

  it('has no phrase that no check writes', () => {
    const { expected, path, value } = CATALOGUE_ERROR_PHRASES;
    const used = new Set([
      ...errors.flatMap((e) => keysOf(parseExpected(e.expected)!)),
      ...errors.map((e) => pathOrValuePhrase('path', e.path)),
      ...errors.map((e) => pathOrValuePhrase('value', e.value)),
    ]);
    const all = [...Object.keys(expected.en), ...Object.keys(path.en), ...Object.keys(value.en)];
    expect(all.filter((key) => !used.has(key)).sort()).toEqual([...UNPROVOKED].sort());
    expect(used.has('anyOf')).toBe(true);
  });

  it('words every path, value and expected in zh, and leaves en as it is', () => {
    for (const e of errors) {
      expect(catalogueErrorWords(e, 'en')).toEqual({
        path: e.path,
        value: e.value,
        expected: e.expected,
      });
      const zh = catalogueErrorWords(e, 'zh');
      // A JSON path and a preview of the file read the same in both languages.
      if (/\s/.test(e.path) || e.path === '(root)') expect(zh.path).not.toBe(e.path);
      if (/^\(|^[\d,]+ [a-z]/.test(e.value)) expect(zh.value).not.toBe(e.value);
      // Only null and the file format's name read the same.
      if (!['null', 'format'].includes(parseExpected(e.expected)!.key))
        expect(zh.expected).not.toBe(e.expected);
    }
  });

  it('has zh words with no English but ids, keys and names of formats', () => {
    const allowed = new Set(
      'id JSON CSV true false null user MB __proto__ constructor prototype format version catalogue source URL stack decision matrix'.split(
        ' ',
      ),
    );
    const { expected, path, value } = CATALOGUE_ERROR_PHRASES;
    const english = [expected.zh, path.zh, value.zh]
      .flatMap((table) => Object.values(table))
      .flatMap((text) => text.replace(/\{\w+\}/g, '').match(/[A-Za-z_]{2,}/g) ?? [])
      .filter((word) => !allowed.has(word));
    expect(english).toEqual([]);
  });

  it('words the review’s examples in zh', () => {
    const zh = (path: string, value: string, expected: string) =>
      catalogueErrorWords({ path, value, expected }, 'zh');
    expect(zh('row 2, column min', '"abc"', 'a number')).toEqual({
      path: '第 2 行，min 列',
      value: '"abc"',
      expected: '数字',
    });
    expect(zh('line 1, column 75', '(empty)', 'valid JSON (Unexpected end of JSON input)')).toEqual(
      {
        path: '第 1 行，第 75 列',
        value: '（空）',
        expected: '有效的 JSON（解析器：Unexpected end of JSON input）',
      },
    );
    expect(
      zh(
        'row 5, column layer',
        '(missing)',
        'an existing layer id for the new technology podman (one of: orchestration, runtime)',
      ),
    ).toEqual({
      path: '第 5 行，layer 列',
      value: '（缺失）',
      expected: '新技术 podman 的已有层 id（以下之一：orchestration, runtime）',
    });
    expect(zh('layers', '14 items', 'at most 12 items')).toEqual({
      path: 'layers',
      value: '14 项',
      expected: '至多 12 项',
    });
    expect(errorExpectedWords('a short id: a letter, then letters, digits or -', 'zh')).toBe(
      '简短的 id：以字母开头，后接字母、数字或 -',
    );
    expect(errorExpectedWords('a key that is a text, or a number', 'zh')).toBe(
      '键应为文本，或数字',
    );
    // The phrases no battery provokes.
    expect(errorExpectedWords('CSV text (Error: boom)', 'zh')).toBe('CSV 文本（Error: boom）');
    expect(errorExpectedWords('valid CSV (Too few fields)', 'zh')).toBe(
      '有效的 CSV（解析器：Too few fields）',
    );
    expect(errorExpectedWords('a valid key', 'zh')).toBe('有效的键');
    expect(errorExpectedWords('a valid element', 'zh')).toBe('有效的元素');
    expect(errorValueWords('240,000 stacks', 'zh')).toBe('240,000 个技术栈');
    // Unknown words stay as they are rather than vanish.
    expect(errorExpectedWords('something new', 'zh')).toBe('something new');
  });
});
