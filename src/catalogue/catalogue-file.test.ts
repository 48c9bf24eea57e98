import { describe, expect, it } from 'vitest';
import type { CatalogueError } from './catalogue-errors';
import {
  CATALOGUE_FILE_MAX_BYTES,
  CATALOGUE_FILE_VERSION,
  CATALOGUE_FORMAT,
  parseCatalogueFile,
  toCatalogueFile,
} from './catalogue-file';
import { jsonErrorPosition } from './json-text';
import { seedCatalogue } from './seed-catalogue';

const errorsOf = (text: string): CatalogueError[] => {
  const result = parseCatalogueFile(text);
  return result.ok ? [] : result.errors;
};

/** The seed's file, parsed back to plain JSON to break in one place. */
const seedFile = () => JSON.parse(toCatalogueFile(seedCatalogue)) as Record<string, unknown>;
const catalogueOf = (file: Record<string, unknown>) => file.catalogue as Record<string, unknown[]>;

describe('toCatalogueFile', () => {
  it('writes the envelope as pretty JSON', () => {
    const text = toCatalogueFile(seedCatalogue);
    expect(text.startsWith('{\n  "$schema": "./catalogue.schema.json",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['$schema', 'format', 'version', 'catalogue']);
    expect(file.format).toBe(CATALOGUE_FORMAT);
    expect(file.version).toBe(CATALOGUE_FILE_VERSION);
  });

  it('names the schema address it is given (the app passes the absolute one it serves)', () => {
    const url = 'https://team.example/sdm/catalogue.schema.json';
    const file = JSON.parse(toCatalogueFile(seedCatalogue, url)) as Record<string, unknown>;
    expect(file.$schema).toBe(url);
    expect(parseCatalogueFile(toCatalogueFile(seedCatalogue, url))).toEqual({
      ok: true,
      catalogue: seedCatalogue,
    });
  });
});

describe('parseCatalogueFile', () => {
  it('round-trips the seed: export → import deep-equals the seed', () => {
    const result = parseCatalogueFile(toCatalogueFile(seedCatalogue));
    expect(result).toEqual({ ok: true, catalogue: seedCatalogue });
  });

  it('accepts a bare catalogue object (an older or hand-written file) and a leading BOM', () => {
    expect(parseCatalogueFile(JSON.stringify(seedCatalogue))).toEqual({
      ok: true,
      catalogue: seedCatalogue,
    });
    expect(parseCatalogueFile(`\uFEFF${toCatalogueFile(seedCatalogue)}`).ok).toBe(true);
  });

  it('accepts a version-less envelope and an older version', () => {
    const file = seedFile();
    delete file.version;
    delete file.format;
    expect(parseCatalogueFile(JSON.stringify(file)).ok).toBe(true);
  });

  it('refuses a newer version with one clear error', () => {
    const file = { ...seedFile(), version: 2, catalogue: { broken: true } };
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'version', value: '2', expected: 'version 1 or older' },
    ]);
  });

  it('names the envelope field that is wrong', () => {
    const file = { ...seedFile(), format: 'something-else', version: 'one' };
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: 'format',
        value: '"something-else"',
        expected: '"stack-decision-matrix/catalogue"',
      },
      { path: 'version', value: '"one"', expected: 'a whole number of at least 1' },
    ]);
    expect(errorsOf(JSON.stringify({ format: CATALOGUE_FORMAT, version: 1 }))).toEqual([
      { path: 'catalogue', value: '(missing)', expected: 'a catalogue' },
    ]);
    expect(errorsOf('[1, 2]')).toEqual([
      {
        path: '(root)',
        value: '[1,2]',
        expected: 'an object: a catalogue file (format, version, catalogue) or a catalogue',
      },
    ]);
  });

  it('names the path inside the envelope of a shape error and of a cross-reference error, both at once', () => {
    const file = seedFile();
    const cat = catalogueOf(file);
    (cat.technologies![3] as { facts: { startTime: { min: unknown } } }).facts.startTime.min = 'x';
    (cat.compatibility![0] as { when: string[] }).when = ['ghost'];
    expect(errorsOf(JSON.stringify(file))).toEqual([
      { path: 'catalogue.technologies[3].facts.startTime.min', value: '"x"', expected: 'a number' },
      {
        path: 'catalogue.compatibility[0].when[0]',
        value: '"ghost"',
        expected: 'an existing technology id',
      },
    ]);
    (cat.technologies![3] as { facts: { startTime: { min: unknown } } }).facts.startTime.min = 1;
    expect(errorsOf(JSON.stringify(file))).toEqual([
      {
        path: 'catalogue.compatibility[0].when[0]',
        value: '"ghost"',
        expected: 'an existing technology id',
      },
    ]);
    // The same error in a bare catalogue has no prefix.
    expect(errorsOf(JSON.stringify(cat))[0]!.path).toBe('compatibility[0].when[0]');
  });

  it('reports invalid JSON with the parser’s message and the line and column', () => {
    const text = '{\n  "format": "stack-decision-matrix/catalogue",\n  "version": 1,,\n}';
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error!.path).toBe('line 3, column 16');
    expect(error!.value).toBe('"ue\\",\\n  \\"version\\": 1,,\\n}"');
    expect(error!.expected).toMatch(/^valid JSON \(.+\)$/);
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(error!.expected).toBe(`valid JSON (${message})`);
    expect(errorsOf('')).toEqual([
      {
        path: 'line 1, column 1',
        value: '(empty)',
        expected: 'valid JSON (Unexpected end of JSON input)',
      },
    ]);
  });

  it('finds the position of every kind of JSON syntax error', () => {
    expect(jsonErrorPosition('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}')).toBe(-1);
    expect(jsonErrorPosition('{"a":}')).toBe(5);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('[1, 2')).toBe(5);
    expect(jsonErrorPosition('[1] x')).toBe(4);
    expect(jsonErrorPosition('"a\\qb"')).toBe(3);
    expect(jsonErrorPosition('"a\nb"')).toBe(2);
    expect(jsonErrorPosition('{"a": tru}')).toBe(6);
    expect(jsonErrorPosition('[01]')).toBe(2);
    expect(jsonErrorPosition('{"a": 1,}')).toBe(8);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const padding = ' '.repeat(CATALOGUE_FILE_MAX_BYTES);
    expect(errorsOf(`${toCatalogueFile(seedCatalogue)}${padding}`)).toEqual([
      { path: '(root)', value: 'over 5 MB', expected: 'a catalogue file of at most 5 MB' },
    ]);
    // Counted in UTF-8 bytes: 2 M Chinese characters are 6 MB.
    expect(errorsOf(`"${'中'.repeat(2 * 1024 * 1024)}"`)).toEqual([
      { path: '(root)', value: '6 MB', expected: 'a catalogue file of at most 5 MB' },
    ]);
  });

  it('survives deep nesting and __proto__ keys without throwing or polluting', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(errorsOf(deep)[0]!.path).toBe('(root)');
    const deepObject = `{"catalogue": ${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}}`;
    expect(errorsOf(deepObject)[0]!.path).toBe('catalogue.sections');
    const unclosed = '['.repeat(3_000_000);
    expect(errorsOf(unclosed)[0]!.path).toBe('line 1, column 3000001');

    const hostile = `{"__proto__": {"polluted": true}, "format": "${CATALOGUE_FORMAT}", "version": 1,
      "catalogue": {"__proto__": {"polluted": true}}}`;
    const errors = errorsOf(hostile);
    expect(errors[0]).toEqual({
      path: '__proto__',
      value: '{"polluted":true}',
      expected: 'a key other than __proto__',
    });
    expect(errors[1]).toEqual({
      path: 'catalogue.__proto__',
      value: '{"polluted":true}',
      expected: 'a key other than __proto__',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
