import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CatalogueError } from './catalogue-errors';
import {
  CSV_BOM,
  FACT_CSV_COLUMNS,
  csvToFacts,
  escapeCsvCell,
  factsToCsv,
  unescapeCsvCell,
} from './facts-csv';
import { FACT_KEYS } from './ids';
import { seedCatalogue } from './seed-catalogue';
import type { Catalogue } from './types';

const seedCopy = (): Catalogue => structuredClone(seedCatalogue);

/** The seed's CSV as rows of cells (header first), to edit and write back. */
const seedRows = (): string[][] => Papa.parse<string[]>(factsToCsv(seedCatalogue).trim()).data;
const toCsv = (rows: string[][]) => Papa.unparse(rows);
type Column = (typeof FACT_CSV_COLUMNS)[number];
const col = (name: Column) => FACT_CSV_COLUMNS.indexOf(name);

/** The row (0 = header) of a technology's fact in the seed CSV. */
const rowIndex = (rows: string[][], tech: string, fact: string) =>
  rows.findIndex((r) => r[col('technology')] === tech && r[col('fact')] === fact);

const errorsOf = (text: string, catalogue: Catalogue = seedCatalogue): CatalogueError[] => {
  const result = csvToFacts(text, catalogue);
  return result.ok ? [] : result.errors;
};

describe('factsToCsv', () => {
  it('writes a header and one row per technology fact', () => {
    const rows = seedRows();
    expect(rows[0]).toEqual([...FACT_CSV_COLUMNS]);
    const factCount = seedCatalogue.technologies.reduce(
      (n, t) => n + Object.keys(t.facts).length,
      0,
    );
    expect(rows).toHaveLength(factCount + 1);
    const k3sMemory = rows[rowIndex(rows, 'k3s', 'controlPlaneMemory')]!;
    expect(k3sMemory.slice(0, 5)).toEqual([
      'k3s',
      'orchestration',
      seedCatalogue.technologies[1]!.name,
      'controlPlaneMemory',
      seedCatalogue.technologies[1]!.facts.controlPlaneMemory!.kind,
    ]);
  });

  it('defuses formula-like cells with an apostrophe (the seed’s "-" quote)', () => {
    const rows = seedRows();
    expect(rows[rowIndex(rows, 'sqlite', 'githubStars')]![col('quote')]).toBe("'-");
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeCsvCell('+1')).toBe("'+1");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\tx')).toBe("'\tx");
    expect(escapeCsvCell("'=x")).toBe("''=x");
    expect(escapeCsvCell("it's")).toBe("it's");
    expect(escapeCsvCell('\r=1')).toBe("'\r=1");
    expect(escapeCsvCell('\n=1')).toBe("'\n=1");
    expect(escapeCsvCell('=1\nx')).toBe("'=1\nx");
    for (const cell of ['=1+1', "'=x", "''-", '-', "it's", "'plain", '', '\n=1', "'\n", '=1\nx']) {
      expect(unescapeCsvCell(escapeCsvCell(cell))).toBe(cell);
    }
  });

  it('prefixes a byte order mark on request', () => {
    expect(factsToCsv(seedCatalogue, { bom: true }).startsWith(`${CSV_BOM}technology,`)).toBe(true);
    expect(factsToCsv(seedCatalogue).startsWith('technology,')).toBe(true);
  });
});

describe('csvToFacts', () => {
  it('round-trips the seed facts: CSV → facts deep-equals the seed', () => {
    const result = csvToFacts(factsToCsv(seedCatalogue, { bom: true }), seedCatalogue);
    expect(result).toEqual({ ok: true, technologies: seedCatalogue.technologies });
  });

  it('reads semicolon-separated files with columns in any order', () => {
    const rows = seedRows();
    const reordered = rows.map((r) => [...r].reverse());
    const csv = Papa.unparse(reordered, { delimiter: ';' });
    expect(csvToFacts(csv, seedCatalogue)).toEqual({
      ok: true,
      technologies: seedCatalogue.technologies,
    });
  });

  it('rebuilds the facts of the technologies it names and keeps the others', () => {
    const header = [...FACT_CSV_COLUMNS];
    const row = (cells: Partial<Record<(typeof FACT_CSV_COLUMNS)[number], string>>) =>
      FACT_CSV_COLUMNS.map((c) => cells[c] ?? '');
    const csv = toCsv([
      header,
      row({
        technology: 'k3s',
        fact: 'startTime',
        kind: 'number',
        value: '900',
        unit: 'ms',
        source: 'user',
        entered_source: 'team benchmark',
      }),
    ]);
    const result = csvToFacts(csv, seedCatalogue);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const k3s = result.technologies.find((t) => t.id === 'k3s')!;
    expect(k3s.facts).toEqual({
      startTime: {
        kind: 'number',
        value: 900,
        unit: 'ms',
        source: 'user',
        entered: { source: 'team benchmark' },
      },
    });
    expect(result.technologies.find((t) => t.id === 'docker')).toEqual(
      seedCatalogue.technologies.find((t) => t.id === 'docker'),
    );
  });

  it('adds a technology from a row with a layer and a name', () => {
    const csv = toCsv([
      [...FACT_CSV_COLUMNS],
      FACT_CSV_COLUMNS.map(
        (c) =>
          ({
            technology: 'podman',
            layer: 'runtime',
            name: 'Podman',
            fact: 'offline',
            kind: 'bool',
            value: 'TRUE',
            source: 'user',
            entered_source: 'https://podman.io',
            note_en: 'Daemonless',
          })[c as string] ?? '',
      ),
    ]);
    const result = csvToFacts(csv, seedCatalogue);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.technologies).toHaveLength(18);
    expect(result.technologies[17]).toEqual({
      id: 'podman',
      layer: 'runtime',
      name: 'Podman',
      summary: { zh: 'Podman', en: 'Podman' },
      facts: {
        offline: {
          kind: 'bool',
          value: true,
          source: 'user',
          entered: { source: 'https://podman.io' },
          note: { zh: 'Daemonless', en: 'Daemonless' },
        },
      },
    });
  });

  it('names the row and column of every kind of error', () => {
    const lines = (rows: string[][]) =>
      errorsOf(toCsv(rows)).map((e) => `${e.path} ← ${e.value}: ${e.expected}`);
    const set = (rows: string[][], tech: string, fact: string, column: Column, value: string) => {
      const i = rowIndex(rows, tech, fact);
      rows[i]![col(column)] = value;
      return i + 1;
    };

    // Cells read row by row.
    const rows = seedRows();
    const r1 = set(rows, 'docker', 'startTime', 'min', 'fast');
    const r2 = set(rows, 'docker', 'imageSize', 'kind', 'duration');
    const r3 = set(rows, 'runc', 'githubStars', 'fact', 'bootTime');
    const r4 = set(rows, 'flannel', 'edgeReady', 'layer', 'storage');
    const r5 = set(rows, 'calico', 'cloudReady', 'value', 'maybe');
    const r6 = set(rows, 'cilium', 'networkPerformance', 'min', '3');
    rows.push(FACT_CSV_COLUMNS.map((c) => (c === 'technology' ? 'podman' : '')));
    const got = lines(rows);
    expect(got).toHaveLength(10);
    // In row order: docker's imageSize comes before its startTime.
    expect(got[0]).toBe(
      `row ${r2}, column kind ← "duration": one of: number, range, stars, bool, level, policySupport, text, unknown`,
    );
    expect(got[1]).toBe(`row ${r1}, column min ← "fast": a number`);
    expect(got[2]).toMatch(
      new RegExp(`^row ${r3}, column fact ← "bootTime": a fact key: one of githubStars, `),
    );
    expect(got.slice(3)).toEqual([
      `row ${r4}, column layer ← "storage": the technology’s layer, network (a CSV cannot move a technology)`,
      `row ${r5}, column value ← "maybe": true or false`,
      `row ${r6}, column min ← "3": an empty cell for a stars fact`,
      // Every empty cell of the new technology's row, in one pass.
      `row ${rows.length}, column layer ← (missing): an existing layer id for the new technology podman (one of: orchestration, runtime, ociRuntime, storage, network, policy)`,
      `row ${rows.length}, column name ← (missing): a name for the new technology podman`,
      `row ${rows.length}, column fact ← (missing): a fact key: one of ${FACT_KEYS.join(', ')}`,
      `row ${rows.length}, column kind ← (missing): one of: number, range, stars, bool, level, policySupport, text, unknown`,
    ]);

    // Values the schema refuses, at their cells.
    const shape = seedRows();
    const s1 = set(shape, 'k3s', 'controlPlaneMemory', 'unit', 'GB');
    const s2 = set(shape, 'kubernetes', 'nodeRange', 'min', '1000000');
    set(shape, 'sqlite', 'githubStars', 'value_en', '');
    const s3 = set(shape, 'sqlite', 'githubStars', 'value_zh', '');
    const s4 = set(shape, 'opa', 'policyLatency', 'source', 'chapter 17');
    expect(lines(shape)).toEqual([
      `row ${s2}, column min ← {"kind":"range","min":1000000,"max":10000,"unit":"nodes","orMore":true,"source"…: range min must not exceed max`,
      `row ${s1}, column unit ← "GB": one of: MB, ms, nodes, pods/node, stars`,
      `row ${s3}, column value_en ← {"zh":"","en":""}: a text in at least one language`,
      `row ${s4}, column source ← "chapter 17": a section id like 17.3.2`,
    ]);

    // Cross-references, at their cells.
    const refs = seedRows();
    const c1 = set(refs, 'etcd', 'offline', 'source', '17.99.1');
    expect(errorsOf(toCsv(refs))).toEqual([
      {
        path: `row ${c1}, column source`,
        value: '"17.99.1"',
        expected: 'an existing section id (one of the catalogue’s sections)',
      },
    ]);
  });

  it('lists every problem of a file in one pass: cells, the schema’s and duplicated rows', () => {
    const row = (cells: Partial<Record<Column, string>>) =>
      FACT_CSV_COLUMNS.map((c) => cells[c] ?? '');
    const csv = toCsv([
      [...FACT_CSV_COLUMNS],
      // 2: a bad number (the row still claims docker's startTime).
      row({
        technology: 'docker',
        fact: 'startTime',
        kind: 'range',
        min: 'abc',
        max: '300',
        unit: 'ms',
        source: 'user',
        entered_source: 'team',
      }),
      // 3: a unit the schema does not know.
      row({
        technology: 'k3s',
        fact: 'controlPlaneMemory',
        kind: 'range',
        min: '512',
        max: '1024',
        unit: 'parsecs',
        source: 'user',
        entered_source: 'team',
      }),
      // 4: an unknown fact.
      row({
        technology: 'k3s',
        fact: 'bootTime',
        kind: 'number',
        value: '5',
        unit: 'ms',
        source: 'user',
        entered_source: 'team',
      }),
      // 5: a new technology without a layer.
      row({
        technology: 'podman',
        name: 'Podman',
        fact: 'offline',
        kind: 'bool',
        value: 'true',
        source: 'user',
        entered_source: 'team',
      }),
      // 6: docker's startTime again.
      row({
        technology: 'docker',
        fact: 'startTime',
        kind: 'range',
        min: '100',
        max: '300',
        unit: 'ms',
        source: 'user',
        entered_source: 'team',
      }),
    ]);
    expect(errorsOf(csv)).toEqual([
      { path: 'row 2, column min', value: '"abc"', expected: 'a number' },
      {
        path: 'row 3, column unit',
        value: '"parsecs"',
        expected: 'one of: MB, ms, nodes, pods/node, stars',
      },
      {
        path: 'row 4, column fact',
        value: '"bootTime"',
        expected: `a fact key: one of ${FACT_KEYS.join(', ')}`,
      },
      {
        path: 'row 5, column layer',
        value: '(missing)',
        expected:
          'an existing layer id for the new technology podman (one of: orchestration, runtime, ociRuntime, storage, network, policy)',
      },
      {
        path: 'row 6, column fact',
        value: '"startTime"',
        expected: 'one row per fact of a technology (row 2 has startTime of docker)',
      },
    ]);
  });

  it('names header problems in row 1 and a duplicated fact in its second row', () => {
    expect(errorsOf('technology,fact,kind,colour\r\n')).toEqual([
      {
        path: 'row 1, column 4',
        value: '"colour"',
        expected: `a column name: one of ${FACT_CSV_COLUMNS.join(', ')}`,
      },
      { path: 'row 1, column source', value: '(missing)', expected: 'a column named source' },
    ]);
    const rows = seedRows();
    rows.push([...rows[1]!]);
    expect(errorsOf(toCsv(rows))).toEqual([
      {
        path: `row ${rows.length}, column fact`,
        value: JSON.stringify(rows[1]![col('fact')]),
        expected: `one row per fact of a technology (row 2 has ${rows[1]![col('fact')]} of ${rows[1]![col('technology')]})`,
      },
    ]);
  });

  it('refuses oversized and malformed text without throwing', () => {
    expect(errorsOf(`technology\n${'x'.repeat(6 * 1024 * 1024)}`)).toEqual([
      { path: '(root)', value: 'over 5 MB', expected: 'a CSV file of at most 5 MB' },
    ]);
    const unterminated = errorsOf('technology,fact,kind,source\r\nk3s,"startTime,number,17.3.2');
    expect(unterminated[0]!.path).toBe('row 2');
    expect(unterminated[0]!.expected).toMatch(/^valid CSV \(/);
    expect(csvToFacts('', seedCatalogue).ok).toBe(false);
  });

  it('keeps __proto__ cells and headers inert', () => {
    const csv = toCsv([
      ['technology', 'fact', 'kind', 'source', '__proto__'],
      ['__proto__', 'constructor', 'bool', '17.3.2', '{"polluted":true}'],
    ]);
    const errors = errorsOf(csv);
    expect(errors[0]).toEqual({
      path: 'row 1, column 5',
      value: '"__proto__"',
      expected: `a column name: one of ${FACT_CSV_COLUMNS.join(', ')}`,
    });
    const rows = [
      ['technology', 'layer', 'name', 'fact', 'kind', 'value', 'source'],
      ['__proto__', 'runtime', 'Evil', 'offline', 'bool', 'true', '17.3.2'],
    ];
    expect(errorsOf(toCsv(rows))[0]!.path).toBe('row 2, column technology');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves the catalogue it was given untouched', () => {
    const before = seedCopy();
    const rows = seedRows();
    for (const row of rows)
      if (row[col('technology')] === 'kubernetes') row[col('name')] = 'Renamed';
    const result = csvToFacts(toCsv(rows), before);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.technologies[0]!.name).toBe('Renamed');
    expect(before).toEqual(seedCatalogue);
  });
});
